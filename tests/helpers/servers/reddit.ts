// Reddit's OAuth API in miniature (www.reddit.com/dev/api, github.com/reddit-archive/reddit/wiki/OAuth2):
// the password grant of a script app (Basic client auth; a wrong password is a 200 with
// `{ "error": "invalid_grant" }`), bearer tokens, a descriptive User-Agent required (403 otherwise),
// POST /api/submit answering refusals as 200 with `json.errors` (title ≤ 300, selftext ≤ 40000,
// ALREADY_SUB for a link already in the subreddit unless resubmit=true, flair required where the
// subreddit says so), and GET /user/{name}/submitted newest first. Image posts as Reddit's own clients
// (and PRAW) make them: POST /api/media/asset.json (filepath, mimetype: PNG, JPEG or GIF) leases an
// upload, the file goes with the lease's fields to the bucket (here POST /, as to S3's bucket root; no
// token), and POST /api/submit kind=image takes the bucket's URL, answering with no post id (the post
// shows among the account's posts once processed). No published description exists.
import { NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';

export interface FakeSubmission {
  id: string;
  subreddit: string;
  title: string;
  kind: 'self' | 'link' | 'image';
  selftext: string;
  url: string;
  flairId: string | null;
  flairText: string | null;
  edits?: number;
}

export interface RedditState {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  token: string;
  subreddits: Record<string, { flairRequired: boolean; flairs: string[]; allowImages: boolean }>;
  submissions: FakeSubmission[];
  /** Upload leases by key; `bytes` once the file reached the bucket. */
  uploads: Map<string, { filepath: string; mimetype: string; bytes?: Uint8Array }>;
  /** Reads of the account's posts before a new image post shows among them (Reddit processes it first). */
  imageProcessingReads: number;
}

const UPLOAD_TYPES = ['image/png', 'image/jpeg', 'image/gif'];

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
    subreddits: { django: { flairRequired: false, flairs: ['news-1'], allowImages: true } },
    submissions: [],
    uploads: new Map(),
    imageProcessingReads: 0,
  };
  /** Image posts still being processed: not yet among the account's posts. */
  const processing = new Map<FakeSubmission, number>();
  let next = 1_000_000;
  const server = await startFakeServer(state, (call) => route(call), error, options);
  const permalink = (s: FakeSubmission) => `/r/${s.subreddit}/comments/${s.id}/${s.title.toLowerCase().replace(/\W+/g, '_').slice(0, 50)}/`;

  async function route(call: IncomingCall): Promise<FakeReply> {
    // The bucket: no token and no User-Agent rule, only a lease's key.
    if (call.method === 'POST' && call.path === '/') return deposit(await call.form().catch(() => new FormData()));
    if (!/^[\w-]+:[\w.-]+:[\w.-]+ \(by \/u\/\w+\)$/.test(call.headers['user-agent'] ?? ''))
      return error(403, 'Forbidden: use a descriptive User-Agent');
    if (call.method === 'POST' && call.path === '/api/v1/access_token') return grant(call);
    if (call.headers.authorization !== `Bearer ${state.token}`) return error(401, 'Unauthorized');
    if (call.method === 'POST' && call.path === '/api/submit') return submit(new URLSearchParams(call.text()));
    if (call.method === 'POST' && call.path === '/api/media/asset.json') return lease(new URLSearchParams(call.text()));
    if (call.method === 'POST' && call.path === '/api/editusertext') return editText(new URLSearchParams(call.text()));
    if (call.method === 'POST' && call.path === '/api/del') {
      // Reddit answers {} whether or not the thing exists (or was deleted already).
      const id = (new URLSearchParams(call.text()).get('id') ?? '').replace(/^t3_/, '');
      state.submissions = state.submissions.filter((s) => s.id !== id);
      return { status: 200, json: {} };
    }
    const match = /^\/user\/(\w+)\/submitted$/.exec(call.path);
    if (call.method === 'GET' && match) {
      const limit = Math.min(Number(call.query.get('limit') ?? 25), 100);
      for (const [s, reads] of processing) if (reads <= 0) processing.delete(s);
      const visible = state.submissions.filter((s) => !processing.has(s));
      for (const [s, reads] of processing) processing.set(s, reads - 1);
      const children = visible
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
            url: s.kind === 'self' ? `https://www.reddit.com${permalink(s)}` : s.url,
            ...(s.kind === 'image' ? { post_hint: 'image', domain: 'i.redd.it', is_reddit_media_domain: true } : {}),
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

  function editText(form: URLSearchParams): FakeReply {
    if (form.get('api_type') !== 'json') return { status: 200, text: '{"jquery": []}' };
    const id = (form.get('thing_id') ?? '').replace(/^t3_/, '');
    const s = state.submissions.find((x) => x.id === id);
    if (!s) return refused('NO_THING_ID', 'id not specified', 'thing_id');
    if (s.kind !== 'self') return refused('NOT_AUTHOR', "you can't do that", 'thing_id');
    const text = form.get('text') ?? '';
    if ([...text].length > 40_000) return refused('TOO_LONG', 'this is too long (max: 40000)', 'text');
    s.edits = (s.edits ?? 0) + 1;
    s.selftext = text;
    return { status: 200, json: { json: { errors: [], data: { things: [{ kind: 't3', data: { id: s.id, selftext: text } }] } } } };
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
    if (kind !== 'self' && kind !== 'link' && kind !== 'image') return refused('INVALID_OPTION', 'that option is not valid', 'kind');
    const selftext = form.get('text') ?? '';
    if ([...selftext].length > 40_000) return refused('TOO_LONG', 'this is too long (max: 40000)', 'text');
    const url = form.get('url') ?? '';
    if (kind === 'link' && !/^https?:\/\//.test(url)) return refused('NO_URL', 'a url is required', 'url');
    let image: string | undefined;
    if (kind === 'image') {
      if (!subreddit.allowImages) return refused('NO_IMAGES', "This community doesn't allow images", 'kind');
      const key = url.startsWith(`${server.url}/`) ? decodeURIComponent(url.slice(server.url.length + 1)) : '';
      const upload = state.uploads.get(key);
      if (!upload?.bytes) return refused('BAD_IMAGE', 'the url is not an image uploaded to Reddit', 'url');
      image = `https://i.redd.it/${(next + 1).toString(36)}.${upload.mimetype.split('/')[1]}`;
    }
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
      url: image ?? url,
      flairId,
      flairText: form.get('flair_text'),
    };
    state.submissions.push(s);
    if (kind === 'image') {
      if (state.imageProcessingReads > 0) processing.set(s, state.imageProcessingReads);
      const page = `https://www.reddit.com/user/${state.username}/submitted/`;
      return { status: 200, json: { json: { errors: [], data: { user_submitted_page: page, websocket_url: 'wss://ws.example.test/x' } } } };
    }
    return {
      status: 200,
      json: { json: { errors: [], data: { url: `https://www.reddit.com${permalink(s)}`, drafts_count: 0, id: s.id, name: `t3_${s.id}` } } },
    };
  }

  function lease(form: URLSearchParams): FakeReply {
    const filepath = form.get('filepath') ?? '';
    const mimetype = form.get('mimetype') ?? '';
    if (!filepath || !UPLOAD_TYPES.includes(mimetype)) return error(400, `unsupported mimetype ${mimetype}`);
    const key = `rte_images/${(next += 1).toString(36)}/${filepath}`;
    state.uploads.set(key, { filepath, mimetype });
    const fields = [
      { name: 'acl', value: 'private' },
      { name: 'key', value: key },
      { name: 'Content-Type', value: mimetype },
      { name: 'policy', value: 'eyJleHBpcmF0aW9uIjoiMjAyNi0xMi0wMVQxMjowMDowMFoifQ==' },
      { name: 'x-amz-signature', value: 'a1b2c3' },
    ];
    const action = server.url.replace(/^https?:/, '');
    return {
      status: 200,
      json: { args: { action, fields }, asset: { asset_id: key.split('/')[1], processing_state: 'incomplete', payload: { filepath } } },
    };
  }

  async function deposit(form: FormData): Promise<FakeReply> {
    const key = String(form.get('key') ?? '');
    const upload = state.uploads.get(key);
    const file = form.get('file');
    const denied = (message: string): FakeReply => ({
      status: 403,
      text: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>${message}</Message></Error>`,
      headers: { 'content-type': 'application/xml' },
    });
    if (!upload || form.get('policy') === null || form.get('x-amz-signature') === null) return denied('Invalid according to Policy');
    if (!(file instanceof Blob)) return denied('POST requires exactly one file upload per request.');
    upload.bytes = new Uint8Array(await file.arrayBuffer());
    const location = `${server.url}/${encodeURIComponent(key)}`;
    return {
      status: 201,
      text: `<?xml version="1.0" encoding="UTF-8"?><PostResponse><Location>${location}</Location><Key>${key}</Key></PostResponse>`,
      headers: { 'content-type': 'application/xml' },
    };
  }

  return server;
}
