// Platform id → a loader of its adapter factory: the one registry. Callers load only the adapters they
// need, since the SDKs behind them (masto, @atproto/api, …) cost memory and start-up time when loaded.
import type { PlatformId } from '../core/types.ts';
import type { AdapterFactory } from './types.ts';

export type AdapterLoaders = Partial<Record<PlatformId, () => Promise<AdapterFactory>>>;

export const ADAPTER_LOADERS: Record<PlatformId, () => Promise<AdapterFactory>> = {
  mastodon: async () => (await import('./mastodon.ts')).createMastodonAdapter,
  bluesky: async () => (await import('./bluesky.ts')).createBlueskyAdapter,
  x: async () => (await import('./x.ts')).createXAdapter,
  linkedin: async () => (await import('./linkedin.ts')).createLinkedInAdapter,
  threads: async () => (await import('./threads.ts')).createThreadsAdapter,
  discord: async () => (await import('./discord.ts')).createDiscordAdapter,
  slack: async () => (await import('./slack.ts')).createSlackAdapter,
  discourse: async () => (await import('./discourse.ts')).createDiscourseAdapter,
  facebook: async () => (await import('./facebook.ts')).createFacebookAdapter,
  instagram: async () => (await import('./instagram.ts')).createInstagramAdapter,
  reddit: async () => (await import('./reddit.ts')).createRedditAdapter,
  pinterest: async () => (await import('./pinterest.ts')).createPinterestAdapter,
};

/** Loaders for factories already in memory (tests, callers that built their own). */
export function loadersOf(factories: Partial<Record<PlatformId, AdapterFactory>>): AdapterLoaders {
  const loaders: AdapterLoaders = {};
  for (const [id, factory] of Object.entries(factories) as [PlatformId, AdapterFactory][]) loaders[id] = async () => factory;
  return loaders;
}
