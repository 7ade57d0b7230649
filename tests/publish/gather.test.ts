// A published post moved in a later push is found by its content (the ledger's `content:` lines, one git
// grep over the ledger branch), never published again.
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core/ledger/keys.ts';
import { harness, loadConfig, planAt, pushedLedger, runOnce, type Harness } from './_harness.ts';
import { threadPost } from './_repo.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const TEXT = threadPost(['Herald 1.0 is out']);

async function publishThenMove(): Promise<{ h: Harness; config: ReturnType<typeof loadConfig>; before: string }> {
  const made = await harness(['mastodon'], { 'posts/launch.md': TEXT });
  h = made;
  const config = loadConfig(made.repo.dir, made.repo.git('show', 'HEAD:.github/herald.yml'));
  expect((await runOnce({ dir: made.repo.dir, env: made.env, factories: made.factories }, config)).failed).toBe(false);
  made.repo.commit({ 'posts/launch.md': null }, 'remove the post');
  const before = made.repo.git('rev-parse', 'HEAD').trim();
  made.repo.commit({ 'posts/2026/launch-again.md': TEXT }, 'the same post under another name');
  return { h: made, config, before };
}

describe('gatherPlanInput: moves across pushes', () => {
  it('a later push of the same content under another name is a rename, and the entry follows the file', async () => {
    const { h, config, before } = await publishThenMove();
    const plan = await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories, before }, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['launch-again', 'renamed']]);
    expect((await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories }, config, plan)).failed).toBe(false);
    expect(pushedLedger(h.repo, 'launch')).toContain('file: posts/2026/launch-again.md');
    // Found by its path from now on: nothing to do, nothing reported.
    expect((await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories, mode: 'schedule' }, config)).posts).toEqual([]);
  });

  it('a ledger whose content line records other content is not a match', async () => {
    const { h, config, before } = await publishThenMove();
    const ledger = pushedLedger(h.repo, 'launch')!.replace(/^content: .*$/m, `content: ${contentHash('other text')}`);
    const side = h.repo.clone('ledger-edit');
    side.git('fetch', '-q', 'origin', 'herald/ledger');
    side.git('checkout', '-q', '-B', 'herald/ledger', 'FETCH_HEAD');
    side.commit({ 'published/launch.yml': ledger }, 'the ledger records other content', false);
    side.git('push', '-q', 'origin', 'HEAD:refs/heads/herald/ledger');
    const plan = await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories, before }, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['launch-again', 'publish']]);
  });
});
