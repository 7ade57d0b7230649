import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  readMediaFile
} from "./chunk-GY2EDSYG.js";
import {
  redactUrl,
  sendRequest
} from "./chunk-GS5P5XJH.js";
import {
  requireCredentials
} from "./chunk-HW6NH4IV.js";
import {
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/discord.ts
function discordMessage(body) {
  if (typeof body !== "object" || body === null) return void 0;
  const { message, code, errors } = body;
  const details = [];
  const walk = (node, path) => {
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "_errors" && Array.isArray(value)) details.push(...value.map((e) => `${path}: ${e.message}`));
      else walk(value, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, "");
  return [message && code ? `${message} (${code})` : message, ...details].filter(Boolean).join("; ") || void 0;
}
var createDiscordAdapter = (config, env) => {
  const secrets = requireCredentials("discord", env);
  const webhook = secrets.DISCORD_WEBHOOK_URL.replace(/\/+$/, "");
  const match = /^(https?:\/\/[^/]+)\/api(?:\/v\d+)?\/webhooks\/(\d+)\/[^/?]+$/.exec(webhook);
  if (!match) {
    throw new PlatformError("discord", "DISCORD_WEBHOOK_URL is not a webhook URL", {
      hint: "Copy it from Server Settings \u2192 Integrations \u2192 Webhooks \u2192 Copy Webhook URL (https://discord.com/api/webhooks/<id>/<token>)."
    });
  }
  const [, origin, webhookId] = match;
  const botToken = secrets.DISCORD_BOT_TOKEN;
  const channel = config.options.channel === void 0 ? void 0 : String(config.options.channel);
  const username = config.options.username === void 0 ? void 0 : String(config.options.username);
  let guild;
  const info = (ctx) => guild ??= sendRequest("discord", ctx, { method: "GET", url: webhook }, discordMessage).then(
    (r) => r.data
  );
  async function live(index, message, ctx) {
    const { guild_id: guildId } = await info(ctx);
    const url = `https://discord.com/channels/${guildId ?? "@me"}/${message.channel_id}/${message.id}`;
    return { index, id: message.id, url, ref: { channel: message.channel_id } };
  }
  return {
    id: "discord",
    async publishPart(request, ctx) {
      const payload = messagePayload(request, username);
      let body;
      if (request.part.media.length > 0) {
        body = new FormData();
        body.append("payload_json", JSON.stringify(payload));
        for (const [i, media] of request.part.media.entries()) {
          const file = await readMediaFile(media, ctx);
          body.append(`files[${i}]`, file.blob, attachmentName(request, file.name));
        }
      }
      const sent = await sendRequest(
        "discord",
        ctx,
        { method: "POST", url: `${webhook}?wait=true`, ...body ? { body } : { json: payload } },
        discordMessage
      );
      return live(request.index, sent.data, ctx);
    },
    async findPart(request, ctx) {
      if (!botToken || !channel) {
        throw new PlatformError(
          "discord",
          `cannot tell whether part ${request.index + 1} of ${request.rendition.postId} reached Discord before the interruption`,
          {
            hint: "A webhook cannot list messages. Check the channel: if the message is there, record its link in the ledger; if not, retry. Set DISCORD_BOT_TOKEN and platforms.discord.options.channel to let Herald check by itself."
          }
        );
      }
      const url = `${origin}/api/v10/channels/${channel}/messages?limit=50`;
      const listed = await sendRequest(
        "discord",
        ctx,
        { method: "GET", url, headers: { authorization: `Bot ${botToken}` } },
        discordMessage
      );
      const wanted = messagePayload(request, username).content;
      const found = listed.data.find((m) => m.webhook_id === webhookId && m.content === wanted);
      return found ? live(request.index, found, ctx) : void 0;
    },
    // PATCH {webhook}/messages/{id} with the content only: attachments left out of the body stay.
    // The message is read back first (a webhook may GET its own messages by id): unchanged text, or an
    // edit a crashed run already sent, is not sent again.
    async editPart(request, ctx) {
      const url = `${webhook}/messages/${request.live.id}`;
      const content = messagePayload({ ...request, key: "" }, username).content;
      const current = await sendRequest("discord", ctx, { method: "GET", url }, discordMessage);
      if (current.data.content === content) return "unchanged";
      await sendRequest("discord", ctx, { method: "PATCH", url, json: { content, allowed_mentions: { parse: [] } } }, discordMessage);
      return "edited";
    },
    async deletePart(live2, ctx) {
      try {
        await sendRequest("discord", ctx, { method: "DELETE", url: `${webhook}/messages/${live2.id}` }, discordMessage);
        return "deleted";
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return "gone";
        throw error;
      }
    },
    describe(request) {
      const payload = messagePayload(request, username);
      const files = request.part.media.map((m, i) => ({
        field: `files[${i}]`,
        file: m.path,
        filename: attachmentName(request, m.path.slice(m.path.lastIndexOf("/") + 1))
      }));
      return [{ method: "POST", url: `${redactUrl(webhook)}?wait=true`, body: files.length ? { payload_json: payload, files } : payload }];
    }
  };
};
function messagePayload(request, username) {
  const { contentWarning } = request.rendition;
  const content = contentWarning ? `**CW: ${contentWarning}**
||${request.part.text}||` : request.part.text;
  const payload = {
    content,
    ...username ? { username } : {},
    // Never ping @everyone or roles from a post.
    allowed_mentions: { parse: [] }
  };
  if (request.part.media.length > 0) {
    payload.attachments = request.part.media.map((m, i) => ({
      id: i,
      filename: attachmentName(request, m.path.slice(m.path.lastIndexOf("/") + 1)),
      description: m.alt
    }));
  }
  return payload;
}
function attachmentName(request, name) {
  return request.rendition.contentWarning ? `SPOILER_${name}` : name;
}
export {
  createDiscordAdapter,
  discordMessage
};
