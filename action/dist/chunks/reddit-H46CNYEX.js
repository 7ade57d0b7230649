import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  requireOption,
  titleOf
} from "./chunk-VHENPS65.js";
import {
  describeBody,
  firstString,
  sendRequest
} from "./chunk-GS5P5XJH.js";
import {
  requireCredentials
} from "./chunk-HW6NH4IV.js";
import {
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/reddit.ts
var TITLE_MAX = 300;
var LISTING_LIMIT = 100;
var userAgent = (user) => `github-actions:herald:1 (by /u/${user})`;
function redditMessage(body) {
  const errors = body?.json?.errors;
  if (Array.isArray(errors) && errors.length > 0)
    return errors.map((e) => Array.isArray(e) ? `${e[0]}: ${e[1]}${e[2] ? ` (${e[2]})` : ""}` : String(e)).join("; ");
  return firstString(body, "message", "error") ?? describeBody(body);
}
var createRedditAdapter = (config, env) => {
  const secrets = requireCredentials("reddit", env);
  const user = secrets.REDDIT_USERNAME.replace(/^\/?u\//, "");
  const subreddit = requireOption("reddit", config, "subreddit", "django (without r/)").replace(/^\/?r\//, "");
  const auth = (config.server ?? "https://www.reddit.com").replace(/\/+$/, "");
  const api = (config.server ?? "https://oauth.reddit.com").replace(/\/+$/, "");
  const resubmit = config.options.resubmit === true || config.options.resubmit === "true";
  const flairId = config.options.flair_id === void 0 ? void 0 : String(config.options.flair_id);
  const flairText = config.options.flair_text === void 0 ? void 0 : String(config.options.flair_text);
  let token;
  async function accessToken(ctx) {
    const basic = Buffer.from(`${secrets.REDDIT_CLIENT_ID}:${secrets.REDDIT_CLIENT_SECRET}`).toString("base64");
    const form = new URLSearchParams({ grant_type: "password", username: user, password: secrets.REDDIT_PASSWORD });
    const { data } = await sendRequest(
      "reddit",
      ctx,
      {
        method: "POST",
        url: `${auth}/api/v1/access_token`,
        headers: { authorization: `Basic ${basic}`, "user-agent": userAgent(user) },
        body: form
      },
      redditMessage
    );
    if (!data.access_token) {
      throw new PlatformError("reddit", `no access token: ${data.error ?? "no reason given"}`, {
        hint: 'Check REDDIT_CLIENT_ID / REDDIT_CLIENT_SECRET (a "script" app) and REDDIT_USERNAME / REDDIT_PASSWORD (docs/credentials.md).'
      });
    }
    return data.access_token;
  }
  async function call(ctx, method, path, form) {
    token ??= accessToken(ctx).catch((error) => {
      token = void 0;
      throw error;
    });
    const headers = { authorization: `Bearer ${await token}`, "user-agent": userAgent(user) };
    return (await sendRequest("reddit", ctx, { method, url: `${api}${path}`, headers, ...form ? { body: form } : {} }, redditMessage)).data;
  }
  const live = (s) => ({
    index: 0,
    id: s.id,
    url: s.permalink ? `https://www.reddit.com${s.permalink}` : s.url ?? `https://www.reddit.com/comments/${s.id}/`
  });
  const adapter = {
    id: "reddit",
    async publishPart(request, ctx) {
      refuseMedia(request);
      const form = new URLSearchParams(submitFields(request, subreddit, { resubmit, flairId, flairText }));
      const answer = await call(
        ctx,
        "POST",
        "/api/submit",
        form
      );
      const errors = answer.json?.errors ?? [];
      if (errors.length > 0 || !answer.json?.data) {
        const message = redditMessage(answer) ?? "no post id in the answer";
        throw new PlatformError("reddit", `r/${subreddit} refused the post: ${message}`, { hint: hintFor(message) });
      }
      const { id, url } = answer.json.data;
      return live({ id, url });
    },
    async findPart(request, ctx) {
      const want = submitFields(request, subreddit, {});
      const listing = await call(
        ctx,
        "GET",
        `/user/${encodeURIComponent(user)}/submitted?sort=new&limit=${LISTING_LIMIT}&raw_json=1`
      );
      const found = listing.data.children.map((c) => c.data).find(
        (s) => s.subreddit.toLowerCase() === subreddit.toLowerCase() && s.title === want.title && (want.kind === "link" ? s.url === want.url : (s.selftext ?? "") === want.text)
      );
      return found ? live(found) : void 0;
    },
    describe(request) {
      return [{ method: "POST", url: `${api}/api/submit`, body: submitFields(request, subreddit, { resubmit, flairId, flairText }) }];
    }
  };
  return adapter;
};
function refuseMedia(request) {
  if (request.part.media.length === 0) return;
  throw new PlatformError("reddit", `${request.rendition.file}: Herald posts text and links to Reddit, not media`, {
    hint: "Link to the image instead, or leave the media out of the Reddit version (overrides.reddit)."
  });
}
function submitFields(request, sr, extra) {
  const text = request.part.text.trim();
  const link = /^https?:\/\/\S+$/.test(text) ? text : void 0;
  return {
    api_type: "json",
    sr,
    title: titleOf(request, TITLE_MAX),
    ...link ? { kind: "link", url: link } : { kind: "self", text: request.part.text },
    ...extra.resubmit !== void 0 ? { resubmit: String(extra.resubmit) } : {},
    ...extra.flairId ? { flair_id: extra.flairId } : {},
    ...extra.flairText ? { flair_text: extra.flairText } : {}
  };
}
function hintFor(message) {
  if (message.startsWith("ALREADY_SUB"))
    return "That link was already posted to the subreddit: set platforms.reddit.resubmit: true to post it again.";
  if (message.includes("FLAIR")) return "The subreddit requires a flair: set platforms.reddit.flair_id (its moderators list the ids).";
  if (message.includes("RATELIMIT")) return "Reddit limits how often a new or low-karma account posts; wait and re-run.";
  return void 0;
}
export {
  createRedditAdapter,
  redditMessage
};
