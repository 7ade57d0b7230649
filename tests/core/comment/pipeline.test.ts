// The comment rendered from a real check report (parse → render → rules), with hostile post text.
import { describe, expect, it } from 'vitest';
import { checkPosts } from '../../../src/core/check.ts';
import { guidelinesCheck } from '../../../src/core/check-runs/guidelines.ts';
import { renderComment } from '../../../src/core/comment/index.ts';
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
  const report = await checkPosts({ files: [{ path: FILE, content: SOURCE }], config: defaultConfig(), now: new Date('2026-11-20T10:00:00Z') });
  const body = renderComment({ report, tally: tally(input()), headSha: 'a'.repeat(40), repoUrl: 'https://github.com/wg/social' });
  const { code, prose } = splitFences(body);
  const renditions = report.posts[0]!.renditions;

  it('renders every platform the post targets', () => {
    expect(renditions.map((r) => r.platform)).toEqual(['mastodon', 'bluesky', 'x']);
  });

  it('shows each part verbatim in its own code block with the count the pipeline measured', () => {
    for (const rendition of renditions) {
      rendition.parts.forEach((part, i) => {
        expect(code).toContain(part.text);
        const numbered = rendition.parts.length > 1 ? `**${i + 1}/${rendition.parts.length}** · ` : '';
        expect(body).toContain(`${numbered}${part.count.used}/${part.count.limit}`);
      });
    }
  });

  it('keeps the hostile text out of the markup', () => {
    expect(prose).not.toMatch(/@octocat|<img|onerror/);
    expect(prose.match(/<details>/g)?.length).toBe(renditions.length);
    expect(prose.match(/<\/details>/g)?.length).toBe(renditions.length);
  });

  it('annotates the same findings the comment lists', () => {
    const check = guidelinesCheck(report);
    expect(report.errors).toBeGreaterThan(0); // part 2 is over the X and Bluesky limits
    expect(check.annotations).toHaveLength(report.posts[0]!.findings.length);
    for (const finding of report.posts[0]!.findings) expect(body).toContain(`${FILE}:${finding.line}:${finding.column}`);
  });
});
