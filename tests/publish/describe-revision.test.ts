// What a dry run says a correction or retraction would do: each edit with its new text, each reply,
// each part left, each delete and each delete by hand, with the live addresses from the ledger.
import { describe, expect, it } from 'vitest';
import { partKey } from '../../src/core/ledger/keys.ts';
import { recordLive } from '../../src/core/ledger/record.ts';
import type { LedgerEntry } from '../../src/core/ledger/types.ts';
import { planPublication } from '../../src/core/plan/plan.ts';
import type { PlatformId, Post } from '../../src/core/types.ts';
import { describePlan } from '../../src/publish/dry-run.ts';
import { testConfig, testPost, testRendition } from '../helpers/test-platform/data.ts';

const now = new Date('2026-12-02T12:00:00Z');
const config = testConfig([{ id: 'mastodon' }, { id: 'bluesky' }, { id: 'instagram' }]);
const clock = { timeZone: 'UTC', now };

function live(platforms: PlatformId[], parts: number): LedgerEntry {
  let entry: LedgerEntry = { postId: 'news', file: 'posts/news.md', contentHash: 'sha256:old', platforms: {} };
  for (const p of platforms)
    for (let index = 0; index < parts; index++)
      entry = recordLive(
        entry,
        p,
        { index, id: `${p}${index}`, url: `https://${p}.example/${index}` },
        partKey('news', p, index),
        'r',
        now,
      );
  return entry;
}

const dry = (post: Post, platforms: PlatformId[], ledger: LedgerEntry) =>
  describePlan(
    planPublication({
      mode: 'push',
      candidates: [
        {
          file: post.file,
          change: 'modified',
          contentHash: 'sha256:new',
          post,
          findings: [],
          renditions: platforms.map((p) => testRendition(post, p)),
        },
      ],
      ledgers: { news: ledger },
      contentMatches: {},
      config,
      now,
    }),
    {},
    clock,
  );

describe('dry run of corrections and retractions', () => {
  it('lists each edit, new part, reply and part left', () => {
    const post = testPost('news', ['Fixed one'], { correction: { reply: 'Correction: Friday' } });
    expect(dry(post, ['mastodon', 'bluesky'], live(['mastodon', 'bluesky'], 2))).toBe(
      [
        'posts/news.md: correction',
        '  mastodon: edit https://mastodon.example/0 to "Fixed one"',
        '  mastodon: https://mastodon.example/1 is not in the corrected post: left as it is',
        '  bluesky: correction reply "Correction: Friday"',
        '',
      ].join('\n'),
    );
  });

  it('lists each delete, from the end, and what must be deleted by hand', () => {
    const post = testPost('news', ['x'], { retract: true, retractReason: 'Cancelled' });
    expect(dry(post, ['mastodon'], live(['mastodon', 'instagram'], 2))).toBe(
      [
        'posts/news.md: retraction (Cancelled)',
        '  mastodon: delete https://mastodon.example/1',
        '  mastodon: delete https://mastodon.example/0',
        '  instagram: delete by hand https://instagram.example/0 https://instagram.example/1 (the Instagram API can neither edit a caption nor delete a post: change or remove it in the app)',
        '',
      ].join('\n'),
    );
  });
});
