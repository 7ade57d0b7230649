// The comment rendered from a real check report (parse → render → rules), with hostile post text.
import { describe, expect, it } from 'vitest';
import { checkPosts } from '../../../src/core/check.ts';
import { guidelinesCheck } from '../../../src/core/check-runs/guidelines.ts';
import { renderComment } from '../../../src/core/comment/index.ts';
import { groupRenditions, PLATFORM_NAMES } from '../../../src/core/comment/preview.ts';
import { defaultConfig } from '../../../src/core/config/defaults.ts';
import { tally } from '../../../src/core/tally/index.ts';
import { input } from '../tally/fixtures.ts';
import { splitFences } from './markdown.ts';

const FILE = 'posts/2026-12-01-hostile.md';
const SOURCE = [
  '---',
  'platforms: [mastodon, bluesky, x]',
  '---',
  'Hello @octocat ```` </details> <img src=x onerror=alert(1)> | #1',
  '',
  '---',
  '',
  `Second part ${'long '.repeat(80)}`,
  '',
].join('\n');

describe('renderComment on a real check report', async () => {
  const report = await checkPosts({
    files: [{ path: FILE, content: SOURCE }],
    config: defaultConfig(),
    now: new Date('2026-11-20T10:00:00Z'),
  });
  const body = renderComment({ report, tally: tally(input()), headSha: 'a'.repeat(40), repoUrl: 'https://github.com/wg/social' });
  const { code, prose } = splitFences(body);
  const renditions = report.posts[0]!.renditions;

  it('renders every platform the post targets', () => {
    expect(renditions.map((r) => r.platform)).toEqual(['mastodon', 'bluesky', 'x']);
  });

  it("shows the count the pipeline measured for each part, in the platform's counts line", () => {
    expect(code).toEqual([]);
    for (const rendition of renditions) {
      const counts = rendition.parts.map((part) => `${part.count.used}/${part.count.limit}`).join(' + ');
      expect(body).toMatch(new RegExp(`[✅❌] ${PLATFORM_NAMES[rendition.platform]} ${counts.replace(/\+/g, '\\+')}`));
    }
  });

  it('keeps the hostile text out of the markup', () => {
    expect(prose).not.toMatch(/@octocat|<img|onerror=/);
    const groups = groupRenditions(renditions).length;
    expect(prose.match(/<details open>/g)?.length).toBe(groups);
    expect(prose.match(/<\/details>/g)?.length).toBe(groups);
  });

  it('annotates the same findings the comment lists', () => {
    const check = guidelinesCheck(report);
    expect(report.errors).toBeGreaterThan(0); // part 2 is over the X and Bluesky limits
    expect(check.annotations).toHaveLength(report.posts[0]!.findings.length);
    for (const finding of report.posts[0]!.findings) expect(body).toContain(`${FILE}:${finding.line}:${finding.column}`);
  });
});

describe('a post with errors in its body', async () => {
  const render = async (source: string) => {
    const report = await checkPosts({
      files: [{ path: FILE, content: source }],
      config: defaultConfig(),
      now: new Date('2026-11-20T10:00:00Z'),
    });
    return renderComment({ report, tally: tally(input()), headSha: 'a'.repeat(40), repoUrl: 'https://github.com/wg/social' });
  };

  it('is previewed with its errors, not called unreadable, when only an image lacks alt text', async () => {
    const body = await render('---\nplatforms: [mastodon]\n---\nRelease day! ![](media/a.png)\n');
    expect(body).not.toContain('could not be read as a post');
    expect(body).toContain('Fix the errors below before merging');
    expect(body).toContain('> Release day\\!');
    expect(body).toContain('image alt text is missing');
  });

  it('lists the guideline findings of such a post too, so reviewers see every finding at once', async () => {
    const body = await render('---\nplatforms: [mastodon]\n---\nSee you at DjangoCon US 2027! ![](media/a.png)\n');
    expect(body).toContain('mentions DjangoCon US 2027 but links no code of conduct');
    expect(body).toContain('- [ ] Confirm that DjangoCon US 2027 has a code of conduct');
  });

  it('is called unreadable when its front matter cannot be read', async () => {
    const body = await render('---\nplatforms: [mastodon\n---\nRelease day!\n');
    expect(body).toContain('This file could not be read as a post');
    expect(body).not.toContain('> Release day');
  });
});
