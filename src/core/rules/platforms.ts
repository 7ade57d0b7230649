// Platform facts the rules need: configured limits (profile defaults where the config says nothing).
import { limitsFor, PROFILES } from '../profiles.ts';
import type { HeraldConfig, PlatformConfig, PlatformId, PlatformLimits } from '../types.ts';

export function platformConfig(config: HeraldConfig, id: PlatformId): PlatformConfig | undefined {
  return config.platforms.find((platform) => platform.id === id);
}

export function limitsOf(config: HeraldConfig, id: PlatformId): Required<PlatformLimits> {
  return limitsFor(platformConfig(config, id) ?? { id, enabled: true, limits: {}, options: {} });
}

export function platformName(id: PlatformId): string {
  return PROFILES[id].name;
}

/** The platforms a post goes to: its own list, else every enabled platform that is not retired. */
export function postTargets(post: { platforms?: PlatformId[] }, config: HeraldConfig): PlatformId[] {
  return post.platforms ?? config.platforms.filter((p) => p.enabled && !p.retired).map((p) => p.id);
}
