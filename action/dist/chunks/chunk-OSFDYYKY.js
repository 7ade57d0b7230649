import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/platforms/registry.ts
var ADAPTER_LOADERS = {
  mastodon: async () => (await import("./mastodon-3L6NCOB7.js")).createMastodonAdapter,
  bluesky: async () => (await import("./bluesky-2H3WQBLE.js")).createBlueskyAdapter,
  x: async () => (await import("./x-U3RTZAMS.js")).createXAdapter,
  linkedin: async () => (await import("./linkedin-LSCZJICG.js")).createLinkedInAdapter,
  threads: async () => (await import("./threads-CBFNB2PZ.js")).createThreadsAdapter,
  discord: async () => (await import("./discord-K2QN7YHV.js")).createDiscordAdapter,
  slack: async () => (await import("./slack-TOVFDZLC.js")).createSlackAdapter,
  discourse: async () => (await import("./discourse-YIZDADTO.js")).createDiscourseAdapter,
  facebook: async () => (await import("./facebook-6DR6LUC5.js")).createFacebookAdapter,
  instagram: async () => (await import("./instagram-UWOFYHNJ.js")).createInstagramAdapter,
  reddit: async () => (await import("./reddit-F454WZBQ.js")).createRedditAdapter,
  pinterest: async () => (await import("./pinterest-IVEXO6KE.js")).createPinterestAdapter
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
