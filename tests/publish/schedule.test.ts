// The scheduled run finds the posts waiting for their publish_at by searching the ledger, publishes them once
// they are due, and finds nothing more afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { harness, loadConfig, planAt, runOnce, type Harness } from './_harness.ts';
import { threadPost } from './_repo.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('gatherPlanInput: scheduled posts', () => {
  it('the push leaves a post for later; the scheduled run publishes it when due, then finds nothing', async () => {
    h = await harness(['mastodon'], {
      'posts/later.md': threadPost(['Later'], { publishAt: '2026-12-03T09:00:00Z' }),
      'posts/now.md': threadPost(['Now']),
    });
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    expect((await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories }, config)).failed).toBe(false);
    const options = {
      dir: h.repo.dir,
      env: h.env,
      factories: h.factories,
      mode: 'schedule' as const,
      now: new Date('2026-12-03T10:00:00Z'),
    };
    const plan = await planAt(options, config);
    expect(plan.posts.map((p) => [p.postId, p.status])).toEqual([['later', 'publish']]);
    expect((await runOnce(options, config, plan)).failed).toBe(false);
    expect((await planAt(options, config)).posts).toEqual([]);
  });
});
