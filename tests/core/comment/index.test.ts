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
    rendition('mastodon', FILE, ['Django 6.0 is out!'], 500, [
      { path: 'media/pony.png', alt: 'A pony on stage', credit: 'Jo Doe', kind: 'image', line: 9, column: 1 },
    ]),
    rendition('bluesky', FILE, ['Django 6.0 is out! 🎉', 'Second part'], 300),
    rendition('x', FILE, ['x'.repeat(290)], 280),
  ],
  [
    finding(FILE, 'warn', 'Three hashtags or fewer read better', 7),
    finding(FILE, 'error', 'Over the limit on X', 5, { platform: 'x', hint: 'Shorten the X override' }),
  ],
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

  it('opens with the status line and says what merging does', () => {
    const [, status, merging] = body.split('\n\n');
    expect(status).toBe('### 📣 Herald · 1 post · ❌ 1 error, 1 warning · ⏳ 1 of 3 approvals: needs 2 more');
    expect(merging).toBe('**Merging publishes nothing of 2026-12-01-django-6-0 until the errors are fixed.**');
  });

  it('previews each platform as quoted text with its count against the limit and ✅/❌', () => {
    expect(body).toContain('<summary>✅ <b>Mastodon</b></summary>\n\n✅ Mastodon 18/500');
    expect(body).toContain('<summary>❌ <b>X</b></summary>\n\n❌ X 290/280');
    expect(body).toContain(`> ${'x'.repeat(290)}`);
    expect(body).toContain('❌ X: 290/280, over the limit from character 281');
  });

  it('numbers thread parts and shows Bluesky bytes only when they are what is over', () => {
    expect(body).toContain('<summary>✅ <b>Bluesky</b> · thread of 2</summary>\n\n✅ Bluesky 20/300 + 11/300');
    expect(body).toContain('**1/2**\n\n> Django 6.0 is out\\! 🎉');
    expect(body).toContain('**2/2**\n\n> Second part');
  });

  it('shows media as a thumbnail at the head commit with alt text and credit', () => {
    expect(body).toContain(`<img src="${REPO}/blob/${SHA}/media/pony.png?raw=true" width="120" alt="A pony on stage">`);
    expect(body).toContain('<sub>**Alt text:** A pony on stage · **Credit:** Jo Doe</sub>');
  });

  it('groups platforms that receive the same text under one heading', () => {
    const same = render([
      postReport(FILE, [rendition('discord', FILE, ['Same']), rendition('slack', FILE, ['Same']), rendition('discourse', FILE, ['Same'])]),
    ]);
    expect(same).toContain(
      '<summary>✅ <b>Discord · Slack · Discourse</b></summary>\n\n✅ Discord 4/500 · ✅ Slack 4/500 · ✅ Discourse 4/500\n\n> Same',
    );
    expect(same.match(/> Same/g)).toHaveLength(1);
  });

  it('links the file and, on a branch of this repository, an edit link', () => {
    const withBranch = renderComment({
      report: report([onePost]),
      tally: pending,
      headSha: SHA,
      repoUrl: REPO,
      headBranch: { repoUrl: REPO, name: 'new-post' },
    });
    expect(withBranch).toContain(`[✏️ edit this post](${REPO}/edit/new-post/${FILE})`);
    expect(body).toContain(`[view the file](${REPO}/blob/${SHA}/${FILE})`);
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
    expect(body).toContain('| `stranger` | not a member | approved (not counted) | no | not on the roster: not counted |');
    expect(body.match(/✅ approved/g)).toHaveLength(1);
    expect(body).toContain(
      '2 more approvals needed (quorum 3 of 5 active members). Members who can still approve: `chair-cho`, `co-chair-kai`, `liaison-lee`, `noor`.',
    );
  });

  it('says when a file could not be read as a post', () => {
    const broken = render([postReport('posts/bad.md', [], [finding('posts/bad.md', 'error', 'front matter is not YAML', 1)], [], false)]);
    expect(broken).toContain('This file could not be read as a post');
    expect(broken).toContain('front matter is not YAML');
  });

  it('explains a vote that fails closed', () => {
    const failed = render([onePost], tally(input({ rosterError: '.github/herald.yml:3:1: roster is not a list' })));
    expect(failed).toContain('⛔ vote cannot be counted');
    expect(failed).toMatch(/roster cannot be used: \.github\/herald\.yml:3:1: roster is not a list/);
  });
});

describe('renderComment against hostile post text', () => {
  const hostile = 'Look ```` ``` ~~~\n</details></details>\n<img src=x onerror=alert(1)>\n@octocat and @everyone\n```';
  const file = 'posts/<b>@octocat</b>.md';
  const body = render([
    postReport(
      file,
      [
        rendition('mastodon', file, [hostile], 500, [
          {
            path: 'media/a.png',
            alt: '</details>@octocat <script>',
            credit: '[x](javascript:alert(1))',
            kind: 'image',
            line: 1,
            column: 1,
          },
        ]),
      ],
      [finding(file, 'error', 'quoted: </details> @octocat | pipe', 3)],
      ['Is <details> @octocat ok?'],
    ),
  ]);
  const { code, prose } = splitFences(body);

  it('keeps the exact text in quote blocks, every markdown character escaped', () => {
    expect(code).toEqual([]);
    expect(body).toContain(
      '> Look \\`\\`\\`\\` \\`\\`\\` \\~\\~\\~\n> &lt;/details&gt;&lt;/details&gt;\n> &lt;img src\\=x onerror\\=alert\\(1\\)&gt;',
    );
  });

  it('leaves no HTML, mention or link injected', () => {
    expect(prose).not.toMatch(/@octocat|@everyone/);
    expect(prose).not.toMatch(/<img src=x|<script|<b>@|javascript:alert\(1\)\)/);
    expect(prose.match(/<details/g)?.length).toBe(1);
    expect(prose.match(/<\/details>/g)?.length).toBe(1);
  });

  it('keeps table cells intact', () => {
    const withPipe = render([onePost], tally(input({ reviews: [review('mia|x', 'APPROVED')] })));
    expect(withPipe).toContain('| mia\\|x | not a member |');
  });
});
