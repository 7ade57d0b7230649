import { describe, expect, it } from 'vitest';
import { CredentialsError, PlatformError } from '../../src/core/errors.ts';
import { createMastodonAdapter, readMastodonInstance } from '../../src/platforms/mastodon.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startMastodonServer, type MastodonState } from '../helpers/servers/mastodon.ts';
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

let server: FakeServer<MastodonState>;
const env = { MASTODON_ACCESS_TOKEN: 'mastodon-test-token' };
const adapter = () => createMastodonAdapter(platformConfig('mastodon', server.url), env);
const ctx = () => context({ 'media/logo.png': PNG_BYTES });

useFakeServer(startMastodonServer, (started) => (server = started));

describe('mastodon adapter', () => {
  it('refuses to build without the token, naming the variable', () => {
    const error = rejectionSync(() => createMastodonAdapter(platformConfig('mastodon', server.url), {}));
    expect(error).toBeInstanceOf(CredentialsError);
    expect(String(error)).toContain('MASTODON_ACCESS_TOKEN');
  });

  it('publishes a thread with content warning, language and visibility, each part replying to the previous', async () => {
    const r = rendition('mastodon', [part('Django 6.0 is out!'), part('Upgrade notes follow.')], {
      contentWarning: 'release',
      language: 'en',
      visibility: 'unlisted',
    });
    const live = await publishThread(adapter(), r, ctx());
    const [first, second] = server.state.statuses;
    expect(first).toMatchObject({
      text: 'Django 6.0 is out!',
      inReplyToId: null,
      spoilerText: 'release',
      language: 'en',
      visibility: 'unlisted',
    });
    expect(second).toMatchObject({ text: 'Upgrade notes follow.', inReplyToId: first!.id });
    expect(live.map((l) => l.url)).toEqual([`${server.url}/@herald/${first!.id}`, `${server.url}/@herald/${second!.id}`]);
    const creates = server.requests.filter((q) => q.path === '/api/v1/statuses');
    expect(creates.map((q) => q.headers['idempotency-key'])).toEqual([`${r.postId}:mastodon:0`, `${r.postId}:mastodon:1`]);
  });

  it('uploads media with its alt text and waits for processing before posting', async () => {
    server.state.processingPolls = 2;
    const r = rendition('mastodon', [part('With a logo', [image('media/logo.png', 'The Django logo')])]);
    await publishThread(adapter(), r, ctx());
    const [media] = server.state.media.values();
    expect(media).toMatchObject({ description: 'The Django logo', type: 'image/png', size: PNG_BYTES.length, pollsLeft: 0 });
    expect(server.state.statuses[0]!.mediaIds).toEqual([media!.id]);
    // Two answers of 206 while processing, then 200 with the url.
    expect(server.requests.filter((q) => q.path === `/api/v1/media/${media!.id}`)).toHaveLength(3);
  });

  it('returns the same status when a create is repeated with the same key', async () => {
    const r = rendition('mastodon', [part('Once only')]);
    const first = await adapter().publishPart(partRequest(r, 0), ctx());
    const again = await adapter().publishPart(partRequest(r, 0), ctx());
    expect(again).toEqual(first);
    expect(server.state.statuses).toHaveLength(1);
  });

  it('finds a published part by its text and reply target, and nothing for an unpublished one', async () => {
    const r = rendition('mastodon', [part('First'), part('Second')]);
    const live = await publishThread(adapter(), r, ctx());
    expect(await adapter().findPart(partRequest(r, 1, live), ctx())).toEqual(live[1]);
    const other = rendition('mastodon', [part('Never sent')]);
    expect(await adapter().findPart(partRequest(other, 0), ctx())).toBeUndefined();
  });

  it('boosts a status by URL and quotes one', async () => {
    const [original] = await publishThread(adapter(), rendition('mastodon', [part('Original')]), ctx());
    const boost = await adapter().repost!(original!.url, 'k', ctx());
    expect(boost.id).toBe(original!.id);
    expect(server.state.statuses.filter((s) => s.reblogOf === original!.id)).toHaveLength(1);
    await publishThread(adapter(), rendition('mastodon', [part('Quoting')], { postId: 'quoting', quote: original!.url }), ctx());
    expect(server.state.statuses.at(-1)!.quotedStatusId).toBe(original!.id);
    expect(await adapter().metrics!(original!, ctx())).toEqual({ likes: 0, reposts: 1, replies: 0 });
    expect(await adapter().followers!(ctx())).toBe(42);
  });

  it('reads the limits from the instance API', async () => {
    server.state.maxCharacters = 1000;
    expect(await readMastodonInstance(server.url, 'x', ctx())).toEqual({
      limits: { characters: 1000, media: 4, altText: 1500 },
      plainText: false,
    });
  });

  it("converts over-length text into a PlatformError with Mastodon's own message", async () => {
    const error = await rejection(adapter().publishPart(partRequest(rendition('mastodon', [part('a'.repeat(501))]), 0), ctx()));
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ platform: 'mastodon', status: 422, retryable: false });
    expect(String(error)).toContain('Validation failed: Text character limit of 500 exceeded');
  });

  it('reports a rejected token as not retryable, pointing at the credentials', async () => {
    const bad = createMastodonAdapter(platformConfig('mastodon', server.url), { MASTODON_ACCESS_TOKEN: 'wrong' });
    const error = await rejection(bad.publishPart(partRequest(rendition('mastodon', [part('Hi')]), 0), ctx()));
    expect(error).toMatchObject({ platform: 'mastodon', status: 401, retryable: false });
    expect(String(error)).toContain('The access token is invalid');
    expect((error as PlatformError).hint).toContain('credentials');
  });

  it('marks 429 retryable with the Retry-After seconds, and 503 retryable', async () => {
    server.fail({ status: 429, retryAfter: 30 });
    const limited = await rejection(adapter().publishPart(partRequest(rendition('mastodon', [part('Hi')]), 0), ctx()));
    expect(limited).toMatchObject({ status: 429, retryable: true, retryAfter: 30 });
    server.fail({ status: 503 });
    expect(await rejection(adapter().publishPart(partRequest(rendition('mastodon', [part('Hi')]), 0), ctx()))).toMatchObject({
      status: 503,
      retryable: true,
    });
  });

  it('describes exactly the writes publishPart sends, without the token', async () => {
    const r = rendition('mastodon', [part('Logo', [image('media/logo.png', 'Alt')]), part('Two')]);
    const planned = [...adapter().describe(partRequest(r, 0)), ...adapter().describe(partRequest(r, 1))];
    await publishThread(adapter(), r, ctx());
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests));
    expect(JSON.stringify(planned)).not.toContain(env.MASTODON_ACCESS_TOKEN);
  });
});

function rejectionSync(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
