import { describe, expect, it } from 'vitest';
import { renderComment } from '../../../src/core/comment/index.ts';
import { tally } from '../../../src/core/tally/index.ts';
import type { PlatformId } from '../../../src/core/types.ts';
import { input, review } from '../tally/fixtures.ts';
import { finding, postReport, rendition, report } from './fixtures.ts';
import { splitFences } from './markdown.ts';

const SHA = 'f'.repeat(40);
const PLATFORMS: PlatformId[] = ['mastodon', 'bluesky', 'x', 'linkedin'];
const t = tally(input({ reviews: [review('mia', 'APPROVED'), review('noor', 'CHANGES_REQUESTED')] }));

function bigPr(posts: number, errorsPerPost = 1) {
  return report(
    Array.from({ length: posts }, (_, i) => {
      const file = `posts/2026-01-${String(i).padStart(3, '0')}-release-notes.md`;
      const text = `Release ${i}: ${'lorem ipsum dolor sit amet '.repeat(18)}`;
      const findings = [
        ...Array.from({ length: errorsPerPost }, (_, e) => finding(file, 'error', `error ${e} in post ${i}`, 5 + e)),
        finding(file, 'warn', `warning in post ${i}`, 9),
      ];
      return postReport(
        file,
        PLATFORMS.map((p) => rendition(p, file, [text, text], 500)),
        findings,
        ['Is the event code of conduct linked?'],
      );
    }),
  );
}

const render = (r: ReturnType<typeof report>, maxLength?: number) =>
  renderComment({ report: r, tally: t, headSha: SHA, repoUrl: 'https://github.com/wg/social', ...(maxLength ? { maxLength } : {}) });

function expectVoteTable(body: string): void {
  for (const login of ['chair-cho', 'co-chair-kai', 'liaison-lee', 'mia', 'noor']) expect(body).toContain(`| \`${login}\` |`);
  expect(body).toContain('2 more approvals needed');
}

describe('renderComment size cap', () => {
  it('a small PR gets full previews', () => {
    const body = render(bigPr(3));
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).toContain('> Release 2:');
    expect(body).not.toContain('[!NOTE]');
  });

  it('a medium PR collapses previews to counts and says so', () => {
    const body = render(bigPr(30));
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).not.toContain('> Release');
    expect(body).toContain('Previews are collapsed to counts');
    expect(body).toContain('✅ Mastodon 498/500 + 498/500');
    expect(body).toContain('warning in post 29');
    expectVoteTable(body);
  });

  it('a PR with 200 posts keeps the vote table and every error, and says what was left out', () => {
    const body = render(bigPr(200));
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).toContain('too large for full previews (200 posts)');
    expect(body).toContain('**❌ Errors (200)**');
    for (let i = 0; i < 200; i++) expect(body).toContain(`error 0 in post ${i}`);
    expect(body).not.toContain('warning in post');
    expectVoteTable(body);
    expect(() => splitFences(body)).not.toThrow();
  });

  it('with more errors than fit, shows as many as fit and counts the rest', () => {
    const body = render(bigPr(200, 10));
    expect(body.length).toBeLessThanOrEqual(60_000);
    expect(body).toMatch(/…and \d+ more errors, listed in the Herald guidelines check/);
    expectVoteTable(body);
  });

  it('never exceeds GitHub’s 65,536 limit even when asked for more', () => {
    expect(render(bigPr(200, 10), 1_000_000).length).toBeLessThanOrEqual(65_536);
  });

  it('honours a smaller budget', () => {
    const body = render(bigPr(50), 20_000);
    expect(body.length).toBeLessThanOrEqual(20_000);
    expectVoteTable(body);
  });
});

describe('renderComment on a tight budget', () => {
  it('drops the per-post table before any error', () => {
    const body = render(bigPr(40), 10_000);
    expect(body.length).toBeLessThanOrEqual(10_000);
    expect(body).toContain('**❌ Errors (40)**');
    expect(body).toContain('error 0 in post 39');
    expect(body).not.toContain('| Post | Platforms within limits |');
  });

  it('still returns a body within a budget smaller than the vote section', () => {
    const body = render(bigPr(5), 600);
    expect(body.length).toBeLessThanOrEqual(600);
    expect(body.startsWith('<!-- herald:pr-comment -->')).toBe(true);
    expect(body).toContain("cut to fit GitHub's comment limit");
  });
});
