import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER, isHeraldComment, renderComment } from '../../../src/core/comment/index.ts';
import { tally } from '../../../src/core/tally/index.ts';
import { input, review } from '../tally/fixtures.ts';
import { finding, postReport, rendition, report } from './fixtures.ts';
import { splitFences } from './markdown.ts';

const FILE = 'posts/2026-12-01-django-6-0.md';
const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const REPO = 'https://github.com/wg/social';
const pending = tally(input({ reviews: [review('mia', 'APPROVED'), review('stranger', 'APPROVED')] }));

function render(posts: ReturnType<typeof postReport>[], t = pending, maxLength?: number): string {
  return renderComment({ report: report(posts), tally: t, headSha: SHA, repoUrl: REPO, ...(maxLength ? { maxLength } : {}) });
}

const onePost = postReport(
  FILE,
  [
    rendition('mastodon', FILE, ['Django 6.0 is out!'], 500, [{ path: 'media/pony.png', alt: 'A pony on stage', credit: 'Jo Doe', kind: 'image', line: 9, column: 1 }]),
    rendition('bluesky', FILE, ['Django 6.0 is out! 🎉', 'Second part'], 300),
    rendition('x', FILE, ['x'.repeat(290)], 280),
  ],
  [finding(FILE, 'warn', 'Three hashtags or fewer read better', 7), finding(FILE, 'error', 'Over the limit on X', 5, { platform: 'x', hint: 'Shorten the X override' })],
  ['The conference has a code of conduct'],
);

describe('COMMENT_MARKER', () => {
  it('opens every comment and is recognised', () => {
    const body = render([onePost]);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(isHeraldComment(body)).toBe(true);
  });
  it.each([['Thanks!'], [''], [null], [undefined], [`quoting ${COMMENT_MARKER}`]])('does not recognise %j', (body) => {
    expect(isHeraldComment(body)).toBe(false);
  });
});

describe('renderComment content', () => {
  const body = render([onePost]);

  it('previews each platform with the exact text, count against the limit and ✅/❌', () => {
    expect(body).toContain('<summary>✅ Mastodon · 18/500</summary>');
    expect(body).toContain('<summary>❌ X · 290/280</summary>');
    expect(body).toContain(`\`\`\`text\n${'x'.repeat(290)}\n\`\`\``);
    expect(body).toContain('over the limit from character 281');
  });

  it('numbers thread parts and shows Bluesky bytes', () => {
    expect(body).toContain('<summary>✅ Bluesky · thread of 2 (20 + 11)</summary>');
    expect(body).toContain('**1/2** · 20/300 · 23/3000 bytes ✅');
    expect(body).toContain('**2/2** · 11/300 · 11/3000 bytes ✅');
  });

  it('shows media with alt text and credit', () => {
    expect(body).toContain('- 🖼️ image media/pony.png · alt: “A pony on stage” · credit: Jo Doe');
  });

  it('groups findings by severity, errors first, with file:line links at the head commit', () => {
    const errors = body.indexOf('**❌ Errors (1)**');
    const warnings = body.indexOf('**⚠️ Warnings (1)**');
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(body).toContain(`- [${FILE}:5:1](${REPO}/blob/${SHA}/${FILE}#L5) Over the limit on X — Shorten the X override (\`length\` · X)`);
  });

  it('lists the checklist as unticked boxes', () => {
    expect(body).toContain('- [ ] The conference has a code of conduct');
  });

  it('ends with the vote table and what is still needed', () => {
    expect(body.indexOf('### 🗳️ Vote')).toBeGreaterThan(body.indexOf('- [ ] The conference'));
    expect(body).toContain('| `mia` | member | ✅ approved | ✅ yes |  |');
    expect(body).toContain('| `stranger` | not a member | ✅ approved | no | not on the roster: not counted |');
    expect(body).toContain('2 more approvals needed (quorum 3 of 5 active members). Members who can still approve: `chair-cho`, `co-chair-kai`, `liaison-lee`, `noor`.');
  });

  it('says when a file could not be read as a post', () => {
    const broken = render([postReport('posts/bad.md', [], [finding('posts/bad.md', 'error', 'front matter is not YAML', 1)], [], false)]);
    expect(broken).toContain('This file could not be read as a post');
    expect(broken).toContain('front matter is not YAML');
  });

  it('explains a vote that fails closed', () => {
    const failed = render([onePost], tally(input({ rosterError: '.github/herald.yml:3:1: roster is not a list' })));
    expect(failed).toContain('**Vote:** ⛔ cannot be counted');
    expect(failed).toMatch(/roster cannot be used: \.github\/herald\.yml:3:1: roster is not a list/);
  });
});

describe('renderComment against hostile post text', () => {
  const hostile = 'Look ```` ``` ~~~\n</details></details>\n<img src=x onerror=alert(1)>\n@octocat and @everyone\n```';
  const file = 'posts/<b>@octocat</b>.md';
  const body = render([
    postReport(
      file,
      [rendition('mastodon', file, [hostile], 500, [{ path: 'media/a.png', alt: '</details>@octocat <script>', credit: '[x](javascript:alert(1))', kind: 'image', line: 1, column: 1 }])],
      [finding(file, 'error', 'quoted: </details> @octocat | pipe', 3)],
      ['Is <details> @octocat ok?'],
    ),
  ]);
  const { code, prose } = splitFences(body);

  it('keeps the exact text inside one code block that it cannot close', () => {
    expect(code).toContain(hostile);
  });

  it('leaves no HTML, mention or link injected outside code', () => {
    expect(prose).not.toMatch(/@octocat|@everyone/);
    expect(prose).not.toMatch(/<img|<script|<b>|javascript:alert\(/);
    expect(prose.match(/<details>/g)?.length).toBe(1);
    expect(prose.match(/<\/details>/g)?.length).toBe(1);
  });

  it('keeps table cells intact', () => {
    const withPipe = render([onePost], tally(input({ reviews: [review('mia|x', 'APPROVED')] })));
    expect(withPipe).toContain('| mia\\|x | not a member |');
  });
});
