import { describe, expect, it } from 'vitest';
import { CredentialsError, HeraldError, PlatformError } from '../../src/core/errors.ts';
import { createFacebookAdapter } from '../../src/platforms/facebook.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { startFacebookServer, type FacebookState } from '../helpers/servers/facebook.ts';
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
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { crashAtEveryBoundary } from './_crash.ts';

let server: FakeServer<FacebookState>;
const env = { FACEBOOK_PAGE_ACCESS_TOKEN: 'facebook-page-token' };
const PAGE = '104876543210987';
const config = (url: string, page = PAGE) => platformConfig('facebook', url, page ? { page } : {});
const adapter = () => createFacebookAdapter(config(server.url), env);
const ctx = () => context({ 'media/logo.png': PNG_BYTES, 'media/two.png': PNG_BYTES, 'media/not-an-image.png': new Uint8Array([1, 2, 3]) });
const post = (text: string, media = [] as ReturnType<typeof image>[]) => rendition('facebook', [part(text, media)]);

useFakeServer(startFacebookServer, (started) => (server = started));

describe('facebook adapter', () => {
  it('needs the Page access token and the Page id', () => {
    expect(() => createFacebookAdapter(config('http://x'), {})).toThrow(CredentialsError);
    expect(() => createFacebookAdapter(config('http://x', ''), env)).toThrow(HeraldError);
  });

  it('posts text with its first link to the Page feed', async () => {
    const live = await adapter().publishPart(partRequest(post('Django 6.0 is out: https://djangoproject.com/weblog/'), 0), ctx());
    expect(server.state.posts).toEqual([
      {
        id: live.id,
        message: 'Django 6.0 is out: https://djangoproject.com/weblog/',
        link: 'https://djangoproject.com/weblog/',
        photos: [],
      },
    ]);
    expect(live.url).toBe(`${server.url}/${live.id}`);
  });

  it('uploads photos unpublished with their alt text, then attaches every one to a single feed post', async () => {
    const photos = [image('media/logo.png', 'The Django logo'), image('media/two.png', 'A pony with a party hat')];
    await adapter().publishPart(partRequest(post('Two photos', photos), 0), ctx());
    const [only] = server.state.posts;
    expect(only!.photos).toHaveLength(2);
    expect([...server.state.photos.values()].every((p) => p.attached && p.size === PNG_BYTES.length)).toBe(true);
    expect(only!.photos.map((id) => server.state.photos.get(id)!.altText)).toEqual(['The Django logo', 'A pony with a party hat']);
  });

  it("reports Graph's own refusal of a file that is not an image, with code and trace id", async () => {
    const error = await rejection(adapter().publishPart(partRequest(post('Bad', [image('media/not-an-image.png', 'x')]), 0), ctx()));
    expect(error).toBeInstanceOf(PlatformError);
    expect(String(error)).toContain('(#324) Missing or invalid image file');
    expect(String(error)).toContain('fbtrace_id AbCdEf123');
    expect(server.state.posts).toHaveLength(0);
  });

  it('points a bad token at its secret', async () => {
    const bad = createFacebookAdapter(config(server.url), { FACEBOOK_PAGE_ACCESS_TOKEN: 'a-user-token' });
    const error = await rejection(bad.publishPart(partRequest(post('Hi'), 0), ctx()));
    expect((error as PlatformError).hint).toContain('FACEBOOK_PAGE_ACCESS_TOKEN');
    expect(String(error)).not.toContain('a-user-token');
  });

  it('finds a post already made by its message; nothing for another', async () => {
    const r = post('Once on the Page');
    const live = await adapter().publishPart(partRequest(r, 0), ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live);
    expect(await adapter().findPart(partRequest(post('Never posted'), 0), ctx())).toBeUndefined();
    expect(await adapter().metrics!(live, ctx())).toEqual({ likes: 3, reposts: 1, replies: 2 });
  });

  it("never takes a visitor's post on the Page (its feed shows those too) for the Page's own", async () => {
    server.state.posts.push({ id: `${PAGE}_1`, message: 'Same words', link: null, photos: [], by: 'visitor' });
    expect(await adapter().findPart(partRequest(post('Same words'), 0), ctx())).toBeUndefined();
    const live = await adapter().publishPart(partRequest(post('Same words'), 0), ctx());
    expect(await adapter().findPart(partRequest(post('Same words'), 0), ctx())).toEqual(live);
  });

  it('describes exactly the writes it sends, without the token', async () => {
    const r = post('Described', [image('media/logo.png', 'a')]);
    const planned = adapter().describe(partRequest(r, 0));
    await adapter().publishPart(partRequest(r, 0), ctx());
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests));
    expect(JSON.stringify(planned)).not.toContain(env.FACEBOOK_PAGE_ACCESS_TOKEN);
  });

  crashAtEveryBoundary(async () => {
    const fake = await startFacebookServer();
    return {
      adapter: createFacebookAdapter(config(fake.url), env),
      ctx: ctx(),
      rendition: post('Crash-proof Page post', [image('media/logo.png', 'a'), image('media/two.png', 'b')]),
      published: () => fake.state.posts.map((p) => `${p.message} (${p.photos.length} photos)`),
      server: fake,
      close: () => fake.close(),
    };
  }, ['Crash-proof Page post (2 photos)']);
});
