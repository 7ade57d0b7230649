import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  firstUrl,
  requireOption,
  titleOf
} from "./chunk-VHENPS65.js";
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

// src/platforms/pinterest.ts
var DEFAULT_SERVER = "https://api.pinterest.com";
var TITLE_MAX = 100;
var PAGE_SIZE = 100;
var MAX_PAGES = 3;
var IMAGE_TYPES = ["image/jpeg", "image/png"];
function pinterestMessage(body) {
  const message = firstString(body, "message");
  const code = body?.code;
  return message && typeof code === "number" ? `${message} (code ${code})` : message;
}
var createPinterestAdapter = (config, env) => {
  const token = requireCredentials("pinterest", env).PINTEREST_ACCESS_TOKEN;
  const board = requireOption("pinterest", config, "board", '"1234567890123456789" (the board id: GET /v5/boards lists them)');
  const api = `${(config.server ?? DEFAULT_SERVER).replace(/\/+$/, "")}/v5`;
  const site = config.server ? config.server.replace(/\/+$/, "") : "https://www.pinterest.com";
  const call = async (ctx, request) => (await sendRequest(
    "pinterest",
    ctx,
    { ...request, url: `${api}${request.path}`, headers: { authorization: `Bearer ${token}` } },
    pinterestMessage
  )).data;
  const live = (pin) => ({ index: 0, id: pin.id, url: `${site}/pin/${pin.id}/` });
  const adapter = {
    id: "pinterest",
    async publishPart(request, ctx) {
      const media = imageOf(request);
      const file = await readMediaFile(media, ctx);
      const data = Buffer.from(file.bytes).toString("base64");
      const body = { ...pinFields(request, board), media_source: { source_type: "image_base64", content_type: file.type, data } };
      return live(await call(ctx, { method: "POST", path: "/pins", json: body }));
    },
    async findPart(request, ctx) {
      const want = pinFields(request, board);
      let bookmark;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({ page_size: String(PAGE_SIZE), ...bookmark ? { bookmark } : {} });
        const listed = await call(ctx, {
          method: "GET",
          path: `/boards/${board}/pins?${query}`
        });
        const pin = listed.items.find(
          (p) => (p.title ?? "") === want.title && (p.description ?? "") === want.description && (p.link ?? void 0) === want.link
        );
        if (pin) return live(pin);
        if (!listed.bookmark) return void 0;
        bookmark = listed.bookmark;
      }
      return void 0;
    },
    // PATCH /v5/pins/{id} with the title, description and link the corrected post gives (the image
    // stays; alt text too unless the post sets one). Setting the same fields again is harmless, so a
    // recovered edit is simply sent again.
    async editPart(request, ctx) {
      const { title, description, link, alt_text: alt } = pinFields({ ...request, key: "" }, board);
      const body = { title, description, link: link ?? null, ...alt ? { alt_text: alt } : {} };
      await call(ctx, { method: "PATCH", path: `/pins/${request.live.id}`, json: body });
      return "edited";
    },
    async deletePart(live2, ctx) {
      try {
        await call(ctx, { method: "DELETE", path: `/pins/${live2.id}` });
        return "deleted";
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return "gone";
        throw error;
      }
    },
    describe(request) {
      const media = request.part.media[0];
      return [
        {
          method: "POST",
          url: `${api}/pins`,
          body: {
            ...pinFields(request, board),
            media_source: { source_type: "image_base64", image: media ? describeMedia(media) : "<no image: Pinterest needs one>" }
          }
        }
      ];
    }
  };
  return adapter;
};
function pinFields(request, board) {
  const link = firstUrl(request.part.text);
  const alt = request.part.media[0]?.alt;
  return {
    board_id: board,
    title: titleOf(request, TITLE_MAX),
    description: request.part.text,
    ...link ? { link } : {},
    ...alt ? { alt_text: alt } : {}
  };
}
function imageOf(request) {
  const [media, ...more] = request.part.media;
  const where = `${request.rendition.file}`;
  if (!media || media.kind !== "image") {
    throw new PlatformError("pinterest", `${where}: a pin needs an image, and this post has ${media ? `a ${media.kind}` : "none"}`, {
      hint: "Add an image (JPEG or PNG) to the post, or leave pinterest out of its platforms."
    });
  }
  if (more.length > 0)
    throw new PlatformError("pinterest", `${where}: a pin takes one image, and this post has ${request.part.media.length}`);
  if (!IMAGE_TYPES.includes(mimeType(media.path))) {
    throw new PlatformError("pinterest", `${where}: Pinterest takes JPEG or PNG images, not ${media.path}`, {
      hint: "Convert the image to JPEG or PNG."
    });
  }
  return media;
}
export {
  createPinterestAdapter,
  pinterestMessage
};
