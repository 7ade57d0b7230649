import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/threads/containers.ts
var IMAGE_TYPES = /\.(jpe?g|png)$/i;
var VIDEO_TYPES = /\.(mp4|mov)$/i;
var CAROUSEL_MAX = 20;
function publicUrl(base, path) {
  const root = base.endsWith("/") ? base : `${base}/`;
  return new URL(path.split("/").map(encodeURIComponent).join("/"), root).toString();
}
function mediaProblem(request, media, base) {
  const where = `${request.rendition.file} (part ${request.index + 1}, ${media.path})`;
  if (base === void 0) {
    return new PlatformError("threads", `${where}: Threads fetches media from a public URL, and no media_base_url is configured`, {
      hint: "Set platforms.threads.media_base_url in .github/herald.yml to the public raw address of the repository (e.g. https://raw.githubusercontent.com/ORG/REPO/main/), or leave media out of the Threads version (overrides.threads)."
    });
  }
  const fits = media.kind === "video" ? VIDEO_TYPES.test(media.path) : media.kind === "image" && IMAGE_TYPES.test(media.path);
  if (!fits) {
    return new PlatformError("threads", `${where}: Threads takes JPEG or PNG images and MP4 or MOV videos only`, {
      hint: "Convert the file, or leave it out of the Threads version of the post (overrides.threads)."
    });
  }
  return void 0;
}
function mediaFields(media, url) {
  const video = media.kind === "video";
  return {
    media_type: video ? "VIDEO" : "IMAGE",
    [video ? "video_url" : "image_url"]: url,
    alt_text: media.alt || void 0
  };
}
function partForms(request, targets, url) {
  const { part } = request;
  const common = {
    text: part.text === "" ? void 0 : part.text,
    reply_to_id: targets.replyTo,
    quote_post_id: targets.quote,
    text_entities: spoilerEntities(request),
    poll_attachment: pollAttachment(request)
  };
  const hidden = request.rendition.spoiler ? { is_spoiler_media: "true" } : {};
  const [only] = part.media;
  if (part.media.length === 0) return { items: [], post: () => ({ media_type: "TEXT", ...common }) };
  if (part.media.length === 1 && only) return { items: [], post: () => ({ ...mediaFields(only, url(only.path)), ...common, ...hidden }) };
  return {
    items: part.media.map((media) => ({ ...mediaFields(media, url(media.path)), is_carousel_item: "true" })),
    post: (children) => ({ media_type: "CAROUSEL", children: children.join(","), ...common, ...hidden })
  };
}
function pollAttachment(request) {
  const poll = request.index === 0 ? request.rendition.poll : void 0;
  if (!poll) return void 0;
  return JSON.stringify(Object.fromEntries(poll.options.map((option, i) => [`option_${"abcd"[i]}`, option])));
}
function spoilerEntities(request) {
  const { spoiler } = request.rendition;
  if (!spoiler) return void 0;
  const from = request.index === 0 ? spoiler.firstPartFrom : 0;
  const hidden = request.part.text.slice(from);
  if (hidden.trim() === "") return void 0;
  return JSON.stringify([{ entity_type: "SPOILER", offset: [...request.part.text.slice(0, from)].length, length: [...hidden].length }]);
}

export {
  CAROUSEL_MAX,
  publicUrl,
  mediaProblem,
  partForms
};
