import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  GRAPH_VERSION
} from "./chunk-MDSWHSJM.js";
import {
  requireOption
} from "./chunk-VHENPS65.js";
import {
  publicUrl
} from "./chunk-52ASGFMZ.js";
import {
  graphApi
} from "./chunk-EPOFPK5W.js";
import {
  mimeType
} from "./chunk-GY2EDSYG.js";
import "./chunk-GS5P5XJH.js";
import {
  requireCredentials
} from "./chunk-HW6NH4IV.js";
import {
  HeraldError,
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/instagram.ts
var DEFAULT_SERVER = "https://graph.facebook.com";
var CAROUSEL_MAX = 10;
function instagramAdapterFactory(timing = { pollIntervalMs: 3e3, pollAttempts: 60 }) {
  return (config, env) => buildInstagramAdapter(config, requireCredentials("instagram", env).INSTAGRAM_ACCESS_TOKEN, timing);
}
var createInstagramAdapter = instagramAdapterFactory();
function buildInstagramAdapter(config, token, timing) {
  const user = requireOption("instagram", config, "user", '"17841400000000000" (the Instagram professional account id)');
  const base = mediaBase(config);
  const api = graphApi(
    "instagram",
    `${(config.server ?? DEFAULT_SERVER).replace(/\/+$/, "")}/${GRAPH_VERSION}`,
    token,
    "INSTAGRAM_ACCESS_TOKEN"
  );
  const create = async (ctx, form) => (await api.call(ctx, { method: "POST", path: `${user}/media`, form })).id;
  async function ready(ctx, id, where) {
    for (let attempt = 0; attempt < timing.pollAttempts; attempt++) {
      const { status_code: status } = await api.call(ctx, {
        method: "GET",
        path: id,
        query: { fields: "status_code" }
      });
      if (status === "FINISHED") return;
      if (status === "ERROR" || status === "EXPIRED") {
        throw new PlatformError("instagram", `${where}: Instagram could not prepare the post (container ${status})`, {
          hint: "Check that every image URL answers publicly with a JPEG."
        });
      }
      if (attempt + 1 < timing.pollAttempts) await new Promise((resolve) => setTimeout(resolve, timing.pollIntervalMs));
    }
    throw new PlatformError("instagram", `${where}: the container was still being processed`, {
      retryable: true,
      hint: "Nothing was published; a retry starts over."
    });
  }
  async function requireQuota(ctx, where) {
    const { data } = await api.call(ctx, {
      method: "GET",
      path: `${user}/content_publishing_limit`,
      query: { fields: "quota_usage,config" }
    });
    const usage = data?.[0]?.quota_usage ?? 0;
    const total = data?.[0]?.config?.quota_total ?? 50;
    if (usage >= total) {
      throw new PlatformError("instagram", `${where}: the account has published ${usage} of its ${total} API posts in the last 24 hours`, {
        hint: "Instagram allows 50 posts through the API per 24 hours; re-run the publish job tomorrow (herald publish --retry)."
      });
    }
  }
  const live = async (ctx, id) => {
    const { permalink } = await api.call(ctx, { method: "GET", path: id, query: { fields: "permalink" } });
    return { index: 0, id, url: permalink ?? `https://www.instagram.com/` };
  };
  const adapter = {
    id: "instagram",
    async publishPart(request, ctx) {
      const where = request.rendition.file;
      const images = imagesOf(request, base);
      await requireQuota(ctx, where);
      const caption = request.part.text || void 0;
      let container;
      if (images.length === 1) {
        container = await create(ctx, { image_url: images[0].url, caption, alt_text: images[0].alt || void 0 });
      } else {
        const children = [];
        for (const image of images)
          children.push(await create(ctx, { image_url: image.url, is_carousel_item: "true", alt_text: image.alt || void 0 }));
        for (const child of children) await ready(ctx, child, where);
        container = await create(ctx, { media_type: "CAROUSEL", children: children.join(","), caption });
      }
      await ready(ctx, container, where);
      const published = await api.call(ctx, {
        method: "POST",
        path: `${user}/media_publish`,
        form: { creation_id: container }
      });
      return live(ctx, published.id);
    },
    async findPart(request, ctx) {
      const found = await api.find(
        ctx,
        `${user}/media`,
        "id,caption,permalink",
        (m) => (m.caption ?? "") === request.part.text
      );
      return found ? { index: 0, id: found.id, url: found.permalink ?? "https://www.instagram.com/" } : void 0;
    },
    describe(request) {
      const url = (media2) => base ? publicUrl(base, media2.path) : `<no public URL for ${media2.path}: set platforms.instagram.media_base_url>`;
      const media = request.part.media;
      const endpoint = `${api.base}/${user}/media`;
      const caption = request.part.text || void 0;
      const containers = media.length <= 1 ? [
        {
          method: "POST",
          url: endpoint,
          body: { image_url: media[0] ? url(media[0]) : "<no image: Instagram needs one>", caption, alt_text: media[0]?.alt }
        }
      ] : [
        ...media.map((m) => ({
          method: "POST",
          url: endpoint,
          body: { image_url: url(m), is_carousel_item: true, alt_text: m.alt }
        })),
        {
          method: "POST",
          url: endpoint,
          body: { media_type: "CAROUSEL", children: media.map((_, i) => `<container ${i + 1}>`).join(","), caption }
        }
      ];
      return [...containers, { method: "POST", url: `${api.base}/${user}/media_publish`, body: { creation_id: "<container>" } }];
    }
  };
  return adapter;
}
function mediaBase(config) {
  const value = config.options.media_base_url;
  if (value === void 0 || value === "") return void 0;
  const text = String(value).trim();
  if (!/^https?:$/.test(URL.parse(text)?.protocol ?? "")) {
    throw new HeraldError(`instagram: platforms.instagram.media_base_url is not an http(s) URL: ${text.slice(0, 80)}`, {
      hint: "Use the public raw address of the repository, e.g. https://raw.githubusercontent.com/ORG/REPO/main/"
    });
  }
  return text;
}
function imagesOf(request, base) {
  const where = request.rendition.file;
  const media = request.part.media;
  if (media.length === 0)
    throw new PlatformError("instagram", `${where}: an Instagram post needs an image, and this post has none`, {
      hint: "Add a JPEG image, or leave instagram out of its platforms."
    });
  if (media.length > CAROUSEL_MAX)
    throw new PlatformError("instagram", `${where}: ${media.length} images; a carousel holds at most ${CAROUSEL_MAX}`);
  if (base === void 0) {
    throw new PlatformError("instagram", `${where}: Instagram fetches images from a public URL, and no media_base_url is configured`, {
      hint: "Set platforms.instagram.media_base_url to the public raw address of the repository (e.g. https://raw.githubusercontent.com/ORG/REPO/main/)."
    });
  }
  for (const m of media) {
    if (m.kind !== "image" || mimeType(m.path) !== "image/jpeg") {
      throw new PlatformError("instagram", `${where}: ${m.path}: Instagram's API takes JPEG images only`, {
        hint: "Convert the image to JPEG (.jpg)."
      });
    }
  }
  return media.map((m) => ({ url: publicUrl(base, m.path), alt: m.alt }));
}
export {
  createInstagramAdapter,
  instagramAdapterFactory
};
