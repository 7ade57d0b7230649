import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  describeMedia,
  readMediaFile
} from "./chunk-GY2EDSYG.js";
import {
  sendRequest
} from "./chunk-GS5P5XJH.js";
import {
  requireCredentials
} from "./chunk-HW6NH4IV.js";
import {
  HeraldError,
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/slack.ts
var EVENT_TYPE = "herald_post";
var AUTH_ERRORS = /* @__PURE__ */ new Set([
  "not_authed",
  "invalid_auth",
  "token_revoked",
  "token_expired",
  "account_inactive",
  "missing_scope",
  "not_in_channel"
]);
var TRANSIENT_ERRORS = /* @__PURE__ */ new Set(["ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"]);
function slackMessage(body) {
  const reply = body;
  if (!reply?.error) return void 0;
  const extra = [reply.needed ? `needs ${reply.needed}` : "", ...reply.response_metadata?.messages ?? []].filter(Boolean);
  return [reply.error, ...extra].join("; ");
}
var createSlackAdapter = (config, env) => {
  const token = requireCredentials("slack", env).SLACK_BOT_TOKEN;
  const channel = config.options.channel === void 0 ? "" : String(config.options.channel);
  if (!channel)
    throw new HeraldError("slack: no channel configured", {
      hint: "Set platforms.slack.channel in .github/herald.yml to the channel ID (C0123\u2026), and invite the bot to it."
    });
  const api = (config.server ?? "https://slack.com/api").replace(/\/+$/, "");
  async function call(ctx, method, request) {
    const url = `${api}/${method}${request.query ? `?${new URLSearchParams(request.query)}` : ""}`;
    const result = await sendRequest(
      "slack",
      ctx,
      { ...request, url, headers: { authorization: `Bearer ${token}` } },
      slackMessage
    );
    if (!result.data.ok) {
      const code = result.data.error ?? "unknown_error";
      throw new PlatformError("slack", `${method} failed: ${slackMessage(result.data) ?? code}`, {
        status: result.status,
        retryable: TRANSIENT_ERRORS.has(code),
        hint: AUTH_ERRORS.has(code) ? "Check SLACK_BOT_TOKEN, its scopes (chat:write, files:write, channels:history) and that the bot is in the channel (docs/credentials.md)." : void 0
      });
    }
    return result.data;
  }
  async function uploadImages(request, ctx) {
    const ids = [];
    for (const media of request.part.media) {
      const file = await readMediaFile(media, ctx);
      const form = new URLSearchParams({ filename: file.name, length: String(file.bytes.length), alt_txt: media.alt });
      const target = await call(ctx, "files.getUploadURLExternal", { method: "POST", body: form });
      await sendRequest(
        "slack",
        ctx,
        { method: "POST", url: target.upload_url, body: file.bytes, headers: { "content-type": file.type } },
        slackMessage
      );
      ids.push(target.file_id);
    }
    if (ids.length > 0) {
      const files = JSON.stringify(ids.map((id, i) => ({ id, title: request.part.media[i].alt || request.part.media[i].path })));
      await call(ctx, "files.completeUploadExternal", { method: "POST", body: new URLSearchParams({ files }) });
    }
    return ids;
  }
  async function live(index, ts, ctx) {
    const link = await call(ctx, "chat.getPermalink", { method: "GET", query: { channel, message_ts: ts } });
    return { index, id: ts, url: link.permalink, ref: { channel } };
  }
  return {
    id: "slack",
    async publishPart(request, ctx) {
      const fileIds = await uploadImages(request, ctx);
      const posted = await call(ctx, "chat.postMessage", { method: "POST", json: messageBody(channel, request, fileIds) });
      return live(request.index, posted.ts, ctx);
    },
    async findPart(request, ctx) {
      const query = { channel, limit: "100", include_all_metadata: "true" };
      const listed = request.index > 0 && request.root ? await call(ctx, "conversations.replies", {
        method: "GET",
        query: { ...query, ts: request.root.id }
      }) : await call(ctx, "conversations.history", { method: "GET", query });
      const found = listed.messages.find((m) => m.metadata?.event_type === EVENT_TYPE && m.metadata.event_payload.key === request.key);
      return found ? live(request.index, found.ts, ctx) : void 0;
    },
    // chat.update replaces the text; a message with image blocks gets its blocks back with the new
    // section text (left out, the old section would still show). The message is read first
    // (conversations.replies takes any ts of a thread), which is also how a recovered edit is checked.
    async editPart(request, ctx) {
      const listed = await call(ctx, "conversations.replies", {
        method: "GET",
        query: { channel, ts: request.live.id, limit: "1" }
      });
      const current = listed.messages.find((m) => m.ts === request.live.id);
      const text = messageBody(channel, { ...request, key: "" }, []).text;
      if (current?.text === text) return "unchanged";
      const blocks = current?.blocks?.map((b) => b.type === "section" ? { ...b, text: { type: "mrkdwn", text } } : b);
      await call(ctx, "chat.update", { method: "POST", json: { channel, ts: request.live.id, text, ...blocks ? { blocks } : {} } });
      return "edited";
    },
    async deletePart(live2, ctx) {
      try {
        await call(ctx, "chat.delete", { method: "POST", json: { channel, ts: live2.id } });
        return "deleted";
      } catch (error) {
        if (error instanceof PlatformError && /message_not_found/.test(error.message)) return "gone";
        throw error;
      }
    },
    describe(request) {
      const uploads = request.part.media.flatMap((media, i) => [
        {
          method: "POST",
          url: `${api}/files.getUploadURLExternal`,
          body: { filename: media.path.slice(media.path.lastIndexOf("/") + 1), alt_txt: media.alt }
        },
        { method: "POST", url: `${api}/<upload url of file ${i + 1}>`, body: describeMedia(media) }
      ]);
      const fileIds = request.part.media.map((_, i) => `<file ${i + 1}>`);
      const complete = fileIds.length ? [{ method: "POST", url: `${api}/files.completeUploadExternal`, body: { files: fileIds } }] : [];
      return [...uploads, ...complete, { method: "POST", url: `${api}/chat.postMessage`, body: messageBody(channel, request, fileIds) }];
    }
  };
};
function messageBody(channel, request, fileIds) {
  const { contentWarning } = request.rendition;
  const text = contentWarning ? `*CW: ${contentWarning}*
${request.part.text}` : request.part.text;
  const body = {
    channel,
    text,
    metadata: { event_type: EVENT_TYPE, event_payload: { key: request.key } }
  };
  if (request.index > 0) body.thread_ts = request.root?.id ?? "<ts of part 1>";
  if (fileIds.length > 0) {
    body.blocks = [
      { type: "section", text: { type: "mrkdwn", text } },
      ...fileIds.map((id, i) => ({
        type: "image",
        slack_file: { id },
        alt_text: request.part.media[i].alt || request.part.media[i].path
      }))
    ];
  }
  return body;
}
export {
  createSlackAdapter,
  slackMessage
};
