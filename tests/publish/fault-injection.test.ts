// Kill the publisher at every API-call boundary of a multi-platform, multi-part run, re-run it until
// it succeeds, and count what the platforms hold: every part exactly once.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import { partKey } from '../../src/core/ledger/keys.ts';
import type { PlatformId } from '../../src/core/types.ts';
import { harness, type Harness, pushedLedger } from './_harness.ts';
import { threadPost } from './_repo.ts';
import { publisherRuns, type ChildRun } from './_spawn-publisher.ts';

const PLATFORMS: PlatformId[] = ['mastodon', 'bluesky'];
const PARTS = 2;
// Per platform: one media upload and one status per part, each with a boundary before and after;
// three ledger pushes (creating the herald/ledger branch, intents, results), each with a boundary
// before and after.
const BOUNDARIES = PLATFORMS.length * PARTS * 2 * 2 + 3 * 2;

async function scenario(): Promise<{
  h: Harness;
  run: (killAt: number) => Promise<ChildRun>;
}> {
  // Exactly-once is what this test is about; the vote check has its own tests (tests/action/approval.test.ts).
  const h = await harness(PLATFORMS, {}, { configExtra: 'publish: { require_vote: false }\n' });
  const before = h.repo.git('rev-parse', 'HEAD').trim();
  const after = h.repo.commit({ 'posts/launch.md': threadPost(['Part one', 'Part two'], { media: true }) }, 'Merge pull request #7');
  const run = await publisherRuns(h.repo, before, after, { ...h.env, TEST_PLATFORMS: PLATFORMS.join(',') });
  return { h, run };
}

function assertExactlyOnce(h: Harness): void {
  for (const platform of PLATFORMS) {
    const posts = h.servers[platform]!.posts;
    const keys = posts.map((p) => p.key);
    expect(keys, `${platform}: duplicates or missing parts`).toEqual(
      Array.from({ length: PARTS }, (_, i) => partKey('launch', platform, i)),
    );
    expect(posts[1]!.replyTo).toBe(posts[0]!.id);
  }
  h.repo.git('fetch', '-q', 'origin');
  const ledger = parseLedger('launch', pushedLedger(h.repo, 'launch')!);
  for (const platform of PLATFORMS) {
    expect(ledger.platforms[platform]!.map((p) => [p.state, p.id])).toEqual(h.servers[platform]!.posts.map((p) => ['live', p.id]));
  }
}

describe('fault injection: SIGKILL at every API-call boundary', () => {
  it(`a clean run passes ${BOUNDARIES} boundaries and publishes everything once`, async () => {
    const { h, run } = await scenario();
    try {
      const result = await run(0);
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain(`boundaries=${BOUNDARIES}`);
      assertExactlyOnce(h);
    } finally {
      await h.close();
    }
  }, 60_000);

  it.each(Array.from({ length: BOUNDARIES }, (_, i) => i + 1))(
    'killed at boundary %i, re-run until done: zero duplicates, zero missing',
    async (killAt) => {
      const { h, run } = await scenario();
      try {
        const killed = await run(killAt);
        expect(killed.signal, killed.stdout).toBe('SIGKILL');
        let final = await run(0);
        for (let rerun = 1; final.code !== 0 && rerun < 3; rerun++) final = await run(0);
        expect(final.code, final.stdout).toBe(0);
        assertExactlyOnce(h);
      } finally {
        await h.close();
      }
    },
    120_000,
  );
});
