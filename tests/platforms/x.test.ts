import { describe, expect, it } from 'vitest';
import { CredentialsError, PlatformError } from '../../src/core/errors.ts';
import { createXAdapter } from '../../src/platforms/x.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startXServer, type XState } from '../helpers/servers/x.ts';
import {
  context,
  image,
  part,
  partRequest,
  platformConfig,
  plannedCalls,
  PNG_BYTES,
  publishThread,
  rejection,
  rendition,
  writeCalls,
} from '../helpers/servers/fixtures.ts';

let server: FakeServer<XState>;
const env = { X_API_KEY: 'ck', X_API_SECRET: 'cs', X_ACCESS_TOKEN: 'tk', X_ACCESS_TOKEN_SECRET: 'ts' };
const adapter = (e: Record<string, string> = env) => createXAdapter({ ...platformConfig('x', server.url), account: 'herald' }, e);
const ctx = () => context({ 'media/logo.png': PNG_BYTES });

useFakeServer(startXServer, (started) => (server = started));

describe('x adapter', () => {
  it('refuses to build without every OAuth secret, naming the missing ones', () => {
    expect(() => createXAdapter(platformConfig('x', server.url), { X_API_KEY: 'ck' })).toThrow(CredentialsError);
    expect(() => createXAdapter(platformConfig('x', server.url), { X_API_KEY: 'ck' })).toThrow(
      /X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET/,
    );
  });

  it('publishes a thread, each post replying to the previous one', async () => {
    const live = await publishThread(adapter(), rendition('x', [part('One'), part('Two'), part('Three')]), ctx());
    const [a, b, c] = server.state.tweets;
    expect([a!.replyTo, b!.replyTo, c!.replyTo]).toEqual([undefined, a!.id, b!.id]);
    expect(live[2]).toEqual({ index: 2, id: c!.id, url: `https://x.com/herald/status/${c!.id}` });
  });

  it('uploads an image and sets its alt text before posting', async () => {
    await publishThread(adapter(), rendition('x', [part('Logo', [image('media/logo.png', 'The logo')])]), ctx());
    const [media] = server.state.media.values();
    expect(media).toMatchObject({ alt: 'The logo', category: 'tweet_image', size: PNG_BYTES.length });
    expect(server.state.tweets[0]!.mediaIds).toEqual([media!.id]);
  });

  it('quotes and retweets by URL', async () => {
    const [original] = await publishThread(adapter(), rendition('x', [part('Original')]), ctx());
    await publishThread(adapter(), rendition('x', [part('Quote')], { quote: original!.url }), ctx());
    expect(server.state.tweets[1]!.quoteOf).toBe(original!.id);
    await adapter().repost!(original!.url, 'k', ctx());
    expect(server.state.retweets).toEqual([original!.id]);
    expect(await adapter().metrics!(original!, ctx())).toEqual({ likes: 0, reposts: 1, replies: 0 });
    expect(await adapter().followers!(ctx())).toBe(7);
  });

  it('finds a published part even though X rewrote its link, and not an unpublished one', async () => {
    const r = rendition('x', [part('Read https://example.org/notes now'), part('More')]);
    const live = await publishThread(adapter(), r, ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live[0]);
    expect(await adapter().findPart(partRequest(r, 1, live), ctx())).toEqual(live[1]);
    expect(await adapter().findPart(partRequest(rendition('x', [part('Other')]), 0), ctx())).toBeUndefined();
  });

  it("turns a too-long post into a PlatformError with X's message", async () => {
    const error = await rejection(adapter().publishPart(partRequest(rendition('x', [part('x'.repeat(281))]), 0), ctx()));
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ platform: 'x', status: 403, retryable: false });
    expect(String(error)).toContain('Your Tweet text is too long');
  });

  it('reports a wrong secret as 401 (the signature does not verify)', async () => {
    const error = await rejection(
      adapter({ ...env, X_ACCESS_TOKEN_SECRET: 'wrong' }).publishPart(partRequest(rendition('x', [part('Hi')]), 0), ctx()),
    );
    expect(error).toMatchObject({ platform: 'x', status: 401, retryable: false });
    expect(server.state.tweets).toEqual([]);
  });

  it('marks 429 retryable with Retry-After as an HTTP date, and 500 retryable', async () => {
    server.fail({ status: 429, retryAfter: new Date(Date.now() + 120_000).toUTCString() });
    const limited = (await rejection(adapter().publishPart(partRequest(rendition('x', [part('Hi')]), 0), ctx()))) as PlatformError;
    expect(limited).toMatchObject({ status: 429, retryable: true });
    expect(limited.retryAfter).toBeGreaterThanOrEqual(118);
    expect(limited.retryAfter).toBeLessThanOrEqual(121);
    server.fail({ status: 500 });
    expect(await rejection(adapter().publishPart(partRequest(rendition('x', [part('Hi')]), 0), ctx()))).toMatchObject({
      status: 500,
      retryable: true,
    });
  });

  it('describes the writes publishPart sends, with no secret in them', async () => {
    const r = rendition('x', [part('Logo', [image('media/logo.png', 'Alt')]), part('Two')]);
    const planned = [...adapter().describe(partRequest(r, 0)), ...adapter().describe(partRequest(r, 1))];
    await publishThread(adapter(), r, ctx());
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests));
    for (const secret of Object.values(env)) expect(JSON.stringify(planned)).not.toContain(`"${secret}"`);
  });
});
