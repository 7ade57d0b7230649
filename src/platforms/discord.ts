// Discord through an incoming webhook: POST {webhook}?wait=true (so the message comes back),
// attachments as multipart with `description` as alt text, follow-up parts as follow-up messages.
//
// Recovery guarantee: a webhook can only fetch a message by its id, so it cannot tell whether an
// interrupted run already posted a part. With DISCORD_BOT_TOKEN (Read Message History in the
// channel) and platforms.discord.options.channel set, findPart reads the channel and matches the
// webhook's own messages by exact content. Without them findPart refuses with a PlatformError
// rather than guess: re-posting blindly could post twice, skipping could lose the post.
import { PlatformError } from '../core/errors.ts';
import type { PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { redactUrl, sendRequest } from './http.ts';
import { readMediaFile } from './media.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest } from './types.ts';

interface DiscordMessage {
  id: string;
  channel_id: string;
  content: string;
  webhook_id?: string;
}

/** Discord errors: `{ message, code, errors: { field: { _errors: [{ code, message }] } } }`. */
export function discordMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { message, code, errors } = body as { message?: string; code?: number; errors?: unknown };
  const details: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '_errors' && Array.isArray(value)) details.push(...value.map((e: { message?: string }) => `${path}: ${e.message}`));
      else walk(value, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return [message && code ? `${message} (${code})` : message, ...details].filter(Boolean).join('; ') || undefined;
}

export const createDiscordAdapter: AdapterFactory = (config: PlatformConfig, env) => {
  const secrets = requireCredentials('discord', env);
  const webhook = secrets.DISCORD_WEBHOOK_URL!.replace(/\/+$/, '');
  const match = /^(https?:\/\/[^/]+)\/api(?:\/v\d+)?\/webhooks\/(\d+)\/[^/?]+$/.exec(webhook);
  if (!match) {
    throw new PlatformError('discord', 'DISCORD_WEBHOOK_URL is not a webhook URL', {
      hint: 'Copy it from Server Settings → Integrations → Webhooks → Copy Webhook URL (https://discord.com/api/webhooks/<id>/<token>).',
    });
  }
  const [, origin, webhookId] = match;
  const botToken = secrets.DISCORD_BOT_TOKEN;
  const channel = config.options.channel === undefined ? undefined : String(config.options.channel);
  const username = config.options.username === undefined ? undefined : String(config.options.username);
  let guild: Promise<{ guild_id?: string; channel_id: string }> | undefined;

  const info = (ctx: AdapterContext) =>
    (guild ??= sendRequest<{ guild_id?: string; channel_id: string }>('discord', ctx, { method: 'GET', url: webhook }, discordMessage).then(
      (r) => r.data,
    ));

  async function live(index: number, message: DiscordMessage, ctx: AdapterContext): Promise<LivePart> {
    const { guild_id: guildId } = await info(ctx);
    const url = `https://discord.com/channels/${guildId ?? '@me'}/${message.channel_id}/${message.id}`;
    return { index, id: message.id, url, ref: { channel: message.channel_id } };
  }

  return {
    id: 'discord',

    async publishPart(request, ctx) {
      const payload = messagePayload(request, username);
      let body: FormData | undefined;
      if (request.part.media.length > 0) {
        body = new FormData();
        body.append('payload_json', JSON.stringify(payload));
        for (const [i, media] of request.part.media.entries()) {
          const file = await readMediaFile(media, ctx);
          body.append(`files[${i}]`, file.blob, attachmentName(request, file.name));
        }
      }
      const sent = await sendRequest<DiscordMessage>(
        'discord',
        ctx,
        { method: 'POST', url: `${webhook}?wait=true`, ...(body ? { body } : { json: payload }) },
        discordMessage,
      );
      return live(request.index, sent.data, ctx);
    },

    async findPart(request, ctx) {
      if (!botToken || !channel) {
        throw new PlatformError(
          'discord',
          `cannot tell whether part ${request.index + 1} of ${request.rendition.postId} reached Discord before the interruption`,
          {
            hint: 'A webhook cannot list messages. Check the channel: if the message is there, record its link in the ledger; if not, retry. Set DISCORD_BOT_TOKEN and platforms.discord.options.channel to let Herald check by itself.',
          },
        );
      }
      const url = `${origin}/api/v10/channels/${channel}/messages?limit=50`;
      const listed = await sendRequest<DiscordMessage[]>(
        'discord',
        ctx,
        { method: 'GET', url, headers: { authorization: `Bot ${botToken}` } },
        discordMessage,
      );
      const wanted = messagePayload(request, username).content;
      const found = listed.data.find((m) => m.webhook_id === webhookId && m.content === wanted);
      return found ? live(request.index, found, ctx) : undefined;
    },

    // PATCH {webhook}/messages/{id} with the content only: attachments left out of the body stay.
    // The message is read back first (a webhook may GET its own messages by id): unchanged text, or an
    // edit a crashed run already sent, is not sent again.
    async editPart(request, ctx) {
      const url = `${webhook}/messages/${request.live.id}`;
      const content = messagePayload({ ...request, key: '' }, username).content;
      const current = await sendRequest<DiscordMessage>('discord', ctx, { method: 'GET', url }, discordMessage);
      if (current.data.content === content) return 'unchanged';
      await sendRequest('discord', ctx, { method: 'PATCH', url, json: { content, allowed_mentions: { parse: [] } } }, discordMessage);
      return 'edited';
    },

    async deletePart(live, ctx) {
      try {
        await sendRequest('discord', ctx, { method: 'DELETE', url: `${webhook}/messages/${live.id}` }, discordMessage);
        return 'deleted';
      } catch (error) {
        // 404 Unknown Message (10008): deleted already.
        if (error instanceof PlatformError && error.status === 404) return 'gone';
        throw error;
      }
    },

    describe(request) {
      const payload = messagePayload(request, username);
      const files = request.part.media.map((m, i) => ({
        field: `files[${i}]`,
        file: m.path,
        filename: attachmentName(request, m.path.slice(m.path.lastIndexOf('/') + 1)),
      }));
      return [{ method: 'POST', url: `${redactUrl(webhook)}?wait=true`, body: files.length ? { payload_json: payload, files } : payload }];
    },
  };
};

function messagePayload(
  request: PartRequest,
  username?: string,
): { content: string; username?: string; allowed_mentions: { parse: string[] }; attachments?: unknown[] } {
  const { contentWarning } = request.rendition;
  // Discord has no content warnings; its spoiler markup hides the text until clicked.
  const content = contentWarning ? `**CW: ${contentWarning}**\n||${request.part.text}||` : request.part.text;
  const payload: { content: string; username?: string; allowed_mentions: { parse: string[] }; attachments?: unknown[] } = {
    content,
    ...(username ? { username } : {}),
    // Never ping @everyone or roles from a post.
    allowed_mentions: { parse: [] },
  };
  if (request.part.media.length > 0) {
    payload.attachments = request.part.media.map((m, i) => ({
      id: i,
      filename: attachmentName(request, m.path.slice(m.path.lastIndexOf('/') + 1)),
      description: m.alt,
    }));
  }
  return payload;
}

/** Discord blurs attachments whose file name starts with SPOILER_. */
function attachmentName(request: PartRequest, name: string): string {
  return request.rendition.contentWarning ? `SPOILER_${name}` : name;
}
