// A Mastodon server in miniature: the REST shapes Herald uses (docs.joinmastodon.org/methods),
// its error body `{ "error": "..." }`, and its rules: bearer auth with scopes (search with
// resolve=true needs read:search), 500 characters (URLs count 23), 4 media, description limit 1500,
// Idempotency-Key returning the same status, 202 + 206 while media is processing, status bodies as
// JSON, multipart or url-encoded forms, an empty `status` refused. Every request is checked against
// the published description (../shared/api-specs/mastodon.openapi.json) when it is present.
// Two servers in one: `quotes: false` ignores quoted_status_id (servers without quote posts), and
// `contentTypes` advertises statuses.supported_mime_types and renders markdown unless told text/plain
// (Mastodon-API servers such as GoToSocial and Akkoma do; Mastodon itself takes plain text only).
import { field, NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';
import { formObject, specValidator } from './openapi.ts';

/**
 * Where Mastodon and its generated description disagree, Mastodon wins:
 * - POST /api/v1/statuses lists only JSON, but Mastodon (Rails params) also takes multipart and url-encoded forms;
 * - its body is a oneOf of TextStatus, MediaStatus and PollStatus, but text with media matches two of them
 *   and Mastodon accepts it: read as anyOf.
 */
const mastodonSpec = () =>
  specValidator('mastodon', {
    alsoAccepts: (template, method) =>
      template === '/api/v1/statuses' && method === 'POST'
        ? { 'multipart/form-data': 'application/json', 'application/x-www-form-urlencoded': 'application/json' }
        : undefined,
    patch(spec) {
      const body = (
        spec.paths['/api/v1/statuses']!['post'] as { requestBody: { content: Record<string, { schema: Record<string, unknown> }> } }
      ).requestBody;
      const schema = body.content['application/json']!.schema;
      schema['anyOf'] = schema['oneOf'];
      delete schema['oneOf'];
    },
  });

export interface FakeStatus {
  id: string;
  text: string;
  inReplyToId: string | null;
  quotedStatusId: string | null;
  poll?: { options: string[]; expiresIn: number; multiple: boolean };
  mediaIds: string[];
  spoilerText: string;
  visibility: string;
  language: string | null;
  reblogOf: string | null;
  /** The content type the server rendered the text with (text/plain when unset). */
  contentType?: string;
  idempotencyKey: string | undefined;
  favourites: number;
  /** Earlier texts, oldest first (PUT /api/v1/statuses/:id keeps them as the edit history). */
  history?: string[];
}

export interface FakeMedia {
  id: string;
  description: string;
  type: string;
  size: number;
  /** GET /api/v1/media/:id answers 206 this many more times before the url is set. */
  pollsLeft: number;
}

export interface MastodonState {
  token: string;
  /** The token's OAuth scopes (`read` includes read:search, `write` every write:*). */
  scopes: string[];
  /** Whether quoted_status_id makes a quote (false: ignored, as servers without quote posts do). */
  quotes: boolean;
  /** statuses.supported_mime_types advertised by the instance; undefined for Mastodon itself (plain text only). */
  contentTypes: string[] | undefined;
  charactersReservedPerUrl: number;
  maxCharacters: number;
  statuses: FakeStatus[];
  media: Map<string, FakeMedia>;
  /** How many polls new uploads need before processing finishes (0: synchronous 200). */
  processingPolls: number;
  followers: number;
}

const error = (status: number, message: string): FakeReply => ({ status, json: { error: message } });
const URL_PATTERN = /https?:\/\/\S+/g;

export async function startMastodonServer(options: FakeServerOptions & { token?: string } = {}): Promise<FakeServer<MastodonState>> {
  const state: MastodonState = {
    token: options.token ?? 'mastodon-test-token',
    scopes: ['read:search', 'read:statuses', 'read:accounts', 'write:statuses', 'write:media'],
    quotes: true,
    contentTypes: undefined,
    charactersReservedPerUrl: 23,
    maxCharacters: 500,
    statuses: [],
    media: new Map(),
    processingPolls: 0,
    followers: 42,
  };
  let nextId = 109_000_000_000_000_000n;
  const newId = () => String((nextId += 1n));
  const server = await startFakeServer(state, (call) => route(call), error, { ...options, spec: mastodonSpec() });
  const allowed = (scope: string) => state.scopes.includes(scope) || state.scopes.includes(scope.split(':')[0]!);
  const base = () => server.url;
  const account = () => ({ id: '1', username: 'herald', acct: 'herald', url: `${base()}/@herald`, followers_count: state.followers });
  const mediaJson = (m: FakeMedia) => ({
    id: m.id,
    type: m.type.startsWith('video') ? 'video' : 'image',
    url: m.pollsLeft > 0 ? null : `${base()}/media/${m.id}`,
    description: m.description,
  });
  const statusJson = (s: FakeStatus): Record<string, unknown> => ({
    id: s.id,
    uri: `${base()}/users/herald/statuses/${s.id}`,
    url: s.reblogOf ? null : `${base()}/@herald/${s.id}`,
    created_at: new Date().toISOString(),
    content: render(s),
    spoiler_text: s.spoilerText,
    sensitive: s.spoilerText !== '',
    visibility: s.visibility,
    language: s.language,
    in_reply_to_id: s.inReplyToId,
    quote: s.quotedStatusId
      ? { state: 'accepted', quoted_status: statusJson(state.statuses.find((o) => o.id === s.quotedStatusId)!) }
      : null,
    reblogged: state.statuses.some((o) => o.reblogOf === s.id),
    reblog: s.reblogOf ? statusJson(state.statuses.find((o) => o.id === s.reblogOf)!) : null,
    media_attachments: s.mediaIds.map((id) => mediaJson(state.media.get(id)!)),
    account: account(),
    favourites_count: s.favourites,
    reblogs_count: state.statuses.filter((o) => o.reblogOf === s.id).length,
    replies_count: state.statuses.filter((o) => o.inReplyToId === s.id).length,
  });

  async function route(call: IncomingCall): Promise<FakeReply> {
    const { method, path } = call;
    if (method === 'GET' && path === '/api/v2/instance') return { status: 200, json: instanceJson(state, base()) };
    if (call.headers.authorization !== `Bearer ${state.token}`) return error(401, 'The access token is invalid');
    if (method === 'GET' && path === '/api/v1/accounts/verify_credentials') return { status: 200, json: account() };
    if (method === 'POST' && path === '/api/v2/media')
      return allowed('write:media') ? upload(call) : error(403, 'This action is outside the authorized scopes');
    if (method === 'POST' && path === '/api/v1/statuses')
      return allowed('write:statuses') ? createStatus(call) : error(403, 'This action is outside the authorized scopes');
    if (method === 'GET' && path === '/api/v2/search') {
      if (call.query.get('resolve') === 'true' && !allowed('read:search'))
        return error(403, 'This action is outside the authorized scopes');
      const q = call.query.get('q') ?? '';
      const found = state.statuses.filter((s) => !s.reblogOf && statusJson(s).url === q);
      return { status: 200, json: { accounts: [], hashtags: [], statuses: found.map(statusJson) } };
    }
    let match = /^\/api\/v1\/media\/(\w+)$/.exec(path);
    if (method === 'GET' && match) {
      const media = state.media.get(match[1]!);
      if (!media) return error(404, 'Record not found');
      const processing = media.pollsLeft > 0;
      if (processing) media.pollsLeft -= 1;
      return { status: processing ? 206 : 200, json: { ...mediaJson(media), url: processing ? null : `${base()}/media/${media.id}` } };
    }
    match = /^\/api\/v1\/accounts\/(\w+)\/statuses$/.exec(path);
    if (method === 'GET' && match) {
      const limit = Math.min(Number(call.query.get('limit') ?? 20), 40);
      const own = state.statuses.filter((s) => !(call.query.get('exclude_reblogs') === 'true' && s.reblogOf));
      return { status: 200, json: own.slice().reverse().slice(0, limit).map(statusJson) };
    }
    match = /^\/api\/v1\/statuses\/(\w+)(\/source|\/reblog)?$/.exec(path);
    if (match) {
      const status = state.statuses.find((s) => s.id === match![1]);
      if (!status) return error(404, 'Record not found');
      if (method === 'GET' && !match[2]) return { status: 200, json: statusJson(status) };
      if (method === 'PUT' && !match[2]) {
        return allowed('write:statuses') ? updateStatus(status, call) : error(403, 'This action is outside the authorized scopes');
      }
      if (method === 'DELETE' && !match[2]) {
        state.statuses.splice(state.statuses.indexOf(status), 1);
        return { status: 200, json: statusJson(status) };
      }
      if (method === 'GET' && match[2] === '/source')
        return { status: 200, json: { id: status.id, text: status.text, spoiler_text: status.spoilerText } };
      if (method === 'POST' && match[2] === '/reblog') {
        const existing = state.statuses.find((s) => s.reblogOf === status.id);
        const boost = existing ?? addStatus({ text: '', reblogOf: status.id });
        return { status: 200, json: statusJson(boost) };
      }
    }
    return NOT_HANDLED;
  }

  async function upload(call: IncomingCall): Promise<FakeReply> {
    const form = await call.form().catch(() => undefined);
    const file = form?.get('file');
    if (!form || !(file instanceof Blob))
      return error(422, 'Validation failed: File content type is invalid, File file size must be greater than 0 Bytes');
    const description = field(form, 'description') ?? '';
    if (description.length > 1500) return error(422, 'Validation failed: Description is too long (maximum is 1500 characters)');
    const media: FakeMedia = { id: newId(), description, type: file.type, size: file.size, pollsLeft: state.processingPolls };
    state.media.set(media.id, media);
    return { status: media.pollsLeft > 0 ? 202 : 200, json: mediaJson(media) };
  }

  async function createStatus(call: IncomingCall): Promise<FakeReply> {
    const body = await statusBody(call);
    const key = call.headers['idempotency-key'];
    const repeated = key ? state.statuses.find((s) => s.idempotencyKey === key) : undefined;
    if (repeated) return { status: 200, json: statusJson(repeated) };
    const text = field(body, 'status') ?? '';
    const mediaIds = (body['media_ids'] ?? []) as string[];
    // The real server refuses `"status": ""` even with media (every retry); leaving the field out is accepted.
    if ('status' in body && text === '') return error(400, "Validation failed: Text can't be blank");
    if (text === '' && mediaIds.length === 0) return error(422, "Validation failed: Text can't be blank");
    if ([...text.replace(URL_PATTERN, 'x'.repeat(state.charactersReservedPerUrl))].length > state.maxCharacters) {
      return error(422, `Validation failed: Text character limit of ${state.maxCharacters} exceeded`);
    }
    if (mediaIds.length > 4) return error(422, 'Cannot attach more than 4 files');
    const unknown = mediaIds.filter((id) => !state.media.has(id));
    if (unknown.length > 0) return error(422, `Media attachment ${unknown.join(', ')} not found`);
    if (mediaIds.some((id) => state.media.get(id)!.pollsLeft > 0))
      return error(422, 'Cannot attach files that have not finished processing. Try again in a moment!');
    // Polls (configuration.polls): 2-4 options of at most 50 characters, 5 minutes to a month, never with media.
    const poll = body['poll'] as { options?: string[]; expires_in?: number | string; multiple?: boolean | string } | undefined;
    if (poll) {
      if (mediaIds.length > 0) return error(422, 'Validation failed: Media attachments cannot be combined with a poll');
      const options = poll.options ?? [];
      if (options.length < 2 || options.length > 4) return error(422, 'Validation failed: Poll must have between 2 and 4 options');
      if (options.some((o) => [...o].length > 50))
        return error(422, 'Validation failed: Poll options are too long (maximum is 50 characters)');
      const seconds = Number(poll.expires_in);
      if (!(seconds >= 300 && seconds <= 2_629_746)) return error(422, 'Validation failed: Poll duration is out of range');
    }
    const inReplyToId = field(body, 'in_reply_to_id') ?? null;
    if (inReplyToId && !state.statuses.some((s) => s.id === inReplyToId)) return error(404, 'Record not found');
    const visibility = field(body, 'visibility') ?? 'public';
    if (!['public', 'unlisted', 'private', 'direct'].includes(visibility))
      return error(422, 'Validation failed: Visibility is not included in the list');
    const status = addStatus({
      text,
      inReplyToId,
      quotedStatusId: state.quotes ? (field(body, 'quoted_status_id') ?? null) : null,
      ...(poll
        ? {
            poll: {
              options: poll.options!,
              expiresIn: Number(poll.expires_in),
              multiple: poll.multiple === true || poll.multiple === 'true',
            },
          }
        : {}),
      contentType: state.contentTypes ? (field(body, 'content_type') ?? 'text/markdown') : 'text/plain',
      mediaIds,
      spoilerText: field(body, 'spoiler_text') ?? '',
      visibility,
      language: field(body, 'language') ?? null,
      idempotencyKey: key,
    });
    return { status: 200, json: statusJson(status) };
  }

  /** Mastodon's edit: the text, media, content warning and language are replaced by what the request says (left out: removed). */
  async function updateStatus(status: FakeStatus, call: IncomingCall): Promise<FakeReply> {
    if (status.reblogOf) return error(422, 'Validation failed: a boost cannot be edited');
    const body = await statusBody(call);
    const text = field(body, 'status') ?? '';
    const mediaIds = (body['media_ids'] ?? []) as string[];
    if (text === '' && mediaIds.length === 0) return error(422, "Validation failed: Text can't be blank");
    if ([...text.replace(URL_PATTERN, 'x'.repeat(state.charactersReservedPerUrl))].length > state.maxCharacters)
      return error(422, `Validation failed: Text character limit of ${state.maxCharacters} exceeded`);
    const unknown = mediaIds.filter((id) => !state.media.has(id));
    if (unknown.length > 0) return error(422, `Media attachment ${unknown.join(', ')} not found`);
    status.history = [...(status.history ?? []), status.text];
    status.text = text;
    status.mediaIds = mediaIds;
    status.spoilerText = field(body, 'spoiler_text') ?? '';
    status.language = field(body, 'language') ?? status.language;
    return { status: 200, json: statusJson(status) };
  }

  function addStatus(fields: Partial<FakeStatus>): FakeStatus {
    const status: FakeStatus = {
      id: newId(),
      text: '',
      inReplyToId: null,
      quotedStatusId: null,
      mediaIds: [],
      spoilerText: '',
      visibility: 'public',
      language: null,
      reblogOf: null,
      contentType: 'text/plain',
      idempotencyKey: undefined,
      favourites: 0,
      history: [],
      ...fields,
    };
    state.statuses.push(status);
    return status;
  }

  return server;
}

/** The status body as an object, whichever encoding carried it (`media_ids[]` and `poll[options][]` form keys become arrays). */
async function statusBody(call: IncomingCall): Promise<Record<string, unknown>> {
  const json = call.json();
  if (json !== undefined) return (json ?? {}) as Record<string, unknown>;
  const type = call.headers['content-type'] ?? '';
  const form = type.startsWith('application/x-www-form-urlencoded')
    ? new URLSearchParams(call.text())
    : await call.form().catch(() => new FormData());
  return formObject([...form].flatMap(([key, value]) => (typeof value === 'string' ? [[key, value] as [string, string]] : [])));
}

/** HTML as the server renders it; a markdown-rendering server turns `1. x` into a list. */
function render(s: FakeStatus): string {
  const escaped = s.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (s.contentType !== 'text/markdown') return `<p>${escaped}</p>`;
  return escaped
    .split('\n')
    .map((line) => (/^\d+\.\s/.test(line) ? `<ol><li>${line.replace(/^\d+\.\s/, '')}</li></ol>` : `<p>${line}</p>`))
    .join('');
}

function instanceJson(state: MastodonState, url: string): unknown {
  return {
    domain: new URL(url).host,
    title: 'Fake Mastodon',
    version: '4.5.0',
    configuration: {
      urls: { streaming: url.replace('http', 'ws') },
      statuses: {
        max_characters: state.maxCharacters,
        max_media_attachments: 4,
        characters_reserved_per_url: state.charactersReservedPerUrl,
        ...(state.contentTypes ? { supported_mime_types: state.contentTypes } : {}),
      },
      media_attachments: {
        supported_mime_types: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'video/mp4'],
        description_limit: 1500,
        image_size_limit: 16_777_216,
        video_size_limit: 103_809_024,
      },
    },
  };
}
