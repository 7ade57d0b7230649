import { describe, expect, test } from 'vitest';
import { correctionFindings, liveChange } from '../../src/core/after-publish.ts';
import { checkPosts } from '../../src/core/check.ts';
import { renderComment } from '../../src/core/comment/index.ts';
import { parseConfig } from '../../src/core/config/parse.ts';
import { contentHash, partKey } from '../../src/core/ledger/keys.ts';
import type { LedgerEntry } from '../../src/core/ledger/types.ts';
import { parsePost } from '../../src/core/post/parse.ts';
import { tally } from '../../src/core/tally/index.ts';
import type { PlatformId } from '../../src/core/types.ts';
import { outsideCode } from '../helpers/markdown.ts';

const parsed = parseConfig(
  '.github/herald.yml',
  'timezone: Europe/Amsterdam\nplatforms:\n  mastodon: { server: https://fosstodon.org }\n  bluesky: { account: group.example.org }\n  instagram: { user: "17841400000000000" }\n',
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
const config = parsed.config;
const FILE = 'posts/2026-11-20-ships.md';
const NOW = new Date('2026-12-01T10:00:00Z');
const URLS: Partial<Record<PlatformId, string>> = {
  mastodon: 'https://fosstodon.org/@group/1',
  instagram: 'https://www.instagram.com/p/C1',
};

function entry(platforms: PlatformId[]): LedgerEntry {
  const parts = Object.fromEntries(
    platforms.map((p) => [
      p,
      [
        {
          index: 0,
          key: partKey('x', p, 0),
          state: 'live',
          run: '1',
          intentAt: '2026-11-20T09:00:00Z',
          id: '1',
          url: URLS[p] ?? 'https://bsky.app/profile/a/post/1',
          liveAt: '2026-11-20T09:00:00Z',
        },
      ],
    ]),
  );
  return { postId: '2026-11-20-ships', file: FILE, contentHash: contentHash('x'), platforms: parts };
}

const text = (front: string, body: string) => `---\nplatforms: [mastodon, instagram]\nlanguage: en\n${front}---\n${body}\n`;

async function change(front: string, body: string, before?: string) {
  const report = (await checkPosts({ files: [{ path: FILE, content: text(front, body) }], config, now: NOW })).posts[0]!;
  const old = before === undefined ? undefined : parsePost(FILE, text('', before));
  return { report, change: liveChange(report, entry(['mastodon', 'instagram']), old?.ok ? old.post : undefined, config)! };
}

describe('what merging does to a live post', () => {
  test('a retraction deletes where the API can, and says delete by hand where it cannot (Instagram)', async () => {
    const { change: c } = await change('retract: true\nretract_reason: wrong date\n', 'Ships on 4 December.');
    expect(c.platforms).toEqual([
      { platform: 'mastodon', url: URLS.mastodon, kind: 'delete' },
      {
        platform: 'instagram',
        url: URLS.instagram,
        kind: 'delete-by-hand',
        note: expect.stringContaining('neither edit a caption nor delete'),
      },
    ]);
  });

  test('an edit whose live version is no longer on the default branch shows the new text only', async () => {
    const { change: c } = await change('', 'Ships on 5 December.');
    expect(c.platforms[0]).toEqual({ platform: 'mastodon', url: URLS.mastodon, kind: 'edit', after: ['Ships on 5 December.'] });
    expect(correctionFindings(c)).toMatchObject([{ platform: 'instagram', ruleId: 'post/correction', severity: 'warn' }]);
  });

  test('hostile live and new text stays inside code blocks: no mention, no closed fence, no HTML', async () => {
    const hostile = 'Thanks @octocat </details> ````\n# heading <img src=x onerror=alert(1)>';
    const { report, change: c } = await change('correction: leave\n', hostile, 'Ships on 4 December. ``` @mallory');
    const body = renderComment({
      report: { posts: [report], errors: 0, warnings: 0 },
      tally: tally({
        roster: [],
        policy: config.approval,
        today: '2026-12-01',
        prAuthor: 'ada',
        reviews: [],
        contentChangedSince: () => false,
        needsBoard: [],
        membershipVote: false,
      }),
      headSha: 'a'.repeat(40),
      repoUrl: 'https://github.com/o/r',
      config,
      now: NOW,
      live: { [FILE]: c },
    });
    const prose = outsideCode(body.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, 'BLOCK'));
    expect(prose).not.toMatch(/@(octocat|mallory)|<img|<\/details> ````/);
    expect(body).toContain('`````text\nThanks @octocat </details> ````');
  });
});
