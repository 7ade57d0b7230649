import { describe, expect, it } from 'vitest';
import { limitsFor, PROFILES } from '../../src/core/profiles.ts';
import { PLATFORM_IDS } from '../../src/core/types.ts';

describe('platform profiles', () => {
  it('has one profile per platform id, keyed by its own id', () => {
    for (const id of PLATFORM_IDS) expect(PROFILES[id].id).toBe(id);
  });
  it('documents the default limits of each platform', () => {
    const chars = Object.fromEntries(PLATFORM_IDS.map((id) => [id, PROFILES[id].defaults.characters]));
    expect(chars).toEqual({
      mastodon: 500,
      bluesky: 300,
      x: 280,
      linkedin: 3000,
      threads: 500,
      discord: 2000,
      slack: 3000,
      discourse: 32000,
      facebook: 63206,
      instagram: 2200,
      reddit: 40000,
      pinterest: 800,
    });
    expect([PROFILES.reddit.title, PROFILES.pinterest.title]).toEqual([300, 100]);
    expect(PROFILES.bluesky.defaults.bytes).toBe(3000);
    expect(PROFILES.discourse.minCharacters).toBe(20);
  });
  it('only Mastodon has a content-warning field; four platforms thread', () => {
    expect(PLATFORM_IDS.filter((id) => PROFILES[id].contentWarning)).toEqual(['mastodon']);
    expect(PLATFORM_IDS.filter((id) => PROFILES[id].threads)).toEqual(['mastodon', 'bluesky', 'x', 'threads']);
  });
  it('limitsFor takes each config override, else the default', () => {
    const limits = limitsFor({ id: 'mastodon', enabled: true, limits: { characters: 5000 }, options: {} });
    expect(limits).toEqual({ characters: 5000, bytes: Infinity, altText: 1500, media: 4 });
  });
});
