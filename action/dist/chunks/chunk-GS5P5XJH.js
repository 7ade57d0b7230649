import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/platforms/http.ts
async function sendRequest(platform, ctx, call, readMessage) {
  const headers = { accept: "application/json", ...call.headers };
  let body;
  if (call.json !== void 0) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(call.json);
  } else if (call.body !== void 0) {
    body = call.body;
  }
  let response;
  try {
    response = await ctx.fetch(call.url, { method: call.method, headers, body, signal: ctx.signal });
  } catch (error) {
    throw new PlatformError(platform, `${call.method} ${redactUrl(call.url)} got no answer: ${describeCause(error)}`, {
      cause: error,
      retryable: !ctx.signal?.aborted,
      hint: "The platform may be down or unreachable; a retry is safe because Herald looks for the post first."
    });
  }
  const text = await response.text();
  const data = parseBody(text);
  if (!response.ok) throw errorFromResponse(platform, call, response, data, readMessage);
  return { status: response.status, headers: response.headers, data };
}
function errorFromResponse(platform, call, response, data, readMessage) {
  const status = response.status;
  const own = readMessage(data, status) ?? describeBody(data);
  const retryable = status === 429 || status >= 500;
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"), Date.now());
  return new PlatformError(platform, `${call.method} ${redactUrl(call.url)} failed with ${status}: ${own ?? "no message"}`, {
    status,
    retryable,
    retryAfter,
    hint: hintFor(status, platform)
  });
}
function parseRetryAfter(value, nowMs) {
  if (value === null || value.trim() === "") return void 0;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, Math.ceil((date - nowMs) / 1e3));
}
function hintFor(status, platform) {
  if (status === 401 || status === 403) {
    return `Check the ${platform} credentials in the repository's Actions secrets and their scopes (docs/credentials.md).`;
  }
  if (status === 429) return "The platform is rate limiting; Herald waits and retries.";
  if (status >= 500) return "The platform failed; a retry is usually enough.";
  return void 0;
}
function parseBody(text) {
  if (text === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
function describeCause(error) {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}
function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.pathname.includes("/webhooks/")) {
      parsed.pathname = parsed.pathname.replace(/\/webhooks\/(\d+)\/[^/]+/, "/webhooks/$1/***");
    }
    parsed.search = "";
    return parsed.toString();
  } catch {
    return "<invalid url>";
  }
}
var MESSAGE_KEYS = ["error_description", "error", "message", "detail", "title", "description", "errors", "details"];
var MAX_MESSAGE = 300;
function describeBody(data) {
  const text = messageIn(data, 0)?.replace(/\s+/g, " ").trim();
  if (!text) return void 0;
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}\u2026` : text;
}
function messageIn(data, depth) {
  if (depth > 4 || data === null || data === void 0) return void 0;
  if (typeof data === "string") return /^\s*</.test(data) ? htmlText(data) : data;
  if (typeof data === "number" || typeof data === "boolean") return String(data);
  if (Array.isArray(data))
    return data.map((item) => messageIn(item, depth + 1)).filter(Boolean).join("; ") || void 0;
  if (typeof data !== "object") return void 0;
  const record = data;
  const found = MESSAGE_KEYS.map((key) => messageIn(record[key], depth + 1)).filter((m) => Boolean(m));
  if (found.length > 0) return [...new Set(found)].slice(0, 2).join(": ");
  const json = JSON.stringify(data);
  return json === "{}" ? void 0 : json;
}
function htmlText(html) {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const text = (title ?? html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ").replace(/<[^>]*>/g, " ")).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
  return text.trim() || void 0;
}
function firstString(body, ...keys) {
  if (typeof body !== "object" || body === null) return void 0;
  for (const key of keys) {
    const value = body[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return void 0;
}

export {
  sendRequest,
  parseRetryAfter,
  redactUrl,
  describeBody,
  firstString
};
