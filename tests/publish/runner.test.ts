import { afterEach, describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import { partKey } from '../../src/core/ledger/keys.ts';
import { type Harness, harness, loadConfig, runOnce, pushedLedger } from './_harness.ts';
import { threadPost } from './_repo.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ledgerAtOrigin = (h: Harness, id: string) => parseLedger(id, pushedLedger(h.repo, id)!);

describe('publish runner', () => {
  it('publishes a thread to every platform, replies chained, media with alt text, and pushes the ledger', async () => {
    h = await harness(['mastodon', 'bluesky'], { 'posts/launch.md': threadPost(['One', 'Two', 'Three'], { media: true }) });
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    const outcome = await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories }, config);
    expect(outcome.failed).toBe(false);
    for (const id of ['mastodon', 'bluesky'] as const) {
      const posts = h.servers[id]!.posts;
      expect(posts.map((p) => p.text)).toEqual(['One', 'Two', 'Three']);
      expect(posts[1]!.replyTo).toBe(posts[0]!.id);
      expect(posts[2]!.replyTo).toBe(posts[1]!.id);
      expect(posts.map((p) => p.key)).toEqual([0, 1, 2].map((i) => partKey('launch', id, i)));
      expect([...h.servers[id]!.media.values()].map((m) => decodeURIComponent(m.alt))).toEqual(
        [1, 2, 3].map((i) => `A blue square, test image ${i}`),
      );
    }
    h.repo.git('fetch', '-q', 'origin');
    const ledger = ledgerAtOrigin(h, 'launch');
    expect(ledger.platforms.mastodon!.map((p) => p.state)).toEqual(['live', 'live', 'live']);
    expect(ledger.platforms.bluesky!.map((p) => p.url)).toEqual(
      h.servers['bluesky']!.posts.map((p) => `${h!.servers['bluesky']!.url}/@herald/${p.id}`),
    );
    expect(outcome.posts[0]!.platforms.map((p) => p.status)).toEqual(['live', 'live']);
  });

  it('one platform failing never blocks another; the error names the post, the platform and its message', async () => {
    h = await harness(['mastodon', 'bluesky'], { 'posts/long.md': threadPost(['x'.repeat(40)]) }, { maxLength: 30 });
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    h.servers['mastodon']!.fail({ path: '/v1/posts', status: 403, times: 1 });
    const outcome = await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories }, config);
    expect(outcome.failed).toBe(true);
    const [mastodon, bluesky] = outcome.posts[0]!.platforms;
    expect(mastodon).toMatchObject({ platform: 'mastodon', status: 'failed', error: 'posts/long.md → mastodon: injected 403' });
    expect(bluesky).toMatchObject({
      platform: 'bluesky',
      status: 'failed',
      error: 'posts/long.md → bluesky: Validation failed: Text is too long (maximum is 30 characters)',
    });
  });

  it('retries a 429 after the Retry-After the platform asked for, then succeeds once', async () => {
    h = await harness(['mastodon'], { 'posts/a.md': threadPost(['Hello']) });
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    h.servers['mastodon']!.fail({ path: '/v1/posts', status: 429, retryAfter: 7, times: 2 });
    const sleeps: number[] = [];
    const outcome = await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories, sleeps }, config);
    expect(outcome.failed).toBe(false);
    expect(sleeps).toEqual([7000, 7000]);
    expect(h.servers['mastodon']!.posts).toHaveLength(1);
  });

  it('gives up after the attempts bound with the last error', async () => {
    h = await harness(['mastodon'], { 'posts/a.md': threadPost(['Hello']) });
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    h.servers['mastodon']!.fail({ path: '/v1/posts', status: 503, times: 10 });
    const sleeps: number[] = [];
    const outcome = await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories, sleeps }, config);
    expect(sleeps).toEqual([1000, 2000, 4000]);
    expect(outcome.posts[0]!.platforms[0]).toMatchObject({ status: 'failed', error: 'posts/a.md → mastodon: injected 503' });
  });

  it('after an ambiguous 502 (the post was created) it finds the post instead of sending it twice', async () => {
    h = await harness(['mastodon'], { 'posts/a.md': threadPost(['Hello']) });
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    h.servers['mastodon']!.fail({ path: '/v1/posts', status: 502, afterEffect: true });
    const outcome = await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories, sleeps: [] }, config);
    expect(outcome.failed).toBe(false);
    expect(h.servers['mastodon']!.posts).toHaveLength(1);
  });

  it('a re-run sends nothing that is live, and recovers an intent the platform already has', async () => {
    h = await harness(['mastodon'], { 'posts/a.md': threadPost(['One', 'Two']) });
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    // First run: part 2 is created but its response is lost (the run sees a 400 and stops).
    h.servers['mastodon']!.fail({ path: '/v1/posts', status: 400, afterEffect: true, skip: 1 });
    const first = await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories }, config);
    expect(first.failed).toBe(true);
    expect(h.servers['mastodon']!.posts).toHaveLength(2);
    h.repo.git('fetch', '-q', 'origin');
    expect(ledgerAtOrigin(h, 'a').platforms.mastodon!.map((p) => p.state)).toEqual(['live', 'intent']);
    const again = await runOnce(
      { dir: h.repo.dir, env: h.env, factories: h.factories, mode: 'retry', retryPost: 'a', runId: 'run-2' },
      config,
    );
    expect(again.posts[0]!.platforms[0]).toMatchObject({ status: 'live', recovered: 1 });
    expect(h.servers['mastodon']!.posts).toHaveLength(2);
    const third = await runOnce(
      { dir: h.repo.dir, env: h.env, factories: h.factories, mode: 'retry', retryPost: 'a', runId: 'run-3' },
      config,
    );
    expect(third.posts[0]!.plan.status).toBe('published');
    expect(h.servers['mastodon']!.requests.filter((r) => r.method === 'POST' && r.path === '/v1/posts')).toHaveLength(2);
  });
});
