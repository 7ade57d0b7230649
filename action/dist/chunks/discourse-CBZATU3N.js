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
  requireCredentials,
  requireServer
} from "./chunk-HW6NH4IV.js";
import {
  HeraldError,
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/discourse.ts
import { createHash } from "node:crypto";
var EXTERNAL_ID_MAX = 50;
var TITLE_MAX = 255;
function discourseMessage(body) {
  const errors = body?.errors;
  return Array.isArray(errors) ? errors.join("; ") : void 0;
}
var createDiscourseAdapter = (config, env) => {
  const server = requireServer("discourse", config.server);
  const apiKey = requireCredentials("discourse", env).DISCOURSE_API_KEY;
  const username = String(config.options.username ?? "");
  if (!username) {
    throw new HeraldError("discourse: no username configured (platforms.discourse.username)", {
      hint: "Set platforms.discourse.username to the forum user the API key posts as, e.g. username: herald-bot."
    });
  }
  const category = config.options.category;
  if (category !== void 0 && !Number.isInteger(Number(category))) {
    throw new HeraldError(`discourse: category "${category}" is not a category id`, {
      hint: "Set platforms.discourse.category to the number in the category's URL, e.g. 6 for /c/announcements/6."
    });
  }
  async function call(ctx, request) {
    const headers = { "api-key": apiKey, "api-username": username };
    return (await sendRequest("discourse", ctx, { ...request, url: `${server}${request.path}`, headers }, discourseMessage)).data;
  }
  async function uploadImages(request, ctx) {
    const urls = [];
    for (const media of request.part.media) {
      const file = await readMediaFile(media, ctx);
      const form = new FormData();
      form.append("upload_type", "composer");
      form.append("synchronous", "true");
      form.append("file", file.blob, file.name);
      urls.push((await call(ctx, { method: "POST", path: "/uploads.json", body: form })).short_url);
    }
    return urls;
  }
  const topicUrl = (slug, topic, postNumber) => `${server}/t/${slug}/${topic}${postNumber && postNumber > 1 ? `/${postNumber}` : ""}`;
  const live = (index, post) => ({
    index,
    id: String(post.id),
    url: topicUrl(post.topic_slug, post.topic_id, post.post_number),
    ref: { topic: String(post.topic_id) }
  });
  return {
    id: "discourse",
    async publishPart(request, ctx) {
      const uploads = await uploadImages(request, ctx);
      const post = await call(ctx, { method: "POST", path: "/posts.json", json: postBody(request, uploads, category) });
      return live(request.index, post);
    },
    async findPart(request, ctx) {
      if (request.index === 0) {
        const topic2 = await call(ctx, {
          method: "GET",
          path: `/t/external_id/${encodeURIComponent(externalId(request.key))}.json`
        }).catch((error) => {
          if (error instanceof PlatformError && error.status === 404) return void 0;
          throw error;
        });
        const first = topic2?.post_stream.posts.find((p) => p.post_number === 1);
        return topic2 && first ? live(0, { id: first.id, topic_id: topic2.id, topic_slug: topic2.slug, post_number: 1 }) : void 0;
      }
      const topicId = topicOf(request);
      const topic = await call(ctx, { method: "GET", path: `/t/${topicId}.json` });
      for (const candidate of topic.post_stream.posts.filter((p) => p.post_number > 1 && p.username === username)) {
        const { raw } = await call(ctx, { method: "GET", path: `/posts/${candidate.id}.json` });
        if (raw === request.part.text || raw.startsWith(`${request.part.text}

![`)) {
          return live(request.index, { id: candidate.id, topic_id: topic.id, topic_slug: topic.slug, post_number: candidate.post_number });
        }
      }
      return void 0;
    },
    // PUT /posts/:id makes a revision of the raw; the images the post had (a trailing block of
    // upload:// references) are kept. The current raw is read first: that is the recovery check too.
    async editPart(request, ctx) {
      const path = `/posts/${request.live.id}.json`;
      const { raw } = await call(ctx, { method: "GET", path });
      const at = raw.indexOf("\n\n![");
      const next = at < 0 ? request.part.text : `${request.part.text}${raw.slice(at)}`;
      if (raw === next) return "unchanged";
      await call(ctx, { method: "PUT", path, json: { post: { raw: next, edit_reason: "correction (Herald)" } } });
      return "edited";
    },
    async deletePart(live2, ctx) {
      try {
        await call(ctx, { method: "DELETE", path: `/posts/${live2.id}.json` });
        return "deleted";
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return "gone";
        throw error;
      }
    },
    describe(request) {
      const uploads = request.part.media.map((media) => ({
        method: "POST",
        url: `${server}/uploads.json`,
        body: { upload_type: "composer", file: describeMedia(media) }
      }));
      const placeholders = request.part.media.map((_, i) => `upload://<image ${i + 1}>`);
      return [...uploads, { method: "POST", url: `${server}/posts.json`, body: postBody(request, placeholders, category) }];
    },
    async metrics(part, ctx) {
      const topic = await call(ctx, { method: "GET", path: `/t/${part.ref?.topic ?? part.id}.json` });
      return { likes: topic.like_count, replies: topic.posts_count - 1 };
    }
  };
};
function postBody(request, uploads, category) {
  const images = request.part.media.map((m, i) => `![${m.alt.replace(/[|\]\n]/g, " ")}](${uploads[i]})`);
  const raw = [request.part.text, ...images.length ? [images.join("\n")] : []].join("\n\n");
  const topic = request.root?.ref?.topic;
  if (request.index > 0) return { topic_id: topic ? Number(topic) : "<topic of part 1>", raw };
  return { title: titleOf(request), raw, category, external_id: externalId(request.key) };
}
function titleOf(request) {
  const firstLine = request.part.text.split("\n").find((line) => line.trim() !== "") ?? request.rendition.postId;
  const plain = firstLine.replace(/^#+\s*/, "").trim();
  return [...plain].length > TITLE_MAX ? `${[...plain].slice(0, TITLE_MAX - 1).join("")}\u2026` : plain;
}
function externalId(key) {
  if (key.length <= EXTERNAL_ID_MAX) return key;
  return `herald-${createHash("sha256").update(key).digest("hex").slice(0, EXTERNAL_ID_MAX - 7)}`;
}
function topicOf(request) {
  const topic = request.root?.ref?.topic;
  if (!topic) throw new PlatformError("discourse", `part ${request.index + 1} needs the topic of the first part`);
  return topic;
}
export {
  createDiscourseAdapter,
  discourseMessage,
  externalId
};
