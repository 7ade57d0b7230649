import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  CAROUSEL_MAX,
  mediaProblem,
  partForms,
  publicUrl
} from "./chunk-52ASGFMZ.js";
import {
  graphApi,
  graphGone
} from "./chunk-EPOFPK5W.js";
import "./chunk-GS5P5XJH.js";
import {
  requireCredentials
} from "./chunk-HW6NH4IV.js";
import {
  HeraldError,
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/threads/api.ts
var API_VERSION = "v1.0";
function threadsApi(server, token) {
  return graphApi("threads", `${server.replace(/\/+$/, "")}/${API_VERSION}`, token, "THREADS_ACCESS_TOKEN");
}

// src/platforms/threads/lookup.ts
var POST_FIELDS = "id,text,permalink,timestamp,media_type,is_reply";
var REPLY_FIELDS = `${POST_FIELDS},replied_to`;
var REPOST_FIELDS = `${POST_FIELDS},reposted_post`;
function shortcodeOf(url) {
  try {
    const parsed = new URL(url);
    if (!/(^|\.)threads\.(net|com)$/.test(parsed.hostname)) return void 0;
    return /\/post\/([\w-]+)\/?$/.exec(parsed.pathname)?.[1];
  } catch {
    return void 0;
  }
}
async function resolvePost(api, ctx, url, purpose) {
  const code = shortcodeOf(url);
  if (!code) {
    throw new PlatformError("threads", `${url} is not a Threads post URL (expected https://www.threads.net/@user/post/CODE) in ${purpose}`);
  }
  const matches = (post) => post.permalink !== void 0 && shortcodeOf(post.permalink) === code;
  const found = await api.find(ctx, "me/threads", POST_FIELDS, matches) ?? await api.find(ctx, "me/replies", REPLY_FIELDS, matches);
  if (!found) {
    throw new PlatformError("threads", `cannot find ${url} (${purpose}) among this account's recent posts`, {
      hint: "The Threads API turns a URL into a post id only for the account's own recent posts. Reply to, quote or repost one of those, or do it by hand in the Threads app."
    });
  }
  return found.id;
}
async function findPublished(api, ctx, text, replyTo) {
  const sameText = (post) => (post.text ?? "") === text;
  if (replyTo === void 0) {
    return api.find(
      ctx,
      "me/threads",
      POST_FIELDS,
      (post) => post.media_type !== "REPOST_FACADE" && post.is_reply !== true && sameText(post)
    );
  }
  return api.find(ctx, "me/replies", REPLY_FIELDS, (post) => post.replied_to?.id === replyTo && sameText(post));
}
async function findRepost(api, ctx, original) {
  return api.find(
    ctx,
    "me/threads",
    REPOST_FIELDS,
    (post) => post.media_type === "REPOST_FACADE" && post.reposted_post?.id === original
  );
}

// src/platforms/threads.ts
var DEFAULT_TIMING = { pollIntervalMs: 3e3, pollAttempts: 100 };
var DEFAULT_SERVER = "https://graph.threads.net";
function threadsAdapterFactory(timing = DEFAULT_TIMING) {
  return (config, env) => buildThreadsAdapter(config, requireCredentials("threads", env).THREADS_ACCESS_TOKEN, timing);
}
var createThreadsAdapter = threadsAdapterFactory();
function mediaBase(config) {
  const value = config.options.media_base_url;
  if (value === void 0 || value === "") return void 0;
  const text = String(value).trim();
  if (!/^https?:$/.test(URL.parse(text)?.protocol ?? "")) {
    throw new HeraldError(`threads: platforms.threads.media_base_url is not an http(s) URL: ${text.slice(0, 80)}`, {
      hint: "Use the public raw address of the repository, e.g. https://raw.githubusercontent.com/ORG/REPO/main/"
    });
  }
  return text;
}
function buildThreadsAdapter(config, token, timing) {
  const api = threadsApi(config.server ?? DEFAULT_SERVER, token);
  const base = mediaBase(config);
  async function create(ctx, form) {
    return (await api.call(ctx, { method: "POST", path: "me/threads", form })).id;
  }
  async function ready(ctx, id, where) {
    for (let attempt = 0; attempt < timing.pollAttempts; attempt++) {
      const { status, error_message } = await api.call(ctx, {
        method: "GET",
        path: id,
        query: { fields: "status,error_message" }
      });
      if (status === "FINISHED") return;
      if (status === "ERROR" || status === "EXPIRED") {
        throw new PlatformError(
          "threads",
          `${where}: Threads could not prepare the post (container ${status}: ${error_message ?? "no reason given"})`,
          {
            hint: "Check that every media URL answers publicly with a JPEG, PNG, MP4 or MOV file."
          }
        );
      }
      if (attempt + 1 < timing.pollAttempts) await new Promise((resolve) => setTimeout(resolve, timing.pollIntervalMs));
    }
    throw new PlatformError(
      "threads",
      `${where}: the container was still being processed after ${timing.pollAttempts * timing.pollIntervalMs / 1e3}s`,
      {
        retryable: true,
        hint: "Nothing was published; a retry starts over with a new container."
      }
    );
  }
  async function targets(request, ctx) {
    const { rendition, index } = request;
    const first = index === 0;
    const replyTo = request.parent?.id ?? (first && rendition.replyTo ? await resolvePost(api, ctx, rendition.replyTo, `reply_to of ${rendition.file}`) : void 0);
    const quote = first && rendition.quote ? await resolvePost(api, ctx, rendition.quote, `quote of ${rendition.file}`) : void 0;
    return { replyTo, quote };
  }
  async function live(ctx, index, id) {
    const { permalink } = await api.call(ctx, { method: "GET", path: id, query: { fields: "permalink" } });
    return { index, id, url: permalink ?? "https://www.threads.net/" };
  }
  return {
    id: "threads",
    async publishPart(request, ctx) {
      const { part, rendition, index } = request;
      const where = `${rendition.file} (part ${index + 1})`;
      if (part.media.length > CAROUSEL_MAX) {
        throw new PlatformError("threads", `${where}: ${part.media.length} media; a Threads carousel holds at most ${CAROUSEL_MAX}`, {
          hint: "Split the media over more thread parts."
        });
      }
      for (const media of part.media) {
        const problem = mediaProblem(request, media, base);
        if (problem) throw problem;
      }
      const forms = partForms(request, await targets(request, ctx), (path) => publicUrl(base, path));
      const children = [];
      for (const item of forms.items) {
        const child = await create(ctx, item);
        await ready(ctx, child, where);
        children.push(child);
      }
      const container = await create(ctx, forms.post(children));
      await ready(ctx, container, where);
      const published = await api.call(ctx, {
        method: "POST",
        path: "me/threads_publish",
        form: { creation_id: container }
      });
      return live(ctx, index, published.id);
    },
    async findPart(request, ctx) {
      const { rendition } = request;
      if (rendition.repost) {
        const found2 = await findRepost(api, ctx, await resolvePost(api, ctx, rendition.repost, `repost of ${rendition.file}`));
        return found2 ? { index: request.index, id: found2.id, url: rendition.repost, ref: { original: found2.reposted_post.id } } : void 0;
      }
      const { replyTo } = await targets({ ...request, rendition: { ...rendition, quote: void 0 } }, ctx);
      const found = await findPublished(api, ctx, request.part.text, replyTo);
      if (!found) return void 0;
      return found.permalink ? { index: request.index, id: found.id, url: found.permalink } : live(ctx, request.index, found.id);
    },
    // DELETE /{threads-media-id} (no edit: core/corrections.ts). The same token just reached the post's
    // account, so Graph's "does not exist" means gone; a repeat is harmless.
    async deletePart(live2, ctx) {
      try {
        await api.call(ctx, { method: "DELETE", path: live2.id });
        return "deleted";
      } catch (error) {
        if (graphGone(error)) return "gone";
        throw error;
      }
    },
    async repost(url, _key, ctx) {
      const original = await resolvePost(api, ctx, url, "repost");
      const repost = await api.call(ctx, { method: "POST", path: `${original}/repost` });
      return { index: 0, id: repost.id, url, ref: { original } };
    },
    describe(request) {
      return describeThreads(api, base, request);
    },
    async metrics(part, ctx) {
      const { data } = await api.call(ctx, {
        method: "GET",
        path: `${part.id}/insights`,
        query: { metric: "likes,replies,reposts,quotes,views" }
      });
      const value = (name) => {
        const metric = data?.find((m) => m.name === name);
        return metric?.total_value?.value ?? metric?.values?.[0]?.value;
      };
      return { likes: value("likes"), replies: value("replies"), reposts: value("reposts") };
    },
    async followers(ctx) {
      const { data } = await api.call(ctx, {
        method: "GET",
        path: "me/threads_insights",
        query: { metric: "followers_count" }
      });
      const count = data?.find((m) => m.name === "followers_count")?.total_value?.value;
      if (count === void 0)
        throw new PlatformError("threads", "threads_insights sent no followers_count", {
          hint: "The token needs threads_manage_insights."
        });
      return count;
    }
  };
}
function describeThreads(api, base, request) {
  const { rendition, index } = request;
  if (rendition.repost) return [{ method: "POST", url: api.url(`<media id of ${rendition.repost}>/repost`) }];
  const replyTo = request.parent?.id ?? (index > 0 ? `<id of part ${index}>` : rendition.replyTo ? `<media id of ${rendition.replyTo}>` : void 0);
  const quote = index === 0 && rendition.quote ? `<media id of ${rendition.quote}>` : void 0;
  const url = (path) => base ? publicUrl(base, path) : `<no public URL for ${path}: set platforms.threads.media_base_url>`;
  const forms = partForms(request, { replyTo, quote }, url);
  const container = (form) => ({ method: "POST", url: api.url("me/threads"), body: form });
  const children = forms.items.map((_, i) => `<container of medium ${i + 1}>`);
  return [
    ...forms.items.map(container),
    container(forms.post(children)),
    { method: "POST", url: api.url("me/threads_publish"), body: { creation_id: `<container of part ${index + 1}>` } }
  ];
}
export {
  createThreadsAdapter,
  threadsAdapterFactory
};
