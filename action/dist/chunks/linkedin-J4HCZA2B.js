import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  describeMedia,
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
  HeraldError,
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/linkedin-text.ts
var RESERVED = /[\\|{}@[\]()<>#*_~]/g;
var HASHTAG = /(^|[^\p{L}\p{N}_])#([\p{L}\p{N}_]+)/gu;
function toLittleText(text) {
  const pieces = [];
  let last = 0;
  for (const match of text.matchAll(HASHTAG)) {
    const start = match.index + match[1].length;
    pieces.push(escape(text.slice(last, start)), `{hashtag|\\#|${escape(match[2])}}`);
    last = start + 1 + match[2].length;
  }
  pieces.push(escape(text.slice(last)));
  return pieces.join("");
}
function escape(text) {
  return text.replace(RESERVED, (c) => `\\${c}`);
}

// src/platforms/linkedin.ts
var DEFAULT_VERSION = "202505";
function linkedinMessage(body) {
  return firstString(body, "message", "code");
}
var createLinkedInAdapter = (config, env) => {
  const token = requireCredentials("linkedin", env).LINKEDIN_ACCESS_TOKEN;
  const organization = config.options.organization ?? config.account;
  if (organization === void 0 || organization === "") {
    throw new HeraldError("linkedin: no organization configured", {
      hint: "Set platforms.linkedin.organization to the numeric id of the organization page (its admin URL shows it)."
    });
  }
  const author = String(organization).startsWith("urn:") ? String(organization) : `urn:li:organization:${organization}`;
  const api = (config.server ?? "https://api.linkedin.com").replace(/\/+$/, "");
  const version = String(config.options.api_version ?? DEFAULT_VERSION);
  async function call(ctx, request) {
    const headers = {
      authorization: `Bearer ${token}`,
      "linkedin-version": version,
      "x-restli-protocol-version": "2.0.0",
      ...request.headers
    };
    return sendRequest("linkedin", ctx, { ...request, headers }, linkedinMessage);
  }
  async function uploadImages(request, ctx) {
    const images = [];
    for (const media of request.part.media) {
      if (media.kind !== "image") throw new PlatformError("linkedin", `${media.path}: Herald uploads only images to LinkedIn`);
      const file = await readMediaFile(media, ctx);
      const init = await call(ctx, {
        method: "POST",
        url: `${api}/rest/images?action=initializeUpload`,
        json: { initializeUploadRequest: { owner: author } }
      });
      await call(ctx, { method: "PUT", url: init.data.value.uploadUrl, body: file.bytes, headers: { "content-type": file.type } });
      images.push(init.data.value.image);
    }
    return images;
  }
  const postUrl = (urn) => `https://www.linkedin.com/feed/update/${urn}/`;
  async function findComment(request, root, ctx) {
    const listed = await call(ctx, {
      method: "GET",
      url: `${api}/rest/socialActions/${encodeURIComponent(root.id)}/comments?count=100`
    });
    const found = listed.data.elements.find((c) => c.message?.text === request.part.text);
    return found ? commentPart(request.index, found.id, root) : void 0;
  }
  return {
    id: "linkedin",
    async publishPart(request, ctx) {
      if (request.index > 0) {
        const root = rootOf(request);
        if (request.part.media.length > 0) {
          throw new PlatformError("linkedin", "follow-up parts become comments, which Herald posts without media", {
            hint: "Move the media to the first part of the LinkedIn version of the post."
          });
        }
        const created2 = await call(ctx, {
          method: "POST",
          url: `${api}/rest/socialActions/${encodeURIComponent(root.id)}/comments`,
          json: commentBody(author, root.id, request.part.text)
        });
        return commentPart(request.index, created2.headers.get("x-restli-id") ?? created2.data.id ?? "", root);
      }
      const images = await uploadImages(request, ctx);
      const created = await call(ctx, { method: "POST", url: `${api}/rest/posts`, json: postBody(author, request, images) });
      const urn = created.headers.get("x-restli-id");
      if (!urn)
        throw new PlatformError("linkedin", "the post was created but LinkedIn sent no x-restli-id header", { status: created.status });
      return { index: 0, id: urn, url: postUrl(urn) };
    },
    async findPart(request, ctx) {
      if (request.index > 0) return findComment(request, rootOf(request), ctx);
      const url = `${api}/rest/posts?author=${encodeURIComponent(author)}&q=author&count=20&sortBy=LAST_MODIFIED`;
      const listed = await call(ctx, { method: "GET", url, headers: { "x-restli-method": "FINDER" } });
      const wanted = toLittleText(request.part.text);
      const found = listed.data.elements.find((post) => post.commentary === wanted);
      return found ? { index: 0, id: found.id, url: postUrl(found.id) } : void 0;
    },
    // The first part is a post: POST /rest/posts/{urn} with X-RestLi-Method: PARTIAL_UPDATE sets its
    // commentary; later parts are comments, updated the same way on their message. Either sets a
    // field to a value, so a recovered edit is simply sent again (the same text twice is one edit).
    async editPart(request, ctx) {
      const headers = { "x-restli-method": "PARTIAL_UPDATE" };
      const { live } = request;
      if (request.index === 0) {
        const json = { patch: { $set: { commentary: toLittleText(request.part.text) } } };
        await call(ctx, { method: "POST", url: `${api}/rest/posts/${encodeURIComponent(live.id)}`, headers, json });
      } else {
        const json = { patch: { message: { $set: { text: request.part.text } } } };
        await call(ctx, { method: "POST", url: commentUrl(api, live, author), headers, json });
      }
      return "edited";
    },
    async deletePart(live, ctx) {
      const url = live.ref?.root ? commentUrl(api, live, author) : `${api}/rest/posts/${encodeURIComponent(live.id)}`;
      try {
        await call(ctx, { method: "DELETE", url, headers: { "x-restli-method": "DELETE" } });
        return "deleted";
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return "gone";
        throw error;
      }
    },
    async repost(url, _key, ctx) {
      const parent = urnFrom(url);
      const created = await call(ctx, {
        method: "POST",
        url: `${api}/rest/posts`,
        json: { ...baseBody(author, ""), reshareContext: { parent } }
      });
      const urn = created.headers.get("x-restli-id") ?? parent;
      return { index: 0, id: urn, url: postUrl(urn) };
    },
    describe(request) {
      if (request.index > 0) {
        const root = request.root?.id ?? "<id of part 1>";
        return [
          {
            method: "POST",
            url: `${api}/rest/socialActions/${encodeURIComponent(root)}/comments`,
            body: commentBody(author, root, request.part.text)
          }
        ];
      }
      const uploads = request.part.media.flatMap((media, i) => [
        { method: "POST", url: `${api}/rest/images?action=initializeUpload`, body: { initializeUploadRequest: { owner: author } } },
        { method: "PUT", url: `${api}/<upload url of image ${i + 1}>`, body: describeMedia(media) }
      ]);
      const images = request.part.media.map((_, i) => `<image ${i + 1}>`);
      return [...uploads, { method: "POST", url: `${api}/rest/posts`, body: postBody(author, request, images) }];
    },
    async metrics(live, ctx) {
      const { data } = await call(ctx, {
        method: "GET",
        url: `${api}/rest/socialActions/${encodeURIComponent(live.id)}`
      });
      return { likes: data.likesSummary?.totalLikes, replies: data.commentsSummary?.aggregatedTotalComments };
    },
    async followers(ctx) {
      const url = `${api}/rest/networkSizes/${encodeURIComponent(author)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`;
      return (await call(ctx, { method: "GET", url })).data.firstDegreeSize;
    }
  };
};
function baseBody(author, text) {
  return {
    author,
    commentary: toLittleText(text),
    visibility: "PUBLIC",
    distribution: { feedDistribution: "MAIN_FEED", targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: "PUBLISHED",
    isReshareDisabledByAuthor: false
  };
}
function postBody(author, request, images) {
  const body = baseBody(author, request.part.text);
  const media = request.part.media.map((m, i) => ({ id: images[i], altText: m.alt }));
  if (media.length === 1) body.content = { media: media[0] };
  if (media.length > 1) body.content = { multiImage: { images: media } };
  if (request.rendition.quote) body.reshareContext = { parent: urnFrom(request.rendition.quote) };
  return body;
}
function commentBody(actor, object, text) {
  return { actor, object, message: { text } };
}
function commentPart(index, id, root) {
  return { index, id, url: `${root.url}?commentUrn=${encodeURIComponent(id)}`, ref: { root: root.id } };
}
function commentUrl(api, live, actor) {
  return `${api}/rest/socialActions/${encodeURIComponent(live.ref?.root ?? "")}/comments/${encodeURIComponent(live.id)}?actor=${encodeURIComponent(actor)}`;
}
function rootOf(request) {
  if (!request.root) throw new PlatformError("linkedin", `part ${request.index + 1} needs the first part to be live first`);
  return request.root;
}
function urnFrom(url) {
  const urn = /urn:li:(?:share|ugcPost|activity):\d+/.exec(decodeURIComponent(url))?.[0];
  if (!urn) throw new PlatformError("linkedin", `${url} is not a LinkedIn post URL (expected .../feed/update/urn:li:share:<id>/)`);
  return urn;
}
export {
  createLinkedInAdapter,
  linkedinMessage
};
