import { describe, expect, test } from 'vitest';
import type { LiveChange } from '../../../src/core/after-publish.ts';
import { landingLine, liveSection, ordinal } from '../../../src/core/comment/live-section.ts';

const count = { used: 40, limit: 300, bytes: { used: 40, limit: 3000 } };

describe('live section', () => {
  test('ordinals in English, the teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '112th',
    ]);
  });

  test('the day rank names the first platform in full and today for a post on merge', () => {
    expect(
      landingLine([
        { platform: 'mastodon', rank: 3, day: 'Tue 1 Dec 2026', today: true },
        { platform: 'bluesky', rank: 1, day: 'Tue 1 Dec 2026', today: true },
      ]),
    ).toBe('🗓️ 3rd post today on Mastodon · 1st on Bluesky (Tue 1 Dec 2026)');
  });

  test('compact detail keeps one line per platform and drops the texts; a link the policy refuses is inert code', () => {
    const change: LiveChange = {
      file: 'posts/a.md',
      postId: 'a',
      retract: false,
      platforms: [
        { platform: 'mastodon', url: 'https://evil.example/@x/1', kind: 'edit', before: ['old @ada'], after: ['new'] },
        {
          platform: 'bluesky',
          kind: 'reply',
          note: 'Bluesky posts cannot be edited',
          reply: { text: 'Correction', media: [], facets: [], count, line: 4, column: 1 },
        },
      ],
    };
    const full = liveSection(change, () => false, true);
    expect(full).toContain("· ` https://evil.example/@x/1 ` (not linked: not the platform's address)");
    expect(full).toContain('```text\nold @ada\n```');
    const compact = liveSection(change, () => false, false);
    expect(compact).not.toContain('```');
    expect(compact.split('\n\n')).toHaveLength(3);
    expect(compact).toContain('(✅ 40/300 · 40/3000 bytes)');
  });
});
