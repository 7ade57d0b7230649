import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  requireOption,
  titleOf
} from "./chunk-VHENPS65.js";
import {
  mimeType,
  readMediaFile
} from "./chunk-GY2EDSYG.js";
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

// src/platforms/reddit-media.ts
var UPLOAD_TYPES = ["image/png", "image/jpeg", "image/gif"];
var REDDIT_BUCKET = "https://reddit-uploaded-media.s3-accelerate.amazonaws.com/";
function imageOf(request) {
  const [media, ...more] = request.part.media;
  if (!media) return void 0;
  const where = request.rendition.file;
  if (more.length > 0)
    throw new PlatformError("reddit", `${where}: a Reddit image post takes one image, and this post has ${request.part.media.length}`, {
      hint: "Keep one image in the Reddit version (overrides.reddit)."
    });
  if (media.kind !== "image")
    throw new PlatformError("reddit", `${where}: ${media.path}: Herald posts images to Reddit, not a ${media.kind}`, {
      hint: "Leave the video out of the Reddit version (overrides.reddit) and post it by hand."
    });
  if (!UPLOAD_TYPES.includes(mimeType(media.path)))
    throw new PlatformError("reddit", `${where}: ${media.path}: Reddit takes PNG, JPEG or GIF images`, {
      hint: "Convert the image to PNG or JPEG."
    });
  return media;
}
async function uploadImage(ctx, media, api, lease) {
  const file = await readMediaFile(media, ctx);
  const { args } = await lease(new URLSearchParams({ filepath: file.name, mimetype: file.type }));
  const fields = args?.fields ?? [];
  const key = fields.find((f) => f.name === "key")?.value;
  if (!args?.action || !key) throw new PlatformError("reddit", `${media.path}: Reddit's upload lease has no address or key`);
  const action = args.action.startsWith("//") ? `${new URL(api).protocol}${args.action}` : args.action;
  const form = new FormData();
  for (const { name, value } of fields) form.append(name, value);
  form.append("file", file.blob, file.name);
  const { data } = await sendRequest(
    "reddit",
    ctx,
    { method: "POST", url: action, body: form },
    (body) => typeof body === "string" ? /<Message>([^<]*)<\/Message>/.exec(body)?.[1] : void 0
  );
  const location = typeof data === "string" ? /<Location>([^<]+)<\/Location>/.exec(data)?.[1] : void 0;
  return location ?? `${action.replace(/\/+$/, "")}/${key}`;
}

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
var createRedditAdapter = (config, env) => buildRedditAdapter(config, env);
function redditAdapterFactory(timing) {
  return (config, env) => buildRedditAdapter(config, env, timing);
}
function buildRedditAdapter(config, env, timing = { imageReads: 10, imageReadIntervalMs: 3e3 }) {
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
      const image = imageOf(request);
      const url = image ? await uploadImage(ctx, image, api, (form2) => call(ctx, "POST", "/api/media/asset.json", form2)) : void 0;
      const form = new URLSearchParams(submitFields(request, subreddit, { resubmit, flairId, flairText }, url));
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
      if (!image) return live(answer.json.data);
      const found = await adapter.findPart(request, ctx);
      if (found) return found;
      throw new PlatformError("reddit", `r/${subreddit} took the image post but it is not among u/${user}'s posts yet`, {
        hint: "Reddit may still be processing the image; a re-run (herald publish --retry) looks for it before posting again."
      });
    },
    // An image post shows among the account's posts only once Reddit has processed the image, which
    // may still be under way after a crash right after the submit: it is looked for several times.
    async findPart(request, ctx) {
      const image = imageOf(request) !== void 0;
      const want = submitFields(request, subreddit, {}, image ? "" : void 0);
      for (let read = 0; read < (image ? timing.imageReads : 1); read++) {
        if (read > 0) await new Promise((resolve) => setTimeout(resolve, timing.imageReadIntervalMs));
        const listing = await call(
          ctx,
          "GET",
          `/user/${encodeURIComponent(user)}/submitted?sort=new&limit=${LISTING_LIMIT}&raw_json=1`
        );
        const found = listing.data.children.map((c) => c.data).find(
          (s) => s.subreddit.toLowerCase() === subreddit.toLowerCase() && s.title === want.title && (want.kind === "link" ? s.url === want.url : sameKind(s, want.kind) && (s.selftext ?? "") === (want.text ?? ""))
        );
        if (found) return live(found);
      }
      return void 0;
    },
    // POST /api/editusertext replaces a text post's body (the title cannot change). Recovery sends the
    // edit again: editusertext sets the body, so the same text twice leaves the post as one edit left it.
    async editPart(request, ctx) {
      const fields = submitFields({ ...request, key: "" }, subreddit, {});
      if (fields["kind"] !== "self") {
        throw new PlatformError("reddit", `${request.rendition.file}: a Reddit link post cannot be edited`, {
          hint: "Leave reddit out of the post's platforms to leave it as it is, or take it down (retract: true) and publish a new post."
        });
      }
      const form = new URLSearchParams({ api_type: "json", thing_id: `t3_${request.live.id}`, text: fields["text"] });
      const answer = await call(ctx, "POST", "/api/editusertext", form);
      if ((answer.json?.errors ?? []).length > 0)
        throw new PlatformError("reddit", `Reddit refused the edit: ${redditMessage(answer) ?? "unknown error"}`);
      return "edited";
    },
    // POST /api/del answers 200 whether or not the post is still there: a repeat is harmless.
    async deletePart(live2, ctx) {
      await call(ctx, "POST", "/api/del", new URLSearchParams({ id: `t3_${live2.id}` }));
      return "deleted";
    },
    describe(request) {
      const image = request.part.media[0];
      const uploads = image ? [
        { method: "POST", url: `${api}/api/media/asset.json`, body: { filepath: image.path, mimetype: mimeType(image.path) } },
        { method: "POST", url: REDDIT_BUCKET, body: { file: image.path, fields: "<the upload lease's fields>" } }
      ] : [];
      const url = image ? `<the uploaded ${image.path}>` : void 0;
      return [
        ...uploads,
        { method: "POST", url: `${api}/api/submit`, body: submitFields(request, subreddit, { resubmit, flairId, flairText }, url) }
      ];
    }
  };
  return adapter;
}
var sameKind = (s, kind) => kind === "image" ? s.post_hint === "image" || s.is_reddit_media_domain === true : s.is_self === true;
function submitFields(request, sr, extra, image) {
  const text = request.part.text.trim();
  const link = image === void 0 && /^https?:\/\/\S+$/.test(text) ? text : void 0;
  const kind = image !== void 0 ? { kind: "image", url: image, ...text ? { text: request.part.text } : {} } : link ? { kind: "link", url: link } : { kind: "self", text: request.part.text };
  return {
    api_type: "json",
    sr,
    title: titleOf(request, TITLE_MAX),
    ...kind,
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
  redditAdapterFactory,
  redditMessage
};
