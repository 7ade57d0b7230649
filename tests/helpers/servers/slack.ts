// Slack's Web API in miniature (api.slack.com/methods): HTTP 200 with `{ ok: false, error }` for
// most failures (invalid_auth, channel_not_found, msg_too_long, invalid_blocks, thread_not_found),
// 429 + Retry-After for rate limits, the external upload flow, message metadata, permalinks.
import { field, NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';

export interface FakeSlackMessage {
  ts: string;
  text: string;
  thread_ts?: string;
  blocks?: Array<Record<string, unknown>>;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  edited?: { ts: string };
}

export interface SlackState {
  token: string;
  channel: string;
  messages: FakeSlackMessage[];
  files: Map<string, { name: string; length: number; alt: string; bytes?: number; completed: boolean }>;
}

const failure = (error: string): FakeReply => ({ status: 200, json: { ok: false, error } });
const errorShape = (status: number, message: string): FakeReply =>
  status === 429
    ? { status, json: { ok: false, error: 'ratelimited' } }
    : status >= 500
      ? { status, text: `<html>${message}</html>` }
      : { status, json: { ok: false, error: message } };

export async function startSlackServer(options: FakeServerOptions = {}): Promise<FakeServer<SlackState>> {
  const state: SlackState = { token: 'xoxb-test-token', channel: 'C0HERALD01', messages: [], files: new Map() };
  let clock = 1_767_000_000;
  let fileNo = 0;
  const server = await startFakeServer(state, (call) => route(call), errorShape, options);

  async function route(call: IncomingCall): Promise<FakeReply> {
    const upload = /^\/upload\/(F\w+)$/.exec(call.path);
    if (upload && call.method === 'POST') {
      const file = state.files.get(upload[1]!);
      if (!file) return { status: 404, text: 'not found' };
      file.bytes = call.body.length;
      return { status: 200, text: `OK - ${call.body.length}` };
    }
    const method = /^\/api\/([\w.]+)$/.exec(call.path)?.[1];
    if (!method) return NOT_HANDLED;
    if (call.headers.authorization !== `Bearer ${state.token}`) return failure(call.headers.authorization ? 'invalid_auth' : 'not_authed');
    const args = call.method === 'GET' ? call.query : (call.json() ?? (await call.form().catch(() => new FormData())));
    const get = (name: string) => field(args, name);
    switch (`${call.method} ${method}`) {
      case 'POST files.getUploadURLExternal': {
        if ((call.headers['content-type'] ?? '').includes('json')) return failure('invalid_arguments');
        const name = get('filename');
        const length = Number(get('length'));
        if (!name || !Number.isInteger(length) || length <= 0) return failure('invalid_arguments');
        const id = `F${String((fileNo += 1)).padStart(9, '0')}`;
        state.files.set(id, { name, length, alt: get('alt_txt') ?? '', completed: false });
        return ok({ upload_url: `${server.url}/upload/${id}`, file_id: id });
      }
      case 'POST files.completeUploadExternal': {
        const files = JSON.parse(get('files') ?? '[]') as Array<{ id: string; title?: string }>;
        if (files.length === 0) return failure('invalid_arguments');
        for (const f of files) {
          const file = state.files.get(f.id);
          if (!file || file.bytes === undefined) return failure('file_not_found');
          if (file.bytes !== file.length) return failure('file_upload_size_mismatch');
        }
        for (const f of files) state.files.get(f.id)!.completed = true;
        return ok({ files: files.map((f) => ({ id: f.id, title: f.title })) });
      }
      case 'POST chat.postMessage':
        return postMessage(args as Record<string, unknown>);
      case 'POST chat.update':
      case 'POST chat.delete': {
        const body = args as Record<string, unknown>;
        if (body.channel !== state.channel) return failure('channel_not_found');
        const message = state.messages.find((m) => m.ts === body.ts);
        if (!message) return failure('message_not_found');
        if (method === 'chat.delete') {
          state.messages.splice(state.messages.indexOf(message), 1);
          return ok({ channel: state.channel, ts: message.ts });
        }
        const text = typeof body.text === 'string' ? body.text : '';
        const blocks = Array.isArray(body.blocks) ? (body.blocks as Array<Record<string, unknown>>) : undefined;
        if (!text && !blocks) return failure('no_text');
        if (text.length > 40_000) return failure('msg_too_long');
        if (blocks && !blocks.every(validBlock)) return failure('invalid_blocks');
        // Slack keeps the blocks a message had unless the update sends new ones.
        message.text = text;
        if (blocks) message.blocks = blocks;
        message.edited = { ts: `${(clock += 1)}.000100` };
        return ok({ channel: state.channel, ts: message.ts, text });
      }
      case 'GET chat.getPermalink': {
        const ts = get('message_ts');
        if (get('channel') !== state.channel) return failure('channel_not_found');
        if (!state.messages.some((m) => m.ts === ts)) return failure('message_not_found');
        return ok({
          channel: state.channel,
          permalink: `https://herald-test.slack.com/archives/${state.channel}/p${ts!.replace('.', '')}`,
        });
      }
      case 'GET conversations.history':
      case 'GET conversations.replies': {
        if (get('channel') !== state.channel) return failure('channel_not_found');
        const withMetadata = get('include_all_metadata') === 'true';
        const show = (m: FakeSlackMessage) => (withMetadata ? m : { ...m, metadata: undefined });
        if (method === 'conversations.history')
          return ok({
            messages: state.messages
              .filter((m) => !m.thread_ts)
              .reverse()
              .map(show),
            has_more: false,
          });
        const ts = get('ts');
        if (!state.messages.some((m) => m.ts === ts)) return failure('thread_not_found');
        return ok({ messages: state.messages.filter((m) => m.ts === ts || m.thread_ts === ts).map(show), has_more: false });
      }
    }
    return NOT_HANDLED;
  }

  function postMessage(body: Record<string, unknown>): FakeReply {
    if (body.channel !== state.channel) return failure('channel_not_found');
    const text = typeof body.text === 'string' ? body.text : '';
    const blocks = Array.isArray(body.blocks) ? (body.blocks as Array<Record<string, unknown>>) : undefined;
    if (!text && !blocks) return failure('no_text');
    if (text.length > 40_000) return failure('msg_too_long');
    if (blocks && !blocks.every(validBlock)) return failure('invalid_blocks');
    const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : undefined;
    if (threadTs && !state.messages.some((m) => m.ts === threadTs && !m.thread_ts)) return failure('thread_not_found');
    const message: FakeSlackMessage = {
      ts: `${(clock += 1)}.000100`,
      text,
      thread_ts: threadTs,
      blocks,
      metadata: body.metadata as FakeSlackMessage['metadata'],
    };
    state.messages.push(message);
    return ok({ channel: state.channel, ts: message.ts, message });
  }

  function validBlock(block: Record<string, unknown>): boolean {
    if (block.type === 'section') {
      const text = (block.text as { text?: string } | undefined)?.text ?? '';
      return text.length > 0 && text.length <= 3000;
    }
    if (block.type === 'image') {
      const id = (block.slack_file as { id?: string } | undefined)?.id;
      const alt = block.alt_text;
      return typeof alt === 'string' && alt.length > 0 && alt.length <= 2000 && id !== undefined && state.files.get(id)?.completed === true;
    }
    return false;
  }

  return server;
}

function ok(data: Record<string, unknown>): FakeReply {
  return { status: 200, json: { ok: true, ...data } };
}
