// Platform id → adapter factory. The publisher reaches adapters only through this registry.
import type { PlatformId } from '../core/types.ts';
import { createBlueskyAdapter } from './bluesky.ts';
import { createMastodonAdapter } from './mastodon.ts';
import type { AdapterFactory } from './types.ts';
import { createXAdapter } from './x.ts';

export const ADAPTERS: Partial<Record<PlatformId, AdapterFactory>> = {
  mastodon: createMastodonAdapter,
  bluesky: createBlueskyAdapter,
  x: createXAdapter,
};
