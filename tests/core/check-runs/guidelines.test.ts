import { describe, expect, it } from 'vitest';
import { guidelinesCheck } from '../../../src/core/check-runs/guidelines.ts';
import { finding, postReport, rendition, report } from '../comment/fixtures.ts';

const post = (file: string, ...findings: ReturnType<typeof finding>[]) => postReport(file, [rendition('mastodon', file, ['hi'])], findings);

describe('guidelinesCheck', () => {
  it.each([
    ['success', [post('posts/a.md')], 'success', '1 post: no findings'],
    ['no posts', [], 'success', 'No post files to check'],
    ['warnings only → neutral', [post('posts/a.md', finding('posts/a.md', 'warn', 'w'))], 'neutral', '0 errors, 1 warning in 1 post'],
    [
      'any error → failure',
      [post('posts/a.md', finding('posts/a.md', 'warn', 'w')), post('posts/b.md', finding('posts/b.md', 'error', 'e'))],
      'failure',
      '1 error, 1 warning in 2 posts',
    ],
  ] as const)('%s', (_name, posts, conclusion, title) => {
    const check = guidelinesCheck(report([...posts]));
    expect(check.name).toBe('Herald guidelines');
    expect(check.conclusion).toBe(conclusion);
    expect(check.title).toBe(title);
  });

  it('annotates every finding, errors first', () => {
    const check = guidelinesCheck(
      report([post('posts/a.md', finding('posts/a.md', 'warn', 'w', 2), finding('posts/a.md', 'error', 'e', 9))]),
    );
    expect(check.annotations.map((a) => [a.annotation_level, a.start_line])).toEqual([
      ['failure', 9],
      ['warning', 2],
    ]);
  });

  it('caps the summary at 65,535 characters and says what was left out', () => {
    const findings = Array.from({ length: 5_000 }, (_, i) => finding('posts/a.md', 'error', `problem number ${i} `.repeat(5), i + 1));
    const check = guidelinesCheck(report([post('posts/a.md', ...findings)]));
    expect(check.summary.length).toBeLessThanOrEqual(65_535);
    expect(check.summary).toMatch(/…and \d+ more findings: see the annotations/);
    expect(check.annotations).toHaveLength(5_000);
  });

  it('escapes hostile finding text and file names in the summary', () => {
    const file = 'posts/<img src=x onerror=alert(1)>.md';
    const check = guidelinesCheck(report([post(file, finding(file, 'error', 'ping @octocat </details>'))]));
    expect(check.summary).not.toMatch(/<img|<\/details>|@octocat/);
  });
});
