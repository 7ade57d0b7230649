// The runner writes a failed attempt into the ledger's failure log, pushed with the results, so the
// quarterly report can list failures and retries.
import { afterEach, describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import { type Harness, harness, loadConfig, runOnce, pushedLedger } from './_harness.ts';
import { threadPost } from './_repo.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('failure log', () => {
  it('records the failed platform with the run and the message, and nothing for the one that worked', async () => {
    h = await harness(['mastodon', 'bluesky'], { 'posts/launch.md': threadPost(['Hello']) });
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    h.servers['mastodon']!.fail({ path: '/v1/posts', status: 403, times: 1 });
    const outcome = await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories, runId: 'run-7' }, config);
    expect(outcome.failed).toBe(true);
    const ledger = parseLedger('launch', pushedLedger(h.repo, 'launch')!);
    expect(ledger.failures).toEqual([
      { platform: 'mastodon', run: 'run-7', at: expect.any(String), message: 'posts/launch.md → mastodon: injected 403' },
    ]);
    expect(ledger.platforms.bluesky?.[0]?.state).toBe('live');
  });
});
