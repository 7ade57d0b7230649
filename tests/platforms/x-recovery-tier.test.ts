// Recovery on an X access tier that may post but not read the account's posts: the publisher's own
// thread step (src/publish/thread.ts) asks findPart, which cannot tell, so it stops with "check by
// hand", and nothing is posted again.
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/core/errors.ts';
import { createXAdapter } from '../../src/platforms/x.ts';
import { publishThread } from '../../src/publish/thread.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { context, keyFor, part, partRequest, platformConfig, rejection, rendition } from '../helpers/servers/fixtures.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startXServer, type XState } from '../helpers/servers/x.ts';

let server: FakeServer<XState>;
const env = { X_API_KEY: 'ck', X_API_SECRET: 'cs', X_ACCESS_TOKEN: 'tk', X_ACCESS_TOKEN_SECRET: 'ts' };
const adapter = () => createXAdapter({ ...platformConfig('x', server.url), account: 'herald' }, env);

useFakeServer(startXServer, (started) => (server = started));

describe('x recovery when the access tier refuses reads', () => {
  it('says "check by hand" and never re-posts a part that may already be live', async () => {
    const r = rendition('x', [part('Maybe already posted')]);
    await adapter().publishPart(partRequest(r, 0), context()); // the interrupted run got this far, unrecorded
    server.state.readsRefused = true;
    const target = { platform: 'x' as const, rendition: r, parts: [{ index: 0, key: keyFor(r, 0), recover: true }], total: 1 };
    const error = await rejection(
      publishThread(target, target.parts, {
        adapter: adapter(),
        ctx: context(),
        retry: { attempts: 3, maxTotalMs: 1000, baseDelayMs: 1, maxDelayMs: 1 },
        hooks: { sleep: async () => {}, log: () => {} },
        entry: () => ({ postId: r.postId, platforms: {} }) as never,
        onLive: async () => {},
      }),
    );
    expect(error).toBeInstanceOf(PlatformError);
    expect(String(error)).toContain('cannot tell whether part 1');
    expect((error as PlatformError).hint).toContain('Check the account by hand');
    expect((error as PlatformError).retryable).toBe(false);
    expect(server.state.tweets).toHaveLength(1);
  });
});
