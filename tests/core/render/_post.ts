import type { HeraldConfig, PlatformConfig, PlatformId, Post, PostPart } from '../../../src/core/types.ts';

export function part(text: string, line = 5): PostPart {
  return { text, media: [], line, column: 1 };
}

export function post(texts: string[], extra: Partial<Post> = {}): Post {
  return {
    file: 'posts/p.md',
    id: 'p',
    parts: texts.map((t, i) => part(t, 5 + i * 3)),
    overrides: {},
    linkCard: true,
    outsideGoals: false,
    tags: [],
    fieldLines: {},
    ...extra,
  };
}

export function platform(id: PlatformId, extra: Partial<PlatformConfig> = {}): PlatformConfig {
  return { id, enabled: true, limits: {}, options: {}, ...extra };
}

export function config(platforms: PlatformConfig[]): HeraldConfig {
  return { platforms } as HeraldConfig;
}
