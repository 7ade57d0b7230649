import { describe, expect, it } from 'vitest';
import { describeCount, formatPreview, groupBySameContent } from '../../src/cli/preview-format.ts';
import { PLAIN } from '../../src/cli/style.ts';
import type { PostReport } from '../../src/core/check.ts';
import type { PlatformId, Rendition } from '../../src/core/types.ts';

function rendition(platform: PlatformId, texts: string[], limit: number, language?: string): Rendition {
  return {
    platform,
    postId: 'p',
    file: 'posts/p.md',
    linkCard: true,
    ...(language ? { language } : {}),
    parts: texts.map((text) => ({ text, media: [], facets: [], count: { used: [...text].length, limit }, line: 4, column: 1 })),
  };
}

describe('formatPreview', () => {
  it('shows platforms that receive the same content together, each with its own count', () => {
    const renditions = [
      rendition('mastodon', ['Hello', 'again'], 500, 'en'),
      rendition('x', ['Hi'], 280),
      rendition('bluesky', ['Hello', 'again'], 300, 'en'),
    ];
    expect(groupBySameContent(renditions).map((g) => g.map((r) => r.platform))).toEqual([['mastodon', 'bluesky'], ['x']]);
    const report: PostReport = { file: 'posts/p.md', renditions, findings: [], checklist: [], post: { publishAt: undefined } as never };
    expect(formatPreview([report], PLAIN)).toBe(
      [
        '━━ posts/p.md',
        '  publishes on merge',
        '',
        '  ✓ mastodon  5/500 · 5/500',
        '  ✓ bluesky   5/300 · 5/300',
        '    thread of 2 · language: en',
        '    1/2',
        '    │ Hello',
        '    2/2',
        '    │ again',
        '',
        '  ✓ x         2/280',
        '    │ Hi',
        '',
        '',
      ].join('\n'),
    );
  });

  it("shows a scheduled time in the group's time zone", () => {
    const report: PostReport = {
      file: 'posts/p.md',
      renditions: [],
      findings: [],
      checklist: [],
      post: { publishAt: new Date('2026-12-31T23:30:00Z') } as never,
    };
    expect(formatPreview([report], PLAIN, { timeZone: 'Pacific/Auckland', now: new Date('2026-11-21T12:00:00Z') })).toContain(
      '  scheduled for 2027-01-01 12:30 (Pacific/Auckland)\n',
    );
  });

  it('says how far over a count is, and when a text is refused whatever its length', () => {
    expect(describeCount({ used: 297, limit: 280 }, PLAIN)).toBe('297/280 (17 over)');
    expect(describeCount({ used: 120, limit: 300, bytes: { used: 3010, limit: 3000 } }, PLAIN)).toBe('120/300, 3010/3000 bytes (10 over)');
    expect(describeCount({ used: 3, limit: 280, invalidAt: 1 }, PLAIN)).toBe('3/280 (not accepted)');
  });

  it('points at the errors when a post cannot be previewed', () => {
    const report: PostReport = { file: 'posts/bad.md', renditions: [], findings: [], checklist: [] };
    expect(formatPreview([report], PLAIN)).toContain('cannot be previewed: fix the errors `herald check` reports first');
  });
});
