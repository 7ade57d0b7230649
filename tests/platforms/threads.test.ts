import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CredentialsError, PlatformError } from '../../src/core/errors.ts';
import { createThreadsAdapter, threadsAdapterFactory } from '../../src/platforms/threads.ts';
import type { AdapterContext } from '../../src/platforms/types.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startMediaHost, startThreadsServer, type ThreadsState } from '../helpers/servers/threads.ts';
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

let server: FakeServer<ThreadsState>;
let host: FakeServer<{ files: Record<string, Uint8Array> }>;
const env = { THREADS_ACCESS_TOKEN: 'threads-test-token' };
const fast = threadsAdapterFactory({ pollIntervalMs: 1, pollAttempts: 20 });
const adapter = (options: Record<string, string> = { media_base_url: `${host.url}/` }, token = env.THREADS_ACCESS_TOKEN) =>
  fast(platformConfig('threads', server.url, options), { THREADS_ACCESS_TOKEN: token });
const ctx = () => context();

useFakeServer(startThreadsServer, (started) => (server = started));
beforeEach(async () => {
  host = await startMediaHost({ 'media/logo.png': PNG_BYTES, 'media/two words.png': PNG_BYTES, 'media/clip.mp4': PNG_BYTES });
});
afterEach(async () => {
  await host.close();
});

describe('threads adapter', () => {
  it('refuses to build without the token (naming the variable) or with a media base that is not a URL', () => {
    expect(() => createThreadsAdapter(platformConfig('threads', server.url), {})).toThrow(CredentialsError);
    expect(() => createThreadsAdapter(platformConfig('threads', server.url), {})).toThrow(/THREADS_ACCESS_TOKEN/);
    expect(() => adapter({ media_base_url: 'raw.githubusercontent.com/org/repo' })).toThrow(/media_base_url is not an http\(s\) URL/);
  });

  it('publishes each part in two steps (container, then publish), each part replying to the previous', async () => {
    const r = rendition('threads', [part('Django 6.0 is out!'), part('Upgrade notes follow.')]);
    const live = await publishThread(adapter(), r, ctx());
    const [first, second] = server.state.posts;
    expect(first).toMatchObject({ text: 'Django 6.0 is out!', mediaType: 'TEXT_POST', replyToId: undefined });
    expect(second).toMatchObject({ text: 'Upgrade notes follow.', replyToId: first!.id });
    expect(live).toEqual([
      { index: 0, id: first!.id, url: `https://www.threads.net/@herald/post/${first!.shortcode}` },
      { index: 1, id: second!.id, url: `https://www.threads.net/@herald/post/${second!.shortcode}` },
    ]);
    expect(writeCalls(server.requests)).toEqual([
      'POST /v1.0/me/threads',
      'POST /v1.0/me/threads_publish',
      'POST /v1.0/me/threads',
      'POST /v1.0/me/threads_publish',
    ]);
    expect(
      server.requests.every((q) => q.headers.authorization === `Bearer ${env.THREADS_ACCESS_TOKEN}` && !q.query.has('access_token')),
    ).toBe(true);
  });

  it('gives Threads the public URL of an image with its alt text, and waits until the container is processed', async () => {
    server.state.processingPolls = 2;
    const r = rendition('threads', [part('With a logo', [image('media/logo.png', 'The Django logo')])]);
    await publishThread(adapter(), r, ctx());
    const [container] = server.state.containers.values();
    expect(container).toMatchObject({
      mediaType: 'IMAGE',
      mediaUrl: `${host.url}/media/logo.png`,
      altText: 'The Django logo',
      status: 'PUBLISHED',
    });
    expect(host.requests.map((q) => `${q.method} ${q.path}`)).toEqual(['GET /media/logo.png']);
    // Two answers of IN_PROGRESS, then FINISHED, and only then the publish.
    const polls = server.requests.filter((q) => q.path === `/v1.0/${container!.id}` && q.query.get('fields') === 'status,error_message');
    expect(polls).toHaveLength(3);
    expect(server.state.posts[0]).toMatchObject({
      mediaType: 'IMAGE',
      media: [{ url: `${host.url}/media/logo.png`, alt: 'The Django logo' }],
    });
  });

  it('sends several images as a carousel, path segments encoded', async () => {
    const media = [image('media/logo.png', 'First'), image('media/two words.png', 'Second')];
    await publishThread(adapter(), rendition('threads', [part('Two pictures', media)]), ctx());
    const containers = [...server.state.containers.values()];
    expect(containers.map((c) => [c.mediaType, c.isCarouselItem])).toEqual([
      ['IMAGE', true],
      ['IMAGE', true],
      ['CAROUSEL', false],
    ]);
    expect(containers[2]!.children).toEqual([containers[0]!.id, containers[1]!.id]);
    expect(containers[1]!.mediaUrl).toBe(`${host.url}/media/two%20words.png`);
    expect(server.state.posts[0]).toMatchObject({
      mediaType: 'CAROUSEL_ALBUM',
      text: 'Two pictures',
      media: [{ alt: 'First' }, { alt: 'Second' }],
    });
  });

  it('refuses media when no public base URL is configured, naming the post and the file, before sending anything', async () => {
    const r = rendition('threads', [part('Logo', [image('media/logo.png', 'Alt')])]);
    const error = await rejection(adapter({}).publishPart(partRequest(r, 0), ctx()));
    expect(error).toBeInstanceOf(PlatformError);
    expect(String(error)).toContain('posts/2026-12-01-release.md (part 1, media/logo.png)');
    expect((error as PlatformError).hint).toContain('media_base_url');
    const gif = rendition('threads', [part('Anim', [{ ...image('media/a.gif', 'Alt'), kind: 'gif' }])]);
    expect(String(await rejection(adapter().publishPart(partRequest(gif, 0), ctx())))).toContain(
      'JPEG or PNG images and MP4 or MOV videos only',
    );
    const many = rendition('threads', [
      part(
        'Album',
        Array.from({ length: 21 }, (_, i) => image(`media/${i}.png`, `Picture ${i}`)),
      ),
    ]);
    expect(String(await rejection(adapter().publishPart(partRequest(many, 0), ctx())))).toContain(
      '21 media; a Threads carousel holds at most 20',
    );
    expect(server.requests).toEqual([]);
  });

  it("reports an image URL that does not answer with Meta's own words, and publishes nothing", async () => {
    const r = rendition('threads', [part('Missing', [image('media/not-committed.png', 'Alt')])]);
    const error = await rejection(adapter().publishPart(partRequest(r, 0), ctx()));
    expect(error).toMatchObject({ platform: 'threads', status: 400, retryable: false });
    expect(String(error)).toContain(
      `Media download has failed: The media could not be fetched from this URI: ${host.url}/media/not-committed.png`,
    );
    expect(String(error)).toMatch(/OAuthException 1\/2207052, fbtrace_id \w+/);
    expect(server.state.posts).toEqual([]);
  });

  it('sends a video by its URL and reports a container that Threads could not process, publishing nothing', async () => {
    server.state.processingPolls = 1;
    server.state.processingError = 'FAILED_PROCESSING_VIDEO';
    const video = { ...image('media/clip.mp4', 'A short demo'), kind: 'video' as const };
    const error = await rejection(adapter().publishPart(partRequest(rendition('threads', [part('Watch', [video])]), 0), ctx()));
    expect(error).toMatchObject({ platform: 'threads', retryable: false });
    expect(String(error)).toContain(
      'posts/2026-12-01-release.md (part 1): Threads could not prepare the post (container ERROR: FAILED_PROCESSING_VIDEO)',
    );
    expect([...server.state.containers.values()]).toMatchObject([
      { mediaType: 'VIDEO', mediaUrl: `${host.url}/media/clip.mp4`, altText: 'A short demo', status: 'ERROR' },
    ]);
    expect(writeCalls(server.requests)).toEqual(['POST /v1.0/me/threads']);
    expect(server.state.posts).toEqual([]);
  });

  it('finds a published part by its exact text and reply target, and nothing for an unpublished one', async () => {
    const r = rendition('threads', [part('First'), part('Second')]);
    const live = await publishThread(adapter(), r, ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live[0]);
    expect(await adapter().findPart(partRequest(r, 1, live), ctx())).toEqual(live[1]);
    // Same text, other reply target: not this part.
    const other = await publishThread(adapter(), rendition('threads', [part('Elsewhere')], { postId: 'other' }), ctx());
    expect(await adapter().findPart(partRequest(r, 1, other), ctx())).toBeUndefined();
    expect(await adapter().findPart(partRequest(rendition('threads', [part('Never sent')]), 0), ctx())).toBeUndefined();
  });

  it('pages through the listing to find an older part', async () => {
    const r = rendition('threads', [part('The one to find')]);
    const [target] = await publishThread(adapter(), r, ctx());
    for (let i = 0; i < 60; i++) await publishThread(adapter(), rendition('threads', [part(`Filler ${i}`)]), ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(target);
    expect(server.requests.filter((q) => q.path === '/v1.0/me/threads' && q.method === 'GET').map((q) => q.query.has('after'))).toEqual([
      false,
      true,
    ]);
  });

  it('never publishes twice: a container left unpublished is ignored, a publish whose answer was lost is found', async () => {
    const r = rendition('threads', [part('Exactly once')]);
    // Run 1 died after creating the container: nothing is public, findPart finds nothing.
    await fetch(`${server.url}/v1.0/me/threads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.THREADS_ACCESS_TOKEN}` },
      body: new URLSearchParams({ media_type: 'TEXT', text: 'Exactly once' }),
    });
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toBeUndefined();
    // Run 2: the publish goes through but its answer is lost on the way back.
    const error = await rejection(adapter().publishPart(partRequest(r, 0), dropAnswerOf('/v1.0/me/threads_publish')));
    expect(error).toMatchObject({ platform: 'threads', retryable: true });
    // Recovery finds the live post instead of publishing again.
    const found = await adapter().findPart(partRequest(r, 0), ctx());
    expect(server.state.posts).toHaveLength(1);
    expect(found).toMatchObject({ index: 0, id: server.state.posts[0]!.id });
    expect([...server.state.containers.values()].map((c) => c.status)).toEqual(['FINISHED', 'PUBLISHED']);
  });

  it("replies to and quotes the account's own posts by URL, and says why another URL cannot be used", async () => {
    const [original] = await publishThread(adapter(), rendition('threads', [part('Original')]), ctx());
    await publishThread(adapter(), rendition('threads', [part('A reply')], { postId: 'reply', replyTo: original!.url }), ctx());
    await publishThread(
      adapter(),
      rendition('threads', [part('A quote')], { postId: 'quote', quote: original!.url.replace('threads.net', 'threads.com') }),
      ctx(),
    );
    expect(server.state.posts.slice(1).map((p) => [p.replyToId, p.quotePostId])).toEqual([
      [original!.id, undefined],
      [undefined, original!.id],
    ]);
    const reply = rendition('threads', [part('A reply')], { postId: 'reply', replyTo: original!.url });
    expect(await adapter().findPart(partRequest(reply, 0), ctx())).toMatchObject({ id: server.state.posts[1]!.id });
    const foreign = rendition('threads', [part('Hi')], { replyTo: 'https://www.threads.net/@someone/post/Cunknown1' });
    const error = await rejection(adapter().publishPart(partRequest(foreign, 0), ctx()));
    expect(String(error)).toContain(
      "cannot find https://www.threads.net/@someone/post/Cunknown1 (reply_to of posts/2026-12-01-release.md) among this account's recent posts",
    );
    expect(
      String(
        await rejection(
          adapter().publishPart(partRequest(rendition('threads', [part('x')], { quote: 'https://example.org/x' }), 0), ctx()),
        ),
      ),
    ).toContain('is not a Threads post URL');
  });

  it('reposts by URL, finds the repost again, and reads insights and followers', async () => {
    const [original] = await publishThread(adapter(), rendition('threads', [part('Original')]), ctx());
    await publishThread(
      adapter(),
      rendition('threads', [part('Reply one'), part('Reply two')], { postId: 'replies', replyTo: original!.url }),
      ctx(),
    );
    const repost = await adapter().repost!(original!.url, 'k', ctx());
    expect(server.state.posts.at(-1)).toMatchObject({ id: repost.id, mediaType: 'REPOST_FACADE', repostedPostId: original!.id });
    const again = rendition('threads', [], { postId: 'boost', repost: original!.url });
    expect(await adapter().findPart({ ...partRequest(rendition('threads', [part('')]), 0), rendition: again }, ctx())).toEqual(repost);
    server.state.posts[0]!.likes = 7;
    expect(await adapter().metrics!(original!, ctx())).toEqual({ likes: 7, replies: 2, reposts: 1 });
    expect(await adapter().followers!(ctx())).toBe(321);
  });

  it("rejects over-long text (emoji count their UTF-8 bytes) and a sixth link with Threads' errors", async () => {
    const send = (text: string) => adapter().publishPart(partRequest(rendition('threads', [part(text)]), 0), ctx());
    await send(`${'a'.repeat(496)}😀`);
    const long = await rejection(send(`${'a'.repeat(497)}😀`));
    expect(long).toMatchObject({ platform: 'threads', status: 400, retryable: false });
    expect(String(long)).toContain('Param text must be at most 500 characters long.');
    const links = await rejection(send([1, 2, 3, 4, 5, 6].map((n) => `https://example.org/${n}`).join(' ')));
    expect(String(links)).toContain('THREADS_API__LINK_LIMIT_EXCEEDED');
    expect(server.state.posts).toHaveLength(1);
  });

  it('reports a rejected token (Graph code 190, HTTP 400) as not retryable, pointing at the secret', async () => {
    const error = await rejection(adapter(undefined, 'expired').publishPart(partRequest(rendition('threads', [part('Hi')]), 0), ctx()));
    expect(error).toMatchObject({ platform: 'threads', status: 400, retryable: false });
    expect(String(error)).toContain('Invalid OAuth access token - Cannot parse access token (OAuthException 190');
    expect((error as PlatformError).hint).toContain('THREADS_ACCESS_TOKEN');
  });

  it("marks Graph's rate limit (code 4 on HTTP 400), 429 with Retry-After and 503 retryable", async () => {
    const send = () => adapter().publishPart(partRequest(rendition('threads', [part('Hi')]), 0), ctx());
    server.state.throttled = 1;
    expect(await rejection(send())).toMatchObject({ status: 400, retryable: true, hint: expect.stringContaining('rate limiting') });
    server.fail({ status: 429, retryAfter: 30 });
    expect(await rejection(send())).toMatchObject({ status: 429, retryable: true, retryAfter: 30 });
    server.fail({ status: 503 });
    expect(await rejection(send())).toMatchObject({ status: 503, retryable: true });
    expect(server.state.posts).toEqual([]);
  });

  it('describes exactly the writes publishPart sends, without the token', async () => {
    const r = rendition('threads', [
      part('Logo', [image('media/logo.png', 'Alt')]),
      part('Two', [image('media/logo.png', 'A'), image('media/two words.png', 'B')]),
    ]);
    const planned = [...adapter().describe(partRequest(r, 0)), ...adapter().describe(partRequest(r, 1))];
    await publishThread(adapter(), r, ctx());
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests));
    expect(planned[0]!.body).toEqual({ media_type: 'IMAGE', image_url: `${host.url}/media/logo.png`, alt_text: 'Alt', text: 'Logo' });
    expect(JSON.stringify(planned)).not.toContain(env.THREADS_ACCESS_TOKEN);
    const repost = adapter().describe(
      partRequest(rendition('threads', [part('')], { repost: 'https://www.threads.net/@django/post/C1' }), 0),
    );
    expect(repost).toEqual([{ method: 'POST', url: `${server.url}/v1.0/<media id of https://www.threads.net/@django/post/C1>/repost` }]);
  });
});

describe('fake Threads server', () => {
  const post = (path: string, fields: Record<string, string>) =>
    fetch(`${server.url}/v1.0/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.THREADS_ACCESS_TOKEN}` },
      body: new URLSearchParams(fields),
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as { id?: string; error?: { code: number; message: string } },
    }));

  it('refuses to publish an unknown container, or one already published', async () => {
    expect(await post('me/threads_publish', { creation_id: '999' })).toMatchObject({
      status: 400,
      body: { error: { code: 24, message: 'The requested resource does not exist' } },
    });
    const { body } = await post('me/threads', { media_type: 'TEXT', text: 'Once' });
    expect((await post('me/threads_publish', { creation_id: body.id! })).status).toBe(200);
    expect(await post('me/threads_publish', { creation_id: body.id! })).toMatchObject({ status: 400, body: { error: { code: 100 } } });
    expect(server.state.posts).toHaveLength(1);
  });
});

/** A fetch whose request to `path` reaches the server but whose answer never comes back. */
function dropAnswerOf(path: string): AdapterContext {
  const base = context();
  return {
    ...base,
    async fetch(input, init) {
      const response = await globalThis.fetch(input, init);
      if (new URL(String(input)).pathname === path) {
        await response.arrayBuffer();
        throw new TypeError('fetch failed', { cause: new Error('socket hang up') });
      }
      return response;
    },
  };
}
