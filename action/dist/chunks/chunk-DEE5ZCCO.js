import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  codeSpan,
  escapeInline
} from "./chunk-C6CUBHRC.js";

// src/core/comment/live-links.ts
var WEB_HOSTS = {
  bluesky: ["bsky.app"],
  x: ["x.com", "twitter.com"],
  linkedin: ["linkedin.com"],
  threads: ["threads.net", "threads.com"],
  discord: ["discord.com"],
  slack: ["slack.com"],
  facebook: ["facebook.com"],
  instagram: ["instagram.com"],
  reddit: ["reddit.com"],
  pinterest: ["pinterest.com"]
};
var SERVER_HOSTED = ["mastodon", "discourse"];
function liveLinkPolicy(config) {
  const servers = new Map(config.platforms.filter((p) => SERVER_HOSTED.includes(p.id) && p.server).map((p) => [p.id, originOf(p.server)]));
  return (platform, url) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.username || parsed.password) return false;
    const host = parsed.hostname.toLowerCase();
    if (SERVER_HOSTED.includes(platform)) {
      const server = servers.get(platform);
      return server !== void 0 && parsed.protocol === server.protocol && host === server.host;
    }
    if (parsed.protocol !== "https:") return false;
    return (WEB_HOSTS[platform] ?? []).some((e) => host === e || host.endsWith(`.${e}`));
  };
}
function liveLink(url, label, allowed, inTable = false) {
  if (!allowed) return `${codeSpan(url, inTable)} (not linked: not the platform's address)`;
  const target = new URL(url).href.replace(/[()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeInline(label ?? url)}](${target})`;
}
function originOf(server) {
  try {
    const url = new URL(server);
    return { protocol: url.protocol, host: url.hostname.toLowerCase() };
  } catch {
    return void 0;
  }
}

// src/core/check-runs/types.ts
var GUIDELINES_CHECK_NAME = "Herald guidelines";
var VOTE_CHECK_NAME = "Herald vote";
var ANNOTATIONS_PER_REQUEST = 50;
var SUMMARY_MAX_LENGTH = 65535;

export {
  liveLinkPolicy,
  liveLink,
  GUIDELINES_CHECK_NAME,
  VOTE_CHECK_NAME,
  ANNOTATIONS_PER_REQUEST,
  SUMMARY_MAX_LENGTH
};
