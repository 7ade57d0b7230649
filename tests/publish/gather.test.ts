// A published post moved in a later push is found by its content, never published again, whether the
// repository's ledger has the content index or predates it.
import { afterEach, describe, expect, it } from 'vitest';
import { contentHash, contentIndexPath } from '../../src/core/ledger/keys.ts';
import { harness, loadConfig, planAt, runOnce, type Harness } from './_harness.ts';
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
  it('the claim writes the content index, and a later push of the same content is a rename', async () => {
    const { h, config, before } = await publishThenMove();
    expect(h.repo.git('show', `HEAD:${contentIndexPath(contentHash(TEXT))}`)).toBe('launch\n');
    const plan = await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories, before }, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['launch-again', 'renamed']]);
  });

  it('a ledger from before the index is still searched (every ledger file read)', async () => {
    const { h, config, before } = await publishThenMove();
    h.repo.git('rm', '-r', '-q', 'published/.by-content');
    h.repo.git('commit', '-q', '-m', 'a ledger without the index');
    const plan = await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories, before }, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['launch-again', 'renamed']]);
  });

  it('an index line whose ledger records other content now is not a match', async () => {
    const { h, config, before } = await publishThenMove();
    const ledger = h.repo.git('show', 'HEAD:published/launch.yml').replace(/^content: .*$/m, `content: ${contentHash('other text')}`);
    h.repo.commit({ 'published/launch.yml': ledger }, 'the ledger records other content');
    const plan = await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories, before }, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['launch-again', 'publish']]);
  });
});
