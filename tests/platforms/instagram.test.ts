import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CredentialsError, HeraldError, PlatformError } from '../../src/core/errors.ts';
import { instagramAdapterFactory } from '../../src/platforms/instagram.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import {
  context,
  image,
  part,
  partRequest,
  platformConfig,
  plannedCalls,
  PNG_BYTES,
  rejection,
  rendition,
  writeCalls,
} from '../helpers/servers/fixtures.ts';
import { startInstagramServer, type InstagramState } from '../helpers/servers/instagram.ts';
import { startMediaHost } from '../helpers/servers/threads.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { crashAtEveryBoundary } from './_crash.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
let server: FakeServer<InstagramState>;
let host: FakeServer<{ files: Record<string, Uint8Array> }>;
const env = { INSTAGRAM_ACCESS_TOKEN: 'instagram-test-token' };
const USER = '17841400000000000';
const create = instagramAdapterFactory({ pollIntervalMs: 1, pollAttempts: 5 });
const config = (url: string, options: Record<string, string> = {}) =>
  platformConfig('instagram', url, { user: USER, media_base_url: `${host.url}/`, ...options });
const adapter = () => create(config(server.url), env);
const ctx = () => context();
const post = (text: string, paths: string[]) =>
  rendition('instagram', [
    part(
      text,
      paths.map((p, i) => image(p, `Photo ${i + 1}`)),
    ),
  ]);

beforeEach(async () => {
  host = await startMediaHost({ 'media/a.jpg': JPEG, 'media/b.jpg': JPEG, 'media/disguised.jpg': PNG_BYTES, 'media/logo.png': PNG_BYTES });
});
afterEach(() => host.close());
useFakeServer(startInstagramServer, (started) => (server = started));

describe('instagram adapter', () => {
  it('needs the token and the account id, and an http(s) media_base_url', () => {
    expect(() => create(config('http://x'), {})).toThrow(CredentialsError);
    expect(() => create(platformConfig('instagram', 'http://x'), env)).toThrow(HeraldError);
    expect(() => create(config('http://x', { media_base_url: 'raw.example/repo' }), env)).toThrow(/media_base_url is not an http\(s\) URL/);
  });

  it('publishes one JPEG with caption and alt text: container, wait, publish', async () => {
    const live = await adapter().publishPart(partRequest(post('Django 6.0 is out #django', ['media/a.jpg']), 0), ctx());
    const [container] = server.state.containers.values();
    expect(container).toMatchObject({
      imageUrl: `${host.url}/media/a.jpg`,
      caption: 'Django 6.0 is out #django',
      altText: 'Photo 1',
      status: 'PUBLISHED',
    });
    expect(server.state.media).toEqual([{ id: live.id, caption: 'Django 6.0 is out #django', containerId: container!.id, images: 1 }]);
    expect(live.url).toMatch(/^https:\/\/www\.instagram\.com\/p\//);
  });

  it('publishes several images as one carousel', async () => {
    await adapter().publishPart(partRequest(post('Two', ['media/a.jpg', 'media/b.jpg']), 0), ctx());
    expect(server.state.media).toMatchObject([{ caption: 'Two', images: 2 }]);
  });

  it('refuses PNG and text-only posts before sending anything, and says why a disguised file failed', async () => {
    expect(String(await rejection(adapter().publishPart(partRequest(post('Png', ['media/logo.png']), 0), ctx())))).toContain(
      'JPEG images only',
    );
    expect(String(await rejection(adapter().publishPart(partRequest(post('Text', []), 0), ctx())))).toContain('needs an image');
    expect(server.requests).toHaveLength(0);
    const error = await rejection(adapter().publishPart(partRequest(post('Png inside', ['media/disguised.jpg']), 0), ctx()));
    expect(error).toBeInstanceOf(PlatformError);
    expect(String(error)).toContain('container ERROR');
    expect(server.state.media).toHaveLength(0);
  });

  it('refuses the 51st post in 24 hours without creating anything, saying when to retry', async () => {
    server.state.earlierPosts = 50;
    const error = await rejection(adapter().publishPart(partRequest(post('One too many', ['media/a.jpg']), 0), ctx()));
    expect(String(error)).toContain('50 of its 50 API posts');
    expect((error as PlatformError).hint).toContain('50 posts');
    expect(server.state.containers.size).toBe(0);
  });

  it('finds a post already made by its caption; nothing for another', async () => {
    const r = post('Once only', ['media/a.jpg']);
    const live = await adapter().publishPart(partRequest(r, 0), ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live);
    expect(await adapter().findPart(partRequest(post('Never', ['media/a.jpg']), 0), ctx())).toBeUndefined();
  });

  it('describes exactly the writes it sends, without the token', async () => {
    const r = post('Described', ['media/a.jpg', 'media/b.jpg']);
    const planned = adapter().describe(partRequest(r, 0));
    await adapter().publishPart(partRequest(r, 0), ctx());
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests));
    expect(JSON.stringify(planned)).not.toContain(env.INSTAGRAM_ACCESS_TOKEN);
  });

  crashAtEveryBoundary(async () => {
    const fake = await startInstagramServer();
    return {
      adapter: create(config(fake.url), env),
      ctx: ctx(),
      rendition: post('Crash-proof carousel', ['media/a.jpg', 'media/b.jpg']),
      published: () => fake.state.media.map((m) => `${m.caption} (${m.images})`),
      server: fake,
      close: () => fake.close(),
    };
  }, ['Crash-proof carousel (2)']);
});
