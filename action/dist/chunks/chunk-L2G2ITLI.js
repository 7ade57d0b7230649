import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/types.ts
var PLATFORM_IDS = [
  "mastodon",
  "bluesky",
  "x",
  "linkedin",
  "threads",
  "discord",
  "slack",
  "discourse",
  "facebook",
  "instagram",
  "reddit",
  "pinterest"
];

export {
  PLATFORM_IDS
};
