import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/core/quarterly-report/render.ts';
import { quarterInput } from './_input.ts';

const golden = (name: string) => join(import.meta.dirname, '../../fixtures/report', name);

describe('renderReport', () => {
  const report = renderReport(quarterInput());

  it('matches the golden markdown', () => {
    if (process.env.HERALD_UPDATE_GOLDEN) writeFileSync(golden('2026Q3.md'), report.markdown);
    expect(report.markdown).toBe(readFileSync(golden('2026Q3.md'), 'utf8'));
  });

  it('counts only the period, in the configured time zone', () => {
    // 2026-09-30T21:30Z is already October in Amsterdam; 2026-06-30 is before the quarter.
    expect(report.markdown).toContain('| mastodon | 1 | 1 | 0 | 2 |');
    expect(report.markdown).toContain('- 2 posts published, 6 deliveries across platforms');
  });

  it('replays reviews to find when quorum was reached', () => {
    // PR 12: author ada counts, grace approves after 6 h → 2 of 3. PR 15: linus makes it 2 after 72 h. Median 39 h.
    expect(report.markdown).toContain('- Median time from pull request to quorum: 39 hours (2 PRs)');
  });

  it('draws an SVG chart people can read', () => {
    expect(report.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/);
    expect(report.svg).toContain('<desc id="desc">Posts per month: mastodon 2, bluesky 2, x 2</desc>');
    expect((report.svg.match(/<rect [^>]*><title>/g) ?? []).length).toBe(9);
    expect(report.svg).toContain('<title>mastodon, 2026-07: 1</title>');
    if (process.env.HERALD_UPDATE_GOLDEN) writeFileSync(golden('2026Q3.svg'), report.svg);
    expect(report.svg).toBe(readFileSync(golden('2026Q3.svg'), 'utf8'));
  });
});
