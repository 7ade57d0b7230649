import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  firstUrl,
  requireOption
} from "./chunk-VHENPS65.js";
import {
  graphApi,
  graphGone
} from "./chunk-EPOFPK5W.js";
import {
  describeMedia,
  readMediaFile
} from "./chunk-GY2EDSYG.js";
import {
  requireCredentials
} from "./chunk-HW6NH4IV.js";
import {
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/facebook.ts
var GRAPH_VERSION = "v25.0";
var DEFAULT_SERVER = "https://graph.facebook.com";
var createFacebookAdapter = (config, env) => {
  const token = requireCredentials("facebook", env).FACEBOOK_PAGE_ACCESS_TOKEN;
  const page = requireOption("facebook", config, "page", `"104876543210987" (the Page id, in the Page's About \u2192 Page transparency)`);
  const server = (config.server ?? DEFAULT_SERVER).replace(/\/+$/, "");
  const api = graphApi("facebook", `${server}/${GRAPH_VERSION}`, token, "FACEBOOK_PAGE_ACCESS_TOKEN");
  const site = config.server ? server : "https://www.facebook.com";
  const live = (id) => ({ index: 0, id, url: `${site}/${id}` });
  async function uploadPhotos(request, ctx) {
    const ids = [];
    for (const media of request.part.media) {
      if (media.kind !== "image") {
        throw new PlatformError("facebook", `${request.rendition.file}: ${media.path}: Herald posts photos to a Page, not videos`, {
          hint: "Leave the video out of the Facebook version (overrides.facebook) and post it by hand."
        });
      }
      const file = await readMediaFile(media, ctx);
      const form = new FormData();
      form.append("published", "false");
      if (media.alt) form.append("alt_text_custom", media.alt);
      form.append("source", file.blob, file.name);
      ids.push((await api.call(ctx, { method: "POST", path: `${page}/photos`, multipart: form })).id);
    }
    return ids;
  }
  const adapter = {
    id: "facebook",
    async publishPart(request, ctx) {
      const photos = await uploadPhotos(request, ctx);
      const posted = await api.call(ctx, { method: "POST", path: `${page}/feed`, form: feedFields(request, photos) });
      return live(posted.id);
    },
    async findPart(request, ctx) {
      const found = await api.find(
        ctx,
        `${page}/published_posts`,
        "id,message",
        (p) => (p.message ?? "") === request.part.text
      );
      return found ? live(found.id) : void 0;
    },
    // POST /{page-post-id} with `message` replaces the text (photos stay). The message is read back first:
    // unchanged text, or an edit a crashed run already sent, is not sent again.
    async editPart(request, ctx) {
      const current = await api.call(ctx, { method: "GET", path: request.live.id, query: { fields: "message" } });
      if ((current.message ?? "") === request.part.text) return "unchanged";
      await api.call(ctx, { method: "POST", path: request.live.id, form: { message: request.part.text } });
      return "edited";
    },
    async deletePart(live2, ctx) {
      try {
        await api.call(ctx, { method: "DELETE", path: live2.id });
        return "deleted";
      } catch (error) {
        if (graphGone(error)) return "gone";
        throw error;
      }
    },
    describe(request) {
      const uploads = request.part.media.map((media) => ({
        method: "POST",
        url: `${api.base}/${page}/photos`,
        body: { published: false, ...media.alt ? { alt_text_custom: media.alt } : {}, source: describeMedia(media) }
      }));
      const placeholders = request.part.media.map((_, i) => `<photo ${i + 1}>`);
      return [...uploads, { method: "POST", url: `${api.base}/${page}/feed`, body: feedFields(request, placeholders) }];
    },
    async metrics(part, ctx) {
      const post = await api.call(ctx, {
        method: "GET",
        path: part.id,
        query: { fields: "reactions.summary(true).limit(0),shares,comments.summary(true).limit(0)" }
      });
      return {
        likes: post.reactions?.summary?.total_count ?? 0,
        reposts: post.shares?.count ?? 0,
        replies: post.comments?.summary?.total_count ?? 0
      };
    }
  };
  return adapter;
};
function feedFields(request, photos) {
  const fields = { message: request.part.text };
  photos.forEach((id, i) => fields[`attached_media[${i}]`] = JSON.stringify({ media_fbid: id }));
  const link = photos.length === 0 ? firstUrl(request.part.text) : void 0;
  if (link) fields["link"] = link;
  return fields;
}

export {
  GRAPH_VERSION,
  createFacebookAdapter
};
