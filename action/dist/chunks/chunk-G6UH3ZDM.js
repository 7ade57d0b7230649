import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/platforms/registry.ts
var ADAPTER_LOADERS = {
  mastodon: async () => (await import("./mastodon-H5VQEVI7.js")).createMastodonAdapter,
  bluesky: async () => (await import("./bluesky-BPBWYVPA.js")).createBlueskyAdapter,
  x: async () => (await import("./x-OTPGGDDR.js")).createXAdapter,
  linkedin: async () => (await import("./linkedin-J4HCZA2B.js")).createLinkedInAdapter,
  threads: async () => (await import("./threads-K3WZUHXY.js")).createThreadsAdapter,
  discord: async () => (await import("./discord-2PBKPZ74.js")).createDiscordAdapter,
  slack: async () => (await import("./slack-XSNUCC6I.js")).createSlackAdapter,
  discourse: async () => (await import("./discourse-CBZATU3N.js")).createDiscourseAdapter,
  facebook: async () => (await import("./facebook-TUWT7E3Q.js")).createFacebookAdapter,
  instagram: async () => (await import("./instagram-P3HOSNVE.js")).createInstagramAdapter,
  reddit: async () => (await import("./reddit-OZPQVBIK.js")).createRedditAdapter,
  pinterest: async () => (await import("./pinterest-33IMUY6B.js")).createPinterestAdapter
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
