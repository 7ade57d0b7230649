// The scheduled run finds the posts waiting for their publish_at in the ledger's schedule index (one file),
// or, in a repository whose ledger predates the index, by searching every ledger file as before.
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEDULE_INDEX } from '../../src/core/ledger/keys.ts';
import { harness, loadConfig, planAt, runOnce, type Harness } from './_harness.ts';
import { threadPost } from './_repo.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const DUE = new Date('2026-12-03T10:00:00Z');

async function scheduled(): Promise<{ h: Harness; config: ReturnType<typeof loadConfig> }> {
  const made = await harness(['mastodon'], {
    'posts/later.md': threadPost(['Later'], { publishAt: '2026-12-03T09:00:00Z' }),
    'posts/now.md': threadPost(['Now']),
  });
  h = made;
  const config = loadConfig(made.repo.dir, made.repo.git('show', 'HEAD:.github/herald.yml'));
  expect((await runOnce({ dir: made.repo.dir, env: made.env, factories: made.factories }, config)).failed).toBe(false);
  return { h: made, config };
}

describe('gatherPlanInput: scheduled posts', () => {
  it('the push lists a post for later in the index; the scheduled run finds it there and, once it is out, drops it', async () => {
    const { h, config } = await scheduled();
    expect(h.repo.git('show', `HEAD:${SCHEDULE_INDEX}`)).toBe('later\n');
    const options = { dir: h.repo.dir, env: h.env, factories: h.factories, mode: 'schedule' as const, now: DUE };
    const plan = await planAt(options, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['later', 'publish']]);
    expect((await runOnce(options, config, plan)).failed).toBe(false);
    expect(h.repo.git('show', `HEAD:${SCHEDULE_INDEX}`)).toBe('');
    expect((await planAt(options, config)).posts).toEqual([]);
  });

  it('a ledger from before the index is still searched (every ledger file read), and indexed on its next commit', async () => {
    const { h, config } = await scheduled();
    h.repo.git('rm', '-q', SCHEDULE_INDEX);
    h.repo.git('commit', '-q', '-m', 'a ledger without the schedule index');
    const options = { dir: h.repo.dir, env: h.env, factories: h.factories, mode: 'schedule' as const, now: DUE };
    const plan = await planAt(options, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['later', 'publish']]);
    expect((await runOnce(options, config, plan)).failed).toBe(false);
    expect(h.repo.git('show', `HEAD:${SCHEDULE_INDEX}`)).toBe('');
  });

  it('the first index of a repository lists every scheduled ledger already there', async () => {
    const { h, config } = await scheduled();
    h.repo.git('rm', '-q', SCHEDULE_INDEX);
    h.repo.commit({ 'posts/another.md': threadPost(['Another']) }, 'another post, on a ledger without the schedule index');
    expect((await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories, before: 'HEAD~1' }, config)).failed).toBe(false);
    expect(h.repo.git('show', `HEAD:${SCHEDULE_INDEX}`)).toBe('later\n');
  });

  it('the index is what the scheduled run reads: a ledger it does not list is not searched for', async () => {
    const { h, config } = await scheduled();
    h.repo.commit({ [SCHEDULE_INDEX]: '' }, 'an index missing the post');
    const plan = await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories, mode: 'schedule', now: DUE }, config);
    expect(plan.posts).toEqual([]);
  });

  it('a line whose ledger is no longer scheduled is not a candidate', async () => {
    const { h, config } = await scheduled();
    h.repo.commit({ [SCHEDULE_INDEX]: 'later\nnow\nnever-planned\n' }, 'stale lines');
    const plan = await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories, mode: 'schedule', now: DUE }, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['later', 'publish']]);
  });
});
