// Reddit's OAuth API in miniature (www.reddit.com/dev/api, github.com/reddit-archive/reddit/wiki/OAuth2):
// the password grant of a script app (Basic client auth; a wrong password is a 200 with
// `{ "error": "invalid_grant" }`), bearer tokens, a descriptive User-Agent required (403 otherwise),
// POST /api/submit answering refusals as 200 with `json.errors` (title ≤ 300, selftext ≤ 40000,
// ALREADY_SUB for a link already in the subreddit unless resubmit=true, flair required where the
// subreddit says so), and GET /user/{name}/submitted newest first. No published description exists.
import { NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';

export interface FakeSubmission {
  id: string;
  subreddit: string;
  title: string;
  kind: 'self' | 'link';
  selftext: string;
  url: string;
  flairId: string | null;
  flairText: string | null;
}

export interface RedditState {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  token: string;
  subreddits: Record<string, { flairRequired: boolean; flairs: string[] }>;
  submissions: FakeSubmission[];
}

const error = (status: number, message: string): FakeReply => ({ status, json: { message, error: status } });
const refused = (code: string, message: string, field: string): FakeReply => ({
  status: 200,
  json: { json: { errors: [[code, message, field]] } },
});

export async function startRedditServer(options: FakeServerOptions = {}): Promise<FakeServer<RedditState>> {
  const state: RedditState = {
    clientId: 'reddit-client',
    clientSecret: 'reddit-client-secret',
    username: 'herald_bot',
    password: 'reddit-password',
    token: 'reddit-test-token',
    subreddits: { django: { flairRequired: false, flairs: ['news-1'] } },
    submissions: [],
  };
  let next = 1_000_000;
  const server = await startFakeServer(state, (call) => route(call), error, options);
  const permalink = (s: FakeSubmission) => `/r/${s.subreddit}/comments/${s.id}/${s.title.toLowerCase().replace(/\W+/g, '_').slice(0, 50)}/`;

  async function route(call: IncomingCall): Promise<FakeReply> {
    if (!/^[\w-]+:[\w.-]+:[\w.-]+ \(by \/u\/\w+\)$/.test(call.headers['user-agent'] ?? ''))
      return error(403, 'Forbidden: use a descriptive User-Agent');
    if (call.method === 'POST' && call.path === '/api/v1/access_token') return grant(call);
    if (call.headers.authorization !== `Bearer ${state.token}`) return error(401, 'Unauthorized');
    if (call.method === 'POST' && call.path === '/api/submit') return submit(new URLSearchParams(call.text()));
    const match = /^\/user\/(\w+)\/submitted$/.exec(call.path);
    if (call.method === 'GET' && match) {
      const limit = Math.min(Number(call.query.get('limit') ?? 25), 100);
      const children = state.submissions
        .slice()
        .reverse()
        .slice(0, limit)
        .map((s) => ({
          kind: 't3',
          data: {
            id: s.id,
            name: `t3_${s.id}`,
            title: s.title,
            subreddit: s.subreddit,
            selftext: s.selftext,
            is_self: s.kind === 'self',
            url: s.kind === 'link' ? s.url : `https://www.reddit.com${permalink(s)}`,
            permalink: permalink(s),
          },
        }));
      return { status: 200, json: { kind: 'Listing', data: { after: null, children } } };
    }
    return NOT_HANDLED;
  }

  async function grant(call: IncomingCall): Promise<FakeReply> {
    if (call.headers.authorization !== `Basic ${Buffer.from(`${state.clientId}:${state.clientSecret}`).toString('base64')}`)
      return error(401, 'Unauthorized');
    const form = new URLSearchParams(call.text());
    if (form.get('grant_type') !== 'password') return { status: 200, json: { error: 'unsupported_grant_type' } };
    if (form.get('username') !== state.username || form.get('password') !== state.password)
      return { status: 200, json: { error: 'invalid_grant' } };
    return { status: 200, json: { access_token: state.token, token_type: 'bearer', expires_in: 86400, scope: '*' } };
  }

  function submit(form: URLSearchParams): FakeReply {
    if (form.get('api_type') !== 'json') return { status: 200, text: '{"jquery": []}' };
    const sr = form.get('sr') ?? '';
    const subreddit = state.subreddits[sr.toLowerCase()];
    if (!subreddit) return refused('SUBREDDIT_NOEXIST', "that subreddit doesn't exist", 'sr');
    const title = form.get('title') ?? '';
    if (title.trim() === '') return refused('NO_TEXT', 'we need something here', 'title');
    if ([...title].length > 300) return refused('TOO_LONG', 'this is too long (max: 300)', 'title');
    const kind = form.get('kind');
    if (kind !== 'self' && kind !== 'link') return refused('INVALID_OPTION', 'that option is not valid', 'kind');
    const selftext = form.get('text') ?? '';
    if ([...selftext].length > 40_000) return refused('TOO_LONG', 'this is too long (max: 40000)', 'text');
    const url = form.get('url') ?? '';
    if (kind === 'link' && !/^https?:\/\//.test(url)) return refused('NO_URL', 'a url is required', 'url');
    if (kind === 'link' && form.get('resubmit') !== 'true' && state.submissions.some((s) => s.subreddit === sr && s.url === url)) {
      return refused('ALREADY_SUB', 'that link has already been submitted', 'url');
    }
    const flairId = form.get('flair_id');
    if (subreddit.flairRequired && !flairId)
      return refused('SUBMIT_VALIDATION_FLAIR_REQUIRED', 'Your post must contain post flair.', 'flair');
    if (flairId && !subreddit.flairs.includes(flairId))
      return refused('BAD_FLAIR_TEMPLATE_ID', 'That flair template is not available', 'flair');
    const s: FakeSubmission = {
      id: (next += 1).toString(36),
      subreddit: sr,
      title,
      kind,
      selftext,
      url,
      flairId,
      flairText: form.get('flair_text'),
    };
    state.submissions.push(s);
    return {
      status: 200,
      json: { json: { errors: [], data: { url: `https://www.reddit.com${permalink(s)}`, drafts_count: 0, id: s.id, name: `t3_${s.id}` } } },
    };
  }

  return server;
}
