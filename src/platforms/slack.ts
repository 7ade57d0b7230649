// Slack through the Web API with a bot token: chat.postMessage (mrkdwn), follow-up parts in the
// thread (thread_ts), images uploaded with files.getUploadURLExternal → POST bytes →
// files.completeUploadExternal (no channel, so the file only appears inside our message) and shown
// as image blocks with alt_text. Every message carries message metadata holding the Herald key,
// which is how findPart recognises its own messages after a crash.
import { HeraldError, PlatformError } from '../core/errors.ts';
import type { PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { sendRequest, type HttpCall } from './http.ts';
import { describeMedia, readMediaFile } from './media.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest } from './types.ts';

const EVENT_TYPE = 'herald_post';
const AUTH_ERRORS = new Set([
  'not_authed',
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'missing_scope',
  'not_in_channel',
]);
const TRANSIENT_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

interface SlackReply {
  ok: boolean;
  error?: string;
  needed?: string;
  response_metadata?: { messages?: string[] };
}

interface SlackMessage {
  ts: string;
  text: string;
  thread_ts?: string;
  blocks?: Array<Record<string, unknown>>;
  metadata?: { event_type: string; event_payload: { key?: string } };
}

export function slackMessage(body: unknown): string | undefined {
  const reply = body as SlackReply | undefined;
  if (!reply?.error) return undefined;
  const extra = [reply.needed ? `needs ${reply.needed}` : '', ...(reply.response_metadata?.messages ?? [])].filter(Boolean);
  return [reply.error, ...extra].join('; ');
}

export const createSlackAdapter: AdapterFactory = (config: PlatformConfig, env) => {
  const token = requireCredentials('slack', env).SLACK_BOT_TOKEN!;
  const channel = config.options.channel === undefined ? '' : String(config.options.channel);
  if (!channel)
    throw new HeraldError('slack: no channel configured', {
      hint: 'Set platforms.slack.channel in .github/herald.yml to the channel ID (C0123…), and invite the bot to it.',
    });
  const api = (config.server ?? 'https://slack.com/api').replace(/\/+$/, '');

  /** Slack answers 200 with `ok: false` for most failures; those become PlatformErrors too. */
  async function call<T extends object>(
    ctx: AdapterContext,
    method: string,
    request: Omit<HttpCall, 'url'> & { query?: Record<string, string> },
  ): Promise<T & SlackReply> {
    const url = `${api}/${method}${request.query ? `?${new URLSearchParams(request.query)}` : ''}`;
    const result = await sendRequest<T & SlackReply>(
      'slack',
      ctx,
      { ...request, url, headers: { authorization: `Bearer ${token}` } },
      slackMessage,
    );
    if (!result.data.ok) {
      const code = result.data.error ?? 'unknown_error';
      throw new PlatformError('slack', `${method} failed: ${slackMessage(result.data) ?? code}`, {
        status: result.status,
        retryable: TRANSIENT_ERRORS.has(code),
        hint: AUTH_ERRORS.has(code)
          ? 'Check SLACK_BOT_TOKEN, its scopes (chat:write, files:write, channels:history) and that the bot is in the channel (docs/credentials.md).'
          : undefined,
      });
    }
    return result.data;
  }

  async function uploadImages(request: PartRequest, ctx: AdapterContext): Promise<string[]> {
    const ids: string[] = [];
    for (const media of request.part.media) {
      const file = await readMediaFile(media, ctx);
      // files.getUploadURLExternal takes form arguments, not JSON.
      const form = new URLSearchParams({ filename: file.name, length: String(file.bytes.length), alt_txt: media.alt });
      const target = await call<{ upload_url: string; file_id: string }>(ctx, 'files.getUploadURLExternal', { method: 'POST', body: form });
      await sendRequest(
        'slack',
        ctx,
        { method: 'POST', url: target.upload_url, body: file.bytes, headers: { 'content-type': file.type } },
        slackMessage,
      );
      ids.push(target.file_id);
    }
    if (ids.length > 0) {
      const files = JSON.stringify(ids.map((id, i) => ({ id, title: request.part.media[i]!.alt || request.part.media[i]!.path })));
      await call(ctx, 'files.completeUploadExternal', { method: 'POST', body: new URLSearchParams({ files }) });
    }
    return ids;
  }

  async function live(index: number, ts: string, ctx: AdapterContext): Promise<LivePart> {
    const link = await call<{ permalink: string }>(ctx, 'chat.getPermalink', { method: 'GET', query: { channel, message_ts: ts } });
    return { index, id: ts, url: link.permalink, ref: { channel } };
  }

  return {
    id: 'slack',

    async publishPart(request, ctx) {
      const fileIds = await uploadImages(request, ctx);
      const posted = await call<{ ts: string }>(ctx, 'chat.postMessage', { method: 'POST', json: messageBody(channel, request, fileIds) });
      return live(request.index, posted.ts, ctx);
    },

    async findPart(request, ctx) {
      const query = { channel, limit: '100', include_all_metadata: 'true' };
      // Thread replies do not appear in conversations.history, only under their parent.
      const listed =
        request.index > 0 && request.root
          ? await call<{ messages: SlackMessage[] }>(ctx, 'conversations.replies', {
              method: 'GET',
              query: { ...query, ts: request.root.id },
            })
          : await call<{ messages: SlackMessage[] }>(ctx, 'conversations.history', { method: 'GET', query });
      const found = listed.messages.find((m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload.key === request.key);
      return found ? live(request.index, found.ts, ctx) : undefined;
    },

    // chat.update replaces the text; a message with image blocks gets its blocks back with the new
    // section text (left out, the old section would still show). The message is read first
    // (conversations.replies takes any ts of a thread), which is also how a recovered edit is checked.
    async editPart(request, ctx) {
      const listed = await call<{ messages: SlackMessage[] }>(ctx, 'conversations.replies', {
        method: 'GET',
        query: { channel, ts: request.live.id, limit: '1' },
      });
      const current = listed.messages.find((m) => m.ts === request.live.id);
      const text = messageBody(channel, { ...request, key: '' }, []).text as string;
      if (current?.text === text) return 'unchanged';
      const blocks = current?.blocks?.map((b) => (b.type === 'section' ? { ...b, text: { type: 'mrkdwn', text } } : b));
      await call(ctx, 'chat.update', { method: 'POST', json: { channel, ts: request.live.id, text, ...(blocks ? { blocks } : {}) } });
      return 'edited';
    },

    async deletePart(live, ctx) {
      try {
        await call(ctx, 'chat.delete', { method: 'POST', json: { channel, ts: live.id } });
        return 'deleted';
      } catch (error) {
        if (error instanceof PlatformError && /message_not_found/.test(error.message)) return 'gone';
        throw error;
      }
    },

    describe(request) {
      const uploads: PlannedRequest[] = request.part.media.flatMap((media, i) => [
        {
          method: 'POST',
          url: `${api}/files.getUploadURLExternal`,
          body: { filename: media.path.slice(media.path.lastIndexOf('/') + 1), alt_txt: media.alt },
        },
        { method: 'POST', url: `${api}/<upload url of file ${i + 1}>`, body: describeMedia(media) },
      ]);
      const fileIds = request.part.media.map((_, i) => `<file ${i + 1}>`);
      const complete: PlannedRequest[] = fileIds.length
        ? [{ method: 'POST', url: `${api}/files.completeUploadExternal`, body: { files: fileIds } }]
        : [];
      return [...uploads, ...complete, { method: 'POST', url: `${api}/chat.postMessage`, body: messageBody(channel, request, fileIds) }];
    },
  };
};

function messageBody(channel: string, request: PartRequest, fileIds: string[]): Record<string, unknown> {
  const { contentWarning } = request.rendition;
  const text = contentWarning ? `*CW: ${contentWarning}*\n${request.part.text}` : request.part.text;
  const body: Record<string, unknown> = {
    channel,
    text,
    metadata: { event_type: EVENT_TYPE, event_payload: { key: request.key } },
  };
  if (request.index > 0) body.thread_ts = request.root?.id ?? '<ts of part 1>';
  if (fileIds.length > 0) {
    body.blocks = [
      { type: 'section', text: { type: 'mrkdwn', text } },
      ...fileIds.map((id, i) => ({
        type: 'image',
        slack_file: { id },
        alt_text: request.part.media[i]!.alt || request.part.media[i]!.path,
      })),
    ];
  }
  return body;
}
