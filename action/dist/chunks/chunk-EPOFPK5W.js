import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  sendRequest
} from "./chunk-GS5P5XJH.js";
import {
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/graph-api.ts
var TRANSIENT_CODES = /* @__PURE__ */ new Set([2, 4, 17, 32, 613]);
var PAGE_SIZE = 50;
var MAX_PAGES = 4;
function graphError(body) {
  const error = body?.error;
  return typeof error === "object" && error !== null ? error : void 0;
}
function graphMessage(body) {
  const error = graphError(body);
  if (!error) return void 0;
  const text = [error.error_user_title, error.error_user_msg ?? error.message].filter(Boolean).join(": ");
  const code = error.code === void 0 ? "" : ` (${error.type ?? "error"} ${error.code}${error.error_subcode ? `/${error.error_subcode}` : ""}`;
  const trace = error.fbtrace_id ? `, fbtrace_id ${error.fbtrace_id})` : code ? ")" : "";
  return `${text || "no message"}${code}${trace}`;
}
function graphApi(platform, base, token, secret) {
  const url = (path, query) => {
    const search = query ? `?${new URLSearchParams(query).toString()}` : "";
    return `${base}/${path}${search}`;
  };
  async function call(ctx, request) {
    let body;
    const read = (data) => {
      body = data;
      return graphMessage(data);
    };
    const form = request.multipart ?? (request.form ? formOf(request.form) : void 0);
    try {
      const result = await sendRequest(
        platform,
        ctx,
        { method: request.method, url: url(request.path, request.query), headers: { authorization: `Bearer ${token}` }, body: form },
        read
      );
      return result.data;
    } catch (error) {
      throw refine(platform, secret, error, graphError(body));
    }
  }
  async function find(ctx, path, fields, found) {
    let after;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = { fields, limit: String(PAGE_SIZE), ...after ? { after } : {} };
      const listed = await call(ctx, {
        method: "GET",
        path,
        query
      });
      const hit = (listed.data ?? []).find(found);
      if (hit) return hit;
      after = listed.paging?.cursors?.after;
      if (!listed.paging?.next || !after) return void 0;
    }
    return void 0;
  }
  return { base, url, call, find };
}
function graphGone(error) {
  return error instanceof PlatformError && (error.status === 404 || error.status === 400 && /does not exist/i.test(error.message));
}
function formOf(fields) {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== void 0) form.set(name, value);
  return form;
}
function refine(platform, secret, error, graph) {
  if (!(error instanceof PlatformError) || !graph) return error;
  const transient = graph.is_transient === true || graph.code !== void 0 && TRANSIENT_CODES.has(graph.code);
  let hint = error.hint;
  if (graph.code === 190) {
    hint = `The ${secret} secret is invalid or expired: renew it as docs/credentials.md describes.`;
  } else if (graph.code !== void 0 && [4, 17, 32, 613].includes(graph.code)) {
    hint = `${platform} is rate limiting this account or app; Herald waits and retries.`;
  }
  return new PlatformError(platform, error.message.replace(new RegExp(`^${platform}: `), ""), {
    status: error.status,
    retryable: error.retryable || transient,
    retryAfter: error.retryAfter,
    hint
  });
}

export {
  graphApi,
  graphGone
};
