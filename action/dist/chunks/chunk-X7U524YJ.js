import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PROFILES,
  limitsFor
} from "./chunk-7B676THY.js";

// src/core/rules/platforms.ts
function platformConfig(config, id) {
  return config.platforms.find((platform) => platform.id === id);
}
function limitsOf(config, id) {
  return limitsFor(platformConfig(config, id) ?? { id, enabled: true, limits: {}, options: {} });
}
function platformName(id) {
  return PROFILES[id].name;
}
function postTargets(post, config) {
  return post.platforms ?? config.platforms.filter((p) => p.enabled && !p.retired).map((p) => p.id);
}

export {
  platformConfig,
  limitsOf,
  platformName,
  postTargets
};
