// Discord's webhook and channel-messages API in miniature (discord.com/developers/docs/resources/webhook):
// the token in the webhook path, 2000-character content (400, code 50035 with the field's error),
// empty messages refused (50006), multipart payload_json + files[n] with attachment descriptions,
// and a bot-token channel listing for recovery.
import { field, NOT_HANDLED, startFakeServer, type FakeReply, type FakeServer, type FakeServerOptions, type IncomingCall } from './base.ts';
import { specValidator } from './openapi.ts';

/** The webhook URLs Discord hands out have no version (/api/webhooks/…, served as the default version); the description's server is /api/v10. */
const discordSpec = () => specValidator('discord', { bases: ['/api'] });

export interface FakeDiscordMessage {
  id: string;
  channel_id: string;
  content: string;
  webhook_id: string;
  attachments: Array<{ id: string; filename: string; description?: string; size: number }>;
  /** How many times PATCH changed it. */
  edits?: number;
}

export interface DiscordState {
  webhookId: string;
  webhookToken: string;
  botToken: string;
  guildId: string;
  channelId: string;
  messages: FakeDiscordMessage[];
}

const error = (status: number, message: string, code = 0): FakeReply => ({
  status,
  json: status === 429 ? { message: 'You are being rate limited.', retry_after: 1, global: false } : { message, code },
});

export async function startDiscordServer(options: FakeServerOptions = {}): Promise<FakeServer<DiscordState> & { webhookUrl: string }> {
  const state: DiscordState = {
    webhookId: '1234567890123456789',
    webhookToken: 'webhook-secret-token',
    botToken: 'bot-secret-token',
    guildId: '613425648685547541',
    channelId: '697138785317814292',
    messages: [],
  };
  let next = 1_300_000_000_000_000_000n;
  const server = await startFakeServer(
    state,
    (call) => route(call),
    (s, m) => error(s, m),
    { ...options, spec: discordSpec() },
  );

  async function route(call: IncomingCall): Promise<FakeReply> {
    const webhook = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([^/]+)$/.exec(call.path);
    if (webhook) {
      if (webhook[1] !== state.webhookId) return error(404, 'Unknown Webhook', 10015);
      if (webhook[2] !== state.webhookToken) return error(401, 'Invalid Webhook Token', 50027);
      if (call.method === 'GET')
        return {
          status: 200,
          json: { id: state.webhookId, type: 1, guild_id: state.guildId, channel_id: state.channelId, name: 'Herald' },
        };
      if (call.method === 'POST') return execute(call);
    }
    const message = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([^/]+)\/messages\/(\d+)$/.exec(call.path);
    if (message) {
      if (message[1] !== state.webhookId) return error(404, 'Unknown Webhook', 10015);
      if (message[2] !== state.webhookToken) return error(401, 'Invalid Webhook Token', 50027);
      // A webhook reaches only the messages it sent.
      const found = state.messages.find((m) => m.id === message[3] && m.webhook_id === state.webhookId);
      if (!found) return error(404, 'Unknown Message', 10008);
      if (call.method === 'GET') return { status: 200, json: found };
      if (call.method === 'DELETE') {
        state.messages.splice(state.messages.indexOf(found), 1);
        return { status: 204 };
      }
      if (call.method === 'PATCH') {
        const payload = call.json() as { content?: string } | undefined;
        const content = payload?.content ?? found.content;
        if (content.length > 2000) return invalidForm('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
        if (content === '' && found.attachments.length === 0) return error(400, 'Cannot send an empty message', 50006);
        found.content = content;
        found.edits = (found.edits ?? 0) + 1;
        return { status: 200, json: found };
      }
    }
    const channel = /^\/api\/v10\/channels\/(\d+)\/messages$/.exec(call.path);
    if (channel && call.method === 'GET') {
      if (call.headers.authorization !== `Bot ${state.botToken}`) return error(401, '401: Unauthorized');
      if (channel[1] !== state.channelId) return error(404, 'Unknown Channel', 10003);
      const limit = Math.min(Number(call.query.get('limit') ?? 50), 100);
      return { status: 200, json: state.messages.slice().reverse().slice(0, limit) };
    }
    return NOT_HANDLED;
  }

  async function execute(call: IncomingCall): Promise<FakeReply> {
    const multipart = (call.headers['content-type'] ?? '').startsWith('multipart/form-data');
    const form = multipart ? await call.form() : undefined;
    const payload = (form ? JSON.parse(field(form, 'payload_json') ?? '{}') : call.json()) as
      { content?: string; attachments?: Array<{ id: number; description?: string }> } | undefined;
    if (!payload) return error(400, 'Cannot send an empty message', 50006);
    const files = form ? [...form.entries()].filter(([name, value]) => /^files\[\d+\]$/.test(name) && value instanceof Blob) : [];
    const content = payload.content ?? '';
    if (content.length > 2000) return invalidForm('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
    if ((payload.attachments ?? []).some((a) => (a.description ?? '').length > 1024)) {
      return invalidForm('attachments', 'BASE_TYPE_MAX_LENGTH', 'Must be 1024 or fewer in length.');
    }
    if (content === '' && files.length === 0) return error(400, 'Cannot send an empty message', 50006);
    const message: FakeDiscordMessage = {
      id: String((next += 1n)),
      channel_id: state.channelId,
      content,
      webhook_id: state.webhookId,
      attachments: files.map(([name, value], i) => {
        const index = Number(/\d+/.exec(name)![0]);
        const blob = value as File;
        return {
          id: String(next + BigInt(i + 1)),
          filename: blob.name,
          description: payload.attachments?.find((a) => a.id === index)?.description,
          size: blob.size,
        };
      }),
    };
    state.messages.push(message);
    return call.query.get('wait') === 'true' ? { status: 200, json: message } : { status: 204 };
  }

  return Object.assign(server, { webhookUrl: `${server.url}/api/webhooks/${state.webhookId}/${state.webhookToken}` });
}

function invalidForm(fieldName: string, code: string, message: string): FakeReply {
  return { status: 400, json: { message: 'Invalid Form Body', code: 50035, errors: { [fieldName]: { _errors: [{ code, message }] } } } };
}
