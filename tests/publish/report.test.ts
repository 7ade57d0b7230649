// The post-merge comment and the job summary: hostile file names, platform error texts and returned
// URLs render no mention, HTML, link or image; only the platform's own https addresses are links.
import { describe, expect, it } from 'vitest';
import { liveLinkPolicy } from '../../src/core/comment/live-links.ts';
import type { PostPlan } from '../../src/core/plan/types.ts';
import type { PlatformConfig } from '../../src/core/types.ts';
import { pullRequestComment, summaryMarkdown } from '../../src/publish/report.ts';
import type { PostOutcome, RunOutcome } from '../../src/publish/types.ts';

const FILE = 'posts/@everyone <img src=x onerror=alert(1)> [x](https://evil.example).md';
const ERROR =
  'POST failed with 400: @maintainers <b>urgent</b> ![pixel](https://evil.example/t.png) [reset your token](https://evil.example/login) </details>';
const links = liveLinkPolicy({
  platforms: [
    { id: 'mastodon', server: 'https://fosstodon.org' } as PlatformConfig,
    { id: 'discourse', server: 'http://127.0.0.1:4000' } as PlatformConfig,
  ],
});

function outcome(): PostOutcome {
  const plan = { status: 'publish', postId: 'p', file: FILE, targets: [], skipped: [], edited: false } as unknown as PostPlan;
  return {
    postId: 'p',
    file: FILE,
    plan,
    platforms: [
      {
        platform: 'mastodon',
        status: 'live',
        recovered: 0,
        urls: [
          'https://fosstodon.org/@herald/1',
          'https://evil.example/@herald/2',
          'http://fosstodon.org/@herald/3',
          'javascript:alert(1)',
        ],
      },
      { platform: 'x', status: 'live', recovered: 0, urls: ['https://x.com/herald/status/1)](https://evil.example'] },
      { platform: 'bluesky', status: 'live', recovered: 0, urls: ['https://bsky.app.evil.example/profile/x'] },
      { platform: 'discord', status: 'failed', error: ERROR, urls: [] },
    ],
  };
}

/** Markdown links and images GitHub would render: `[text](target)` not preceded by a backslash. */
function renderedLinks(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)!?\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)/g)].map((m) => m[2]!);
}

/** The markdown outside code spans (where GitHub renders markup), by CommonMark's backtick-run rule. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' CODE ');
}

function expectInert(full: string): void {
  const markdown = outsideCode(full);
  for (const target of renderedLinks(markdown)) expect(target).toMatch(/^https:\/\/(fosstodon\.org|x\.com|github\.com)\//);
  const prose = markdown.replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)/g, ' LINK ');
  // No bare URL (GitHub would autolink it), HTML, mention or image is left outside code and allowed links.
  expect(prose).not.toMatch(/https?:\/\/|www\./);
  expect(prose).not.toMatch(/<(?!!-- herald:published -->)[a-z/!]/i);
  expect(prose).not.toMatch(/@(everyone|maintainers)/);
  expect(prose).not.toMatch(/!\[/);
}

describe('the post-merge comment', () => {
  it("escapes file names and error texts, and links only the platform's own https addresses", () => {
    const body = pullRequestComment([outcome()], 'https://github.com/wg/social/actions/runs/1', links)!;
    expectInert(body);
    expect(renderedLinks(outsideCode(body))).toEqual([
      'https://github.com/wg/social/actions/runs/1',
      'https://fosstodon.org/@herald/1',
      'https://x.com/herald/status/1%29%5D%28https://evil.example',
    ]);
    expect(body).toContain('` https://evil.example/@herald/2 ` (not linked');
    expect(body).toContain('` javascript:alert(1) ` (not linked');
    expect(body).toContain(`discord: failed — \` ${ERROR} \``);
  });

  it('links a self-hosted server only when the config names it', () => {
    const body = pullRequestComment([outcome()])!;
    expect(renderedLinks(outsideCode(body))).not.toContain('https://fosstodon.org/@herald/1');
    expectInert(body);
  });
});

describe('the job summary', () => {
  it('keeps every hostile text inside its table cell, escaped', () => {
    const run: RunOutcome = { posts: [outcome()], failed: true };
    const summary = summaryMarkdown(run, links);
    expectInert(summary);
    const rows = summary.split('\n').filter((line) => /^\| `+ posts\//.test(line));
    expect(rows).toHaveLength(4);
    // Each row has exactly its four cells: no `|` from the hostile text splits one.
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });
});

describe('liveLinkPolicy', () => {
  it.each([
    ['mastodon', 'https://fosstodon.org/@a/1', true],
    ['mastodon', 'https://mastodon.social/@a/1', false],
    ['slack', 'https://wg.slack.com/archives/C1/p1', true],
    ['slack', 'https://slack.com.evil.example/x', false],
    ['discord', 'http://discord.com/channels/1/2/3', false],
    ['discord', 'https://user:pass@discord.com/channels/1', false],
    ['threads', 'https://www.threads.net/@a/post/X', true],
    ['linkedin', 'https://www.linkedin.com/feed/update/urn:li:share:1/', true],
    ['discourse', 'http://127.0.0.1:4000/t/x/1', true],
    // A loopback address is linked only as the configured (stand-in) server, never because a reply names it.
    ['mastodon', 'http://127.0.0.1:4000/@a/1', false],
    ['x', 'http://localhost/status/1', false],
    ['reddit', 'https://www.reddit.com/r/django/comments/abc/', true],
    ['pinterest', 'https://www.pinterest.com/pin/123/', true],
    ['facebook', 'https://facebook.com.evil.example/1', false],
    ['x', 'not a url', false],
  ] as const)('%s %s → %s', (platform, url, allowed) => expect(links(platform, url)).toBe(allowed));
});
