// X through the v2 API with OAuth 1.0a user context: POST /2/tweets (reply, quote, media),
// media through ./x-media.ts (images in one request, videos and GIFs in chunks) and alt text via
// POST /2/media/metadata, retweets for reposts.
import { PlatformError } from '../core/errors.ts';
import type { Media, PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { firstString, sendRequest, type HttpCall } from './http.ts';
import { oauthHeader, type OAuth1Keys } from './oauth1.ts';
import { describeUpload, uploadToX } from './x-media.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest } from './types.ts';

const RECENT_TWEETS = 20;
const URL_PATTERN = /https?:\/\/\S+/g;

/** v2 problems carry `detail`/`title`, validation failures an `errors[].message` list. */
export function xMessage(body: unknown): string | undefined {
  const errors = (body as { errors?: Array<{ message?: string }> } | undefined)?.errors;
  const listed = Array.isArray(errors)
    ? errors
        .map((e) => e.message)
        .filter(Boolean)
        .join('; ')
    : '';
  const detail = firstString(body, 'detail', 'title');
  return [detail, listed].filter(Boolean).join(': ') || undefined;
}

interface Tweet {
  id: string;
  text: string;
  referenced_tweets?: Array<{ type: string; id: string }>;
  public_metrics?: { like_count: number; retweet_count: number; reply_count: number };
}

export const createXAdapter: AdapterFactory = (config: PlatformConfig, env) => {
  const secrets = requireCredentials('x', env);
  const keys: OAuth1Keys = {
    consumerKey: secrets.X_API_KEY!,
    consumerSecret: secrets.X_API_SECRET!,
    token: secrets.X_ACCESS_TOKEN!,
    tokenSecret: secrets.X_ACCESS_TOKEN_SECRET!,
  };
  const api = (config.server ?? 'https://api.x.com').replace(/\/+$/, '');
  let me: Promise<string> | undefined;

  async function call<T>(ctx: AdapterContext, request: HttpCall): Promise<T> {
    const headers = { ...request.headers, authorization: oauthHeader(request.method, request.url, keys) };
    return (await sendRequest<T>('x', ctx, { ...request, headers }, xMessage)).data;
  }

  const userId = (ctx: AdapterContext) =>
    (me ??= call<{ data: { id: string } }>(ctx, { method: 'GET', url: `${api}/2/users/me` }).then((r) => r.data.id));

  async function upload(media: Media, ctx: AdapterContext): Promise<string> {
    const id = await uploadToX(media, api, (request) => call(ctx, request), ctx);
    if (media.alt) await call(ctx, { method: 'POST', url: `${api}/2/media/metadata`, json: altTextBody(id, media.alt) });
    return id;
  }

  const live = (index: number, id: string): LivePart => ({ index, id, url: tweetUrl(config.account, id) });

  return {
    id: 'x',

    async publishPart(request, ctx) {
      const mediaIds: string[] = [];
      for (const media of request.part.media) mediaIds.push(await upload(media, ctx));
      const created = await call<{ data: { id: string } }>(ctx, {
        method: 'POST',
        url: `${api}/2/tweets`,
        json: tweetBody(request, mediaIds),
      });
      return live(request.index, created.data.id);
    },

    async findPart(request, ctx) {
      const id = await userId(ctx);
      const url = `${api}/2/users/${id}/tweets?max_results=${RECENT_TWEETS}&tweet.fields=referenced_tweets`;
      const recent = await call<{ data?: Tweet[] }>(ctx, { method: 'GET', url }).catch((error: unknown) => {
        // Low access tiers may post but not read a user's posts: recovery cannot tell, so a person checks (never a re-post).
        if (error instanceof PlatformError && error.status === 403) {
          throw new PlatformError(
            'x',
            `cannot tell whether part ${request.index + 1} of ${request.rendition.postId} reached X before the interruption: reading the account's posts was refused (${error.message.replace(/^x: /, '')})`,
            {
              status: 403,
              hint: 'Check the account by hand: if the post is there, record its link in the ledger; if not, retry. Recovery reads GET /2/users/:id/tweets, which needs an X API access tier that includes reading posts (docs/credentials.md).',
            },
          );
        }
        throw error;
      });
      const replyTo = replyTarget(request);
      const wanted = comparable(request.part.text);
      const found = (recent.data ?? []).find(
        (tweet) =>
          comparable(tweet.text) === wanted && (tweet.referenced_tweets?.find((r) => r.type === 'replied_to')?.id ?? undefined) === replyTo,
      );
      return found ? live(request.index, found.id) : undefined;
    },

    // DELETE /2/tweets/:id answers { data: { deleted: true } }; a post already gone is a 404 or
    // deleted: false. Repeating it is harmless.
    async deletePart(live, ctx) {
      try {
        const answer = await call<{ data?: { deleted?: boolean }; errors?: unknown[] }>(ctx, {
          method: 'DELETE',
          url: `${api}/2/tweets/${live.id}`,
        });
        return answer.data?.deleted === true ? 'deleted' : 'gone';
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return 'gone';
        throw error;
      }
    },

    async repost(url, _key, ctx) {
      const target = tweetIdFrom(url);
      await call(ctx, { method: 'POST', url: `${api}/2/users/${await userId(ctx)}/retweets`, json: { tweet_id: target } });
      return { index: 0, id: target, url };
    },

    describe(request) {
      const uploads: PlannedRequest[] = request.part.media.flatMap((media, i) => [
        ...describeUpload(media, api, `<media ${i + 1}>`),
        ...(media.alt ? [{ method: 'POST', url: `${api}/2/media/metadata`, body: altTextBody(`<media ${i + 1}>`, media.alt) }] : []),
      ]);
      const ids = request.part.media.map((_, i) => `<media ${i + 1}>`);
      return [...uploads, { method: 'POST', url: `${api}/2/tweets`, body: tweetBody(request, ids) }];
    },

    async metrics(part, ctx) {
      const url = `${api}/2/tweets/${part.id}?tweet.fields=public_metrics`;
      const { data } = await call<{ data?: Tweet }>(ctx, { method: 'GET', url });
      // X answers 200 with `errors` and no `data` for a deleted or unknown post.
      if (!data) throw new PlatformError('x', `post ${part.id} was not found (deleted, or not visible to this account)`, { status: 200 });
      const m = data.public_metrics;
      return { likes: m?.like_count, reposts: m?.retweet_count, replies: m?.reply_count };
    },

    async followers(ctx) {
      const url = `${api}/2/users/me?user.fields=public_metrics`;
      const { data } = await call<{ data: { public_metrics: { followers_count: number } } }>(ctx, { method: 'GET', url });
      return data.public_metrics.followers_count;
    },
  };
};

function altTextBody(id: string, alt: string): unknown {
  return { id, metadata: { alt_text: { text: alt } } };
}

function replyTarget(request: PartRequest): string | undefined {
  if (request.parent) return request.parent.id;
  if (request.index === 0 && request.rendition.replyTo) return tweetIdFrom(request.rendition.replyTo);
  return undefined;
}

function tweetBody(request: PartRequest, mediaIds: string[]): Record<string, unknown> {
  const body: Record<string, unknown> = { text: request.part.text };
  const replyTo = replyTarget(request) ?? (request.index > 0 ? `<id of part ${request.index}>` : undefined);
  if (replyTo) body.reply = { in_reply_to_tweet_id: replyTo };
  if (request.index === 0 && request.rendition.quote) body.quote_tweet_id = tweetIdFrom(request.rendition.quote);
  const poll = request.index === 0 ? request.rendition.poll : undefined;
  if (poll) body.poll = { options: poll.options, duration_minutes: poll.hours * 60 };
  if (mediaIds.length > 0) body.media = { media_ids: mediaIds };
  return body;
}

function tweetIdFrom(url: string): string {
  const id = /\/status(?:es)?\/(\d+)/.exec(url)?.[1] ?? (/^\d+$/.test(url) ? url : undefined);
  if (!id) throw new PlatformError('x', `${url} is not a post URL (expected https://x.com/<user>/status/<id>)`);
  return id;
}

function tweetUrl(account: string | undefined, id: string): string {
  return account ? `https://x.com/${account.replace(/^@/, '')}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

/** X rewrites links to t.co and appends media links, so compare with links blanked out. */
function comparable(text: string): string {
  return text
    .replace(URL_PATTERN, '<link>')
    .replace(/(\s*<link>)+$/, '')
    .trim();
}
