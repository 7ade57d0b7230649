import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  describeMedia,
  mimeType,
  readMediaFile
} from "./chunk-GY2EDSYG.js";
import {
  firstString,
  sendRequest
} from "./chunk-GS5P5XJH.js";
import {
  requireCredentials
} from "./chunk-HW6NH4IV.js";
import {
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/oauth1.ts
import { createHmac, randomBytes } from "node:crypto";
function percentEncode(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function oauthSignature(method, url, params, consumerSecret, tokenSecret) {
  const parsed = new URL(url);
  const all = [...params, ...parsed.searchParams.entries()];
  const normalized = all.map(([k, v]) => [percentEncode(k), percentEncode(v)]).sort(([ak, av], [bk, bv]) => ak === bk ? av < bv ? -1 : 1 : ak < bk ? -1 : 1).map(([k, v]) => `${k}=${v}`).join("&");
  const baseUrl = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  const base = [method.toUpperCase(), percentEncode(baseUrl), percentEncode(normalized)].join("&");
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac("sha1", key).update(base).digest("base64");
}
function oauthHeader(method, url, keys, fixed = {}) {
  const oauth = [
    ["oauth_consumer_key", keys.consumerKey],
    ["oauth_nonce", fixed.nonce ?? randomBytes(16).toString("hex")],
    ["oauth_signature_method", "HMAC-SHA1"],
    ["oauth_timestamp", fixed.timestamp ?? String(Math.floor(Date.now() / 1e3))],
    ["oauth_token", keys.token],
    ["oauth_version", "1.0"]
  ];
  const signature = oauthSignature(method, url, oauth, keys.consumerSecret, keys.tokenSecret);
  const all = [...oauth, ["oauth_signature", signature]];
  return `OAuth ${all.map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`).join(", ")}`;
}

// src/platforms/x-media.ts
import { setTimeout as sleep } from "node:timers/promises";
var MB = 1024 * 1024;
var X_MEDIA = {
  imageBytes: 5 * MB,
  gifBytes: 15 * MB,
  /** A post's video for accounts without X Premium (16 GB with Premium). */
  videoBytes: 8 * 1024 * MB,
  /** X asks for segments of at most 5 MB; its server takes up to 8 MB. */
  segmentBytes: 4 * MB,
  maxSegmentBytes: 8 * MB,
  /** segment_index runs from 0 to 999. */
  maxSegments: 1e3,
  /** Processing is waited for at most this many status polls and seconds, then reported. */
  maxPolls: 60,
  maxWaitSeconds: 900
};
function maxBytes(kind) {
  if (kind === "image") return X_MEDIA.imageBytes;
  if (kind === "gif") return X_MEDIA.gifBytes;
  return Math.min(X_MEDIA.videoBytes, X_MEDIA.maxSegments * X_MEDIA.maxSegmentBytes);
}
var LIMIT_FOR = {
  image: "an image",
  gif: "an animated GIF",
  video: "a video sent through its API (1,000 segments of at most 8 MB; X's own cap for a post's video is 8 GB, 16 GB with X Premium)"
};
function tooLarge(media, size) {
  const max = maxBytes(media.kind);
  if (size <= max) return void 0;
  const exact = formatBytes(size) === formatBytes(max);
  const [is, limit] = exact ? [size, max].map((n) => `${n.toLocaleString("en-US")} bytes`) : [formatBytes(size), formatBytes(max)];
  return new PlatformError("x", `${media.path} is ${is}, and X takes at most ${limit} for ${LIMIT_FOR[media.kind]}`, {
    hint: media.kind === "video" ? "Shorten or re-encode the video (H.264 with AAC audio, 1280\xD7720), or leave it out of the X version with an override." : "Make the file smaller, or leave it out of the X version with an override."
  });
}
function formatBytes(bytes) {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${bytes} bytes`;
}
function usesChunks(media) {
  return media.kind !== "image";
}
function categoryOf(media) {
  return media.kind === "video" ? "tweet_video" : media.kind === "gif" ? "tweet_gif" : "tweet_image";
}
function segmentSize(totalBytes) {
  return Math.max(X_MEDIA.segmentBytes, Math.ceil(totalBytes / X_MEDIA.maxSegments));
}
async function uploadToX(media, api, send, ctx) {
  const known = ctx.mediaSize ? await ctx.mediaSize(media.path) : void 0;
  const early = known === void 0 ? void 0 : tooLarge(media, known);
  if (early) throw early;
  const file = await readMediaFile(media, ctx);
  const late = tooLarge(media, file.bytes.length);
  if (late) throw late;
  if (!usesChunks(media)) {
    const form = new FormData();
    form.append("media", file.blob, file.name);
    form.append("media_category", categoryOf(media));
    return (await send({ method: "POST", url: `${api}/2/media/upload`, body: form })).data.id;
  }
  return uploadInSegments(file, api, send, ctx);
}
async function uploadInSegments(file, api, send, ctx) {
  const total = file.bytes.length;
  const json = { media_type: file.type, total_bytes: total, media_category: categoryOf(file.media) };
  const { data } = await send({ method: "POST", url: `${api}/2/media/upload/initialize`, json });
  if (!data?.id)
    throw new PlatformError("x", `${file.media.path}: X started no upload session (no media id in its answer)`, { retryable: true });
  const id = data.id;
  const size = segmentSize(total);
  for (let index = 0; index * size < total; index += 1) {
    const segment = file.bytes.subarray(index * size, Math.min(total, (index + 1) * size));
    const form = new FormData();
    form.append("segment_index", String(index));
    form.append("media", new Blob([segment], { type: "application/octet-stream" }), file.name);
    await send({ method: "POST", url: `${api}/2/media/upload/${id}/append`, body: form });
  }
  const finalized = await send({ method: "POST", url: `${api}/2/media/upload/${id}/finalize` });
  await waitForProcessing(file.media, id, finalized.data?.processing_info, api, send, ctx);
  return id;
}
async function waitForProcessing(media, id, first, api, send, ctx) {
  let info = first;
  let waited = 0;
  for (let polls = 0; info && info.state !== "succeeded"; polls += 1) {
    if (info.state === "failed") throw processingFailed(media, info);
    if (polls >= X_MEDIA.maxPolls || waited >= X_MEDIA.maxWaitSeconds) {
      throw new PlatformError("x", `${media.path}: X was still processing the ${media.kind} after ${polls} status checks (${waited} s)`, {
        hint: "Nothing was posted. Re-run the publish workflow later: Herald uploads the file again and posts it once."
      });
    }
    const seconds = Math.min(60, Math.max(0, info.check_after_secs ?? 1));
    if (seconds > 0) await sleep(seconds * 1e3, void 0, { signal: ctx.signal });
    waited += seconds;
    const status = await send({ method: "GET", url: `${api}/2/media/upload?command=STATUS&media_id=${id}` });
    info = status.data?.processing_info;
  }
}
function processingFailed(media, info) {
  const reason = [info.error?.name, info.error?.message].filter(Boolean).join(": ") || "X gave no reason";
  return new PlatformError("x", `${media.path}: X could not process this ${media.kind} (${reason})`, {
    hint: media.kind === "video" ? "Check the file against X's video requirements (docs/platforms.md, X: media): MP4 or MOV, H.264, AAC-LC audio, 0.5 s to 20 minutes, 32\xD732 to 1280\xD71024, at most 60 fps." : "Check the GIF against X's recommendations (docs/platforms.md, X: media): at most 1280\xD71080 and 350 frames."
  });
}
function describeUpload(media, api, ref) {
  const category = categoryOf(media);
  if (!usesChunks(media)) {
    return [{ method: "POST", url: `${api}/2/media/upload`, body: { media: describeMedia(media), media_category: category } }];
  }
  return [
    {
      method: "POST",
      url: `${api}/2/media/upload/initialize`,
      body: { media_type: mimeType(media.path), total_bytes: `<size of ${media.path}>`, media_category: category }
    },
    {
      method: "POST",
      url: `${api}/2/media/upload/${ref}/append`,
      body: { media: describeMedia(media), segment_index: `0, 1, \u2026 (one request per ${formatBytes(X_MEDIA.segmentBytes)} segment)` }
    },
    { method: "POST", url: `${api}/2/media/upload/${ref}/finalize` }
  ];
}

// src/platforms/x.ts
var RECENT_TWEETS = 20;
var URL_PATTERN = /https?:\/\/\S+/g;
function xMessage(body) {
  const errors = body?.errors;
  const listed = Array.isArray(errors) ? errors.map((e) => e.message).filter(Boolean).join("; ") : "";
  const detail = firstString(body, "detail", "title");
  return [detail, listed].filter(Boolean).join(": ") || void 0;
}
var createXAdapter = (config, env) => {
  const secrets = requireCredentials("x", env);
  const keys = {
    consumerKey: secrets.X_API_KEY,
    consumerSecret: secrets.X_API_SECRET,
    token: secrets.X_ACCESS_TOKEN,
    tokenSecret: secrets.X_ACCESS_TOKEN_SECRET
  };
  const api = (config.server ?? "https://api.x.com").replace(/\/+$/, "");
  let me;
  async function call(ctx, request) {
    const headers = { ...request.headers, authorization: oauthHeader(request.method, request.url, keys) };
    return (await sendRequest("x", ctx, { ...request, headers }, xMessage)).data;
  }
  const userId = (ctx) => me ??= call(ctx, { method: "GET", url: `${api}/2/users/me` }).then((r) => r.data.id);
  async function upload(media, ctx) {
    const id = await uploadToX(media, api, (request) => call(ctx, request), ctx);
    if (media.alt) await call(ctx, { method: "POST", url: `${api}/2/media/metadata`, json: altTextBody(id, media.alt) });
    return id;
  }
  const live = (index, id) => ({ index, id, url: tweetUrl(config.account, id) });
  return {
    id: "x",
    async publishPart(request, ctx) {
      const mediaIds = [];
      for (const media of request.part.media) mediaIds.push(await upload(media, ctx));
      const created = await call(ctx, {
        method: "POST",
        url: `${api}/2/tweets`,
        json: tweetBody(request, mediaIds)
      });
      return live(request.index, created.data.id);
    },
    async findPart(request, ctx) {
      const id = await userId(ctx);
      const url = `${api}/2/users/${id}/tweets?max_results=${RECENT_TWEETS}&tweet.fields=referenced_tweets`;
      const recent = await call(ctx, { method: "GET", url }).catch((error) => {
        if (error instanceof PlatformError && error.status === 403) {
          throw new PlatformError(
            "x",
            `cannot tell whether part ${request.index + 1} of ${request.rendition.postId} reached X before the interruption: reading the account's posts was refused (${error.message.replace(/^x: /, "")})`,
            {
              status: 403,
              hint: "Check the account by hand: if the post is there, record its link in the ledger; if not, retry. Recovery reads GET /2/users/:id/tweets, which needs an X API access tier that includes reading posts (docs/credentials.md)."
            }
          );
        }
        throw error;
      });
      const replyTo = replyTarget(request);
      const wanted = comparable(request.part.text);
      const found = (recent.data ?? []).find(
        (tweet) => comparable(tweet.text) === wanted && (tweet.referenced_tweets?.find((r) => r.type === "replied_to")?.id ?? void 0) === replyTo
      );
      return found ? live(request.index, found.id) : void 0;
    },
    // DELETE /2/tweets/:id answers { data: { deleted: true } }; a post already gone is a 404 or
    // deleted: false. Repeating it is harmless.
    async deletePart(live2, ctx) {
      try {
        const answer = await call(ctx, {
          method: "DELETE",
          url: `${api}/2/tweets/${live2.id}`
        });
        return answer.data?.deleted === true ? "deleted" : "gone";
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return "gone";
        throw error;
      }
    },
    async repost(url, _key, ctx) {
      const target = tweetIdFrom(url);
      await call(ctx, { method: "POST", url: `${api}/2/users/${await userId(ctx)}/retweets`, json: { tweet_id: target } });
      return { index: 0, id: target, url };
    },
    describe(request) {
      const uploads = request.part.media.flatMap((media, i) => [
        ...describeUpload(media, api, `<media ${i + 1}>`),
        ...media.alt ? [{ method: "POST", url: `${api}/2/media/metadata`, body: altTextBody(`<media ${i + 1}>`, media.alt) }] : []
      ]);
      const ids = request.part.media.map((_, i) => `<media ${i + 1}>`);
      return [...uploads, { method: "POST", url: `${api}/2/tweets`, body: tweetBody(request, ids) }];
    },
    async metrics(part, ctx) {
      const url = `${api}/2/tweets/${part.id}?tweet.fields=public_metrics`;
      const { data } = await call(ctx, { method: "GET", url });
      if (!data) throw new PlatformError("x", `post ${part.id} was not found (deleted, or not visible to this account)`, { status: 200 });
      const m = data.public_metrics;
      return { likes: m?.like_count, reposts: m?.retweet_count, replies: m?.reply_count };
    },
    async followers(ctx) {
      const url = `${api}/2/users/me?user.fields=public_metrics`;
      const { data } = await call(ctx, { method: "GET", url });
      return data.public_metrics.followers_count;
    }
  };
};
function altTextBody(id, alt) {
  return { id, metadata: { alt_text: { text: alt } } };
}
function replyTarget(request) {
  if (request.parent) return request.parent.id;
  if (request.index === 0 && request.rendition.replyTo) return tweetIdFrom(request.rendition.replyTo);
  return void 0;
}
function tweetBody(request, mediaIds) {
  const body = { text: request.part.text };
  const replyTo = replyTarget(request) ?? (request.index > 0 ? `<id of part ${request.index}>` : void 0);
  if (replyTo) body.reply = { in_reply_to_tweet_id: replyTo };
  if (request.index === 0 && request.rendition.quote) body.quote_tweet_id = tweetIdFrom(request.rendition.quote);
  const poll = request.index === 0 ? request.rendition.poll : void 0;
  if (poll) body.poll = { options: poll.options, duration_minutes: poll.hours * 60 };
  if (mediaIds.length > 0) body.media = { media_ids: mediaIds };
  return body;
}
function tweetIdFrom(url) {
  const id = /\/status(?:es)?\/(\d+)/.exec(url)?.[1] ?? (/^\d+$/.test(url) ? url : void 0);
  if (!id) throw new PlatformError("x", `${url} is not a post URL (expected https://x.com/<user>/status/<id>)`);
  return id;
}
function tweetUrl(account, id) {
  return account ? `https://x.com/${account.replace(/^@/, "")}/status/${id}` : `https://x.com/i/web/status/${id}`;
}
function comparable(text) {
  return text.replace(URL_PATTERN, "<link>").replace(/(\s*<link>)+$/, "").trim();
}
export {
  createXAdapter,
  xMessage
};
