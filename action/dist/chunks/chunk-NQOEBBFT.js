import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/platforms/registry.ts
var ADAPTER_LOADERS = {
  mastodon: async () => (await import("./mastodon-KP2GRKUQ.js")).createMastodonAdapter,
  bluesky: async () => (await import("./bluesky-JU3TD2VP.js")).createBlueskyAdapter,
  x: async () => (await import("./x-D53ABEK5.js")).createXAdapter,
  linkedin: async () => (await import("./linkedin-ETKVDC6G.js")).createLinkedInAdapter,
  threads: async () => (await import("./threads-BWDFBKUY.js")).createThreadsAdapter,
  discord: async () => (await import("./discord-3JTJBH5N.js")).createDiscordAdapter,
  slack: async () => (await import("./slack-OWNB225X.js")).createSlackAdapter,
  discourse: async () => (await import("./discourse-3BNIFY7L.js")).createDiscourseAdapter,
  facebook: async () => (await import("./facebook-VLUEPHTZ.js")).createFacebookAdapter,
  instagram: async () => (await import("./instagram-FPEGTBUB.js")).createInstagramAdapter,
  reddit: async () => (await import("./reddit-D2N2B6T6.js")).createRedditAdapter,
  pinterest: async () => (await import("./pinterest-43JDZV4W.js")).createPinterestAdapter
};
function loadersOf(factories) {
  const loaders = {};
  for (const [id, factory] of Object.entries(factories)) loaders[id] = async () => factory;
  return loaders;
}

export {
  ADAPTER_LOADERS,
  loadersOf
};
