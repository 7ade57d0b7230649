import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PROFILES
} from "./chunk-D5V65JXJ.js";
import {
  safeFetch
} from "./chunk-YWLX4VJT.js";

// src/core/server-limits.ts
function mastodonInstanceLimits(json) {
  const configuration = json?.configuration;
  const statuses = configuration?.["statuses"];
  if (!statuses) return void 0;
  const media = configuration["media_attachments"] ?? {};
  const limits = {};
  const take = (key, value) => {
    if (typeof value === "number" && Number.isInteger(value) && value > 0) limits[key] = value;
  };
  take("characters", statuses["max_characters"]);
  take("urlLength", statuses["characters_reserved_per_url"]);
  take("media", statuses["max_media_attachments"]);
  take("altText", media["description_limit"]);
  return limits.characters === void 0 ? void 0 : limits;
}
function withServerLimits(config, readings) {
  const notes = [];
  const platforms = config.platforms.map((platform) => {
    const reading = readings[platform.id];
    if (!reading) return platform;
    const name = PROFILES[platform.id].name;
    if ("limits" in reading) {
      const { urlLength, ...limits } = reading.limits;
      notes.push(`${name}: limits from ${reading.url}: ${describe({ ...limits, urlLength })}`);
      return { ...platform, limits: { ...platform.limits, ...limits }, ...urlLength ? { urlLength } : {} };
    }
    const own = Object.keys(platform.limits).length > 0;
    const fallback = own ? `the config's limits (${describe(platform.limits)})` : `Herald's defaults (${describe(PROFILES[platform.id].defaults)})`;
    notes.push(`${name}: ${reading.url} not read (${reading.error}); counting with ${fallback}`);
    return platform;
  });
  return { config: { ...config, platforms }, notes };
}
function describe(limits) {
  const parts = [
    limits.characters !== void 0 ? `${limits.characters} characters` : void 0,
    limits.urlLength !== void 0 ? `URLs count ${limits.urlLength}` : void 0,
    limits.media !== void 0 ? `${limits.media} media` : void 0,
    limits.altText !== void 0 ? `alt text ${limits.altText}` : void 0
  ];
  return parts.filter(Boolean).join(", ");
}

// src/platforms/server-limits.ts
var INSTANCE_FETCH = { maxBytes: 1e6, timeoutMs: 5e3, maxRedirects: 3, accept: "application/json" };
function serverLimitsReader(options = {}) {
  const asked = /* @__PURE__ */ new Map();
  const read = (url) => {
    let reading = asked.get(url);
    if (!reading) asked.set(url, reading = readInstance(url, options));
    return reading;
  };
  return async (config) => {
    const readings = {};
    for (const platform of config.platforms) {
      if (platform.id !== "mastodon" || !platform.enabled || !platform.server) continue;
      readings[platform.id] = await read(`${platform.server}/api/v2/instance`);
    }
    return withServerLimits(config, readings);
  };
}
async function readInstance(url, options) {
  try {
    const response = await safeFetch(url, { ...INSTANCE_FETCH, ...options });
    if (response.status !== 200) return { url, error: `answered ${response.status}` };
    const limits = mastodonInstanceLimits(JSON.parse(new TextDecoder().decode(response.body)));
    return limits ? { url, limits } : { url, error: "no configuration.statuses.max_characters in the answer" };
  } catch (error) {
    return { url, error: error instanceof Error ? error.message : String(error) };
  }
}

export {
  serverLimitsReader
};
