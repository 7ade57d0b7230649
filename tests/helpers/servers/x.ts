// An X API v2 server in miniature (docs.x.com/x-api): OAuth 1.0a signatures verified against the
// keys it was started with, 280 weighted characters (twitter-text, as X counts), duplicate
// content refused, unknown or unprocessed media ids refused, links rewritten to t.co in what it
// returns. Media upload (one request and chunked) lives in ./x-media.ts.
import twitterText from 'twitter-text';
import { oauthSignature, parseOAuthHeader, type OAuth1Keys } from '../../../src/platforms/oauth1.ts';
import { field, NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';
import { mediaProblem, routeMedia, type XMediaState } from './x-media.ts';

export interface FakeTweet {
  id: string;
  text: string;
  replyTo?: string;
  quoteOf?: string;
  mediaIds: string[];
  poll?: { options: string[]; durationMinutes: number };
  likes: number;
}

export interface XState extends XMediaState {
  keys: OAuth1Keys;
  userId: string;
  tweets: FakeTweet[];
  retweets: string[];
  followers: number;
  /** The app's access tier cannot read timelines (X's lowest tier: GET /2/users/:id/tweets answers 403). */
  readsRefused: boolean;
}

export const X_TEST_KEYS: OAuth1Keys = { consumerKey: 'ck', consumerSecret: 'cs', token: 'tk', tokenSecret: 'ts' };

const problem = (status: number, detail: string): FakeReply => ({
  status,
  json: {
    title: status === 401 ? 'Unauthorized' : status === 429 ? 'Too Many Requests' : 'Forbidden',
    detail,
    type: 'about:blank',
    status,
  },
});
const invalid = (message: string): FakeReply => ({
  status: 400,
  json: {
    errors: [{ message }],
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: 'https://api.twitter.com/2/problems/invalid-request',
  },
});

export async function startXServer(options: FakeServerOptions = {}): Promise<FakeServer<XState>> {
  const state: XState = {
    keys: X_TEST_KEYS,
    userId: '2244994945',
    tweets: [],
    media: new Map(),
    uploads: new Map(),
    retweets: [],
    followers: 7,
    readsRefused: false,
    processing: { polls: 1, checkAfterSecs: 0 },
  };
  let nextId = 1_860_000_000_000_000_000n;
  const newId = () => String((nextId += 1n));
  const server = await startFakeServer(state, (call) => route(call), problem, options);

  const publicText = (t: FakeTweet) =>
    [
      t.text.replace(/https?:\/\/\S+/g, () => `https://t.co/${newId().slice(-10)}`),
      ...t.mediaIds.map((id) => `https://t.co/m${id.slice(-8)}`),
    ]
      .filter(Boolean)
      .join(' ');
  const tweetJson = (t: FakeTweet) => ({
    id: t.id,
    text: publicText(t),
    edit_history_tweet_ids: [t.id],
    referenced_tweets: [
      ...(t.replyTo ? [{ type: 'replied_to', id: t.replyTo }] : []),
      ...(t.quoteOf ? [{ type: 'quoted', id: t.quoteOf }] : []),
    ],
    public_metrics: {
      like_count: t.likes,
      retweet_count: state.retweets.filter((id) => id === t.id).length,
      reply_count: state.tweets.filter((o) => o.replyTo === t.id).length,
      quote_count: state.tweets.filter((o) => o.quoteOf === t.id).length,
    },
  });

  function signed(call: IncomingCall): boolean {
    const params = parseOAuthHeader(call.headers.authorization ?? '');
    const { keys } = state;
    if (params.get('oauth_consumer_key') !== keys.consumerKey || params.get('oauth_token') !== keys.token) return false;
    const oauth = [...params].filter(([k]) => k !== 'oauth_signature');
    const url = `${server.url}${call.path}${call.query.size ? `?${call.query}` : ''}`;
    return params.get('oauth_signature') === oauthSignature(call.method, url, oauth, keys.consumerSecret, keys.tokenSecret);
  }

  async function route(call: IncomingCall): Promise<FakeReply> {
    if (!signed(call)) return problem(401, 'Unauthorized');
    const { method, path } = call;
    if (method === 'GET' && path === '/2/users/me') {
      const metrics = call.query.get('user.fields')?.includes('public_metrics')
        ? { public_metrics: { followers_count: state.followers } }
        : {};
      return { status: 200, json: { data: { id: state.userId, name: 'Herald', username: 'herald', ...metrics } } };
    }
    if (path.startsWith('/2/media/upload')) return routeMedia(call, state, newId, invalid);
    if (method === 'POST' && path === '/2/media/metadata') {
      const body = call.json() as { id?: string; metadata?: { alt_text?: { text?: string } } } | undefined;
      const item = body?.id ? state.media.get(body.id) : undefined;
      if (!item) return invalid('The `id` field must be an uploaded media id.');
      const alt = body?.metadata?.alt_text?.text ?? '';
      if (alt.length > 1000) return invalid('Alt text must be at most 1000 characters.');
      item.alt = alt;
      return { status: 200, json: { data: { id: item.id, associated_metadata: true } } };
    }
    if (method === 'POST' && path === '/2/tweets') return createTweet(call);
    let match = /^\/2\/users\/(\d+)\/tweets$/.exec(path);
    if (method === 'GET' && match) {
      if (state.readsRefused) {
        return {
          status: 403,
          json: {
            title: 'Client Forbidden',
            detail:
              'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project with the appropriate level of access.',
            reason: 'client-not-enrolled',
            type: 'https://api.twitter.com/2/problems/client-forbidden',
          },
        };
      }
      const max = Number(call.query.get('max_results') ?? 10);
      if (max < 5 || max > 100) return invalid('The `max_results` query parameter value must be between 5 and 100');
      const data = state.tweets.slice().reverse().slice(0, max).map(tweetJson);
      return { status: 200, json: data.length ? { data, meta: { result_count: data.length } } : { meta: { result_count: 0 } } };
    }
    match = /^\/2\/users\/(\d+)\/retweets$/.exec(path);
    if (method === 'POST' && match) {
      const tweetId = field(call.json(), 'tweet_id');
      if (!tweetId || !state.tweets.some((t) => t.id === tweetId)) return invalid('The `tweet_id` field must be an existing post.');
      if (!state.retweets.includes(tweetId)) state.retweets.push(tweetId);
      return { status: 200, json: { data: { retweeted: true } } };
    }
    match = /^\/2\/tweets\/(\d+)$/.exec(path);
    if (method === 'DELETE' && match) {
      const tweet = state.tweets.find((t) => t.id === match![1]);
      if (!tweet)
        return {
          status: 200,
          json: {
            data: { deleted: false },
            errors: [{ title: 'Not Found Error', detail: `Could not find tweet with id: [${match[1]}].` }],
          },
        };
      state.tweets.splice(state.tweets.indexOf(tweet), 1);
      return { status: 200, json: { data: { deleted: true } } };
    }
    if (method === 'GET' && match) {
      const tweet = state.tweets.find((t) => t.id === match![1]);
      if (!tweet)
        return { status: 200, json: { errors: [{ title: 'Not Found Error', detail: `Could not find tweet with id: [${match[1]}].` }] } };
      return { status: 200, json: { data: tweetJson(tweet) } };
    }
    return NOT_HANDLED;
  }

  function createTweet(call: IncomingCall): FakeReply {
    const body = (call.json() ?? {}) as {
      text?: string;
      reply?: { in_reply_to_tweet_id?: string };
      quote_tweet_id?: string;
      media?: { media_ids?: string[] };
      poll?: { options?: string[]; duration_minutes?: number };
    };
    const text = body.text ?? '';
    const mediaIds = body.media?.media_ids ?? [];
    if (text === '' && mediaIds.length === 0) return invalid('Post text or media is required.');
    if (twitterText.parseTweet(text).weightedLength > 280)
      return problem(
        403,
        'Your Tweet text is too long. For more information on how X determines text length see https://github.com/twitter/twitter-text.',
      );
    const badMedia = mediaIds.length > 0 ? mediaProblem(mediaIds, state) : undefined;
    if (badMedia) return invalid(badMedia);
    // POST /2/tweets poll: 2-4 options of at most 25 characters, 5 to 10080 minutes, never with media.
    const poll = body.poll;
    if (poll) {
      if (mediaIds.length > 0) return invalid('You can only attach one of the following: media, poll, quote post.');
      const options = poll.options ?? [];
      if (options.length < 2 || options.length > 4 || options.some((o) => [...o].length > 25))
        return invalid('The `options` field must have 2 to 4 options of at most 25 characters.');
      const minutes = poll.duration_minutes ?? 0;
      if (!Number.isInteger(minutes) || minutes < 5 || minutes > 10080)
        return invalid('The `duration_minutes` field must be between 5 and 10080.');
    }
    const replyTo = body.reply?.in_reply_to_tweet_id;
    if (replyTo && !state.tweets.some((t) => t.id === replyTo)) return invalid('The post you are replying to does not exist.');
    if (state.tweets.some((t) => t.text === text && text !== ''))
      return problem(403, 'You are not allowed to create a Tweet with duplicate content.');
    const tweet: FakeTweet = {
      id: newId(),
      text,
      replyTo,
      quoteOf: body.quote_tweet_id,
      mediaIds,
      ...(poll ? { poll: { options: poll.options!, durationMinutes: poll.duration_minutes! } } : {}),
      likes: 0,
    };
    state.tweets.push(tweet);
    return { status: 201, json: { data: { id: tweet.id, text: publicText(tweet), edit_history_tweet_ids: [tweet.id] } } };
  }

  return server;
}
