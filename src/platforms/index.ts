// Platform id → adapter factory. The publisher reaches adapters only through this registry.
import type { PlatformId } from '../core/types.ts';
import { createBlueskyAdapter } from './bluesky.ts';
import { createDiscordAdapter } from './discord.ts';
import { createDiscourseAdapter } from './discourse.ts';
import { createLinkedInAdapter } from './linkedin.ts';
import { createMastodonAdapter } from './mastodon.ts';
import { createSlackAdapter } from './slack.ts';
import { createThreadsAdapter } from './threads.ts';
import type { AdapterFactory } from './types.ts';
import { createXAdapter } from './x.ts';

export const ADAPTERS: Record<PlatformId, AdapterFactory> = {
  mastodon: createMastodonAdapter,
  bluesky: createBlueskyAdapter,
  x: createXAdapter,
  linkedin: createLinkedInAdapter,
  threads: createThreadsAdapter,
  discord: createDiscordAdapter,
  slack: createSlackAdapter,
  discourse: createDiscourseAdapter,
};
