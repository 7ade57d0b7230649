import { describe, expect, it } from 'vitest';
import { CredentialsError, HeraldError, PlatformError } from '../../src/core/errors.ts';
import { createRedditAdapter, redditAdapterFactory } from '../../src/platforms/reddit.ts';
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
import { startRedditServer, type RedditState } from '../helpers/servers/reddit.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { crashAtEveryBoundary } from './_crash.ts';

let server: FakeServer<RedditState>;
const env = {
  REDDIT_CLIENT_ID: 'reddit-client',
  REDDIT_CLIENT_SECRET: 'reddit-client-secret',
  REDDIT_USERNAME: 'herald_bot',
  REDDIT_PASSWORD: 'reddit-password',
};
const config = (url: string, options: Record<string, string | boolean> = {}) =>
  platformConfig('reddit', url, { subreddit: 'django', ...options });
const adapter = (options: Record<string, string | boolean> = {}) => createRedditAdapter(config(server.url, options), env);
const ctx = () => context({ 'media/logo.png': PNG_BYTES });
const post = (text: string, extra = {}) => rendition('reddit', [part(text)], extra);

useFakeServer(startRedditServer, (started) => (server = started));

describe('reddit adapter', () => {
  it('needs the four secrets and a subreddit', () => {
    expect(() => createRedditAdapter(config('http://x'), {})).toThrow(CredentialsError);
    expect(() => createRedditAdapter(platformConfig('reddit', 'http://x'), env)).toThrow(HeraldError);
  });

  it('submits a text post titled by the front matter, with flair, as the bot account', async () => {
    const r = post('Django 6.0 is out.\n\n* faster\n* safer', { title: 'Django 6.0 released' });
    const live = await adapter({ flair_id: 'news-1' }).publishPart(partRequest(r, 0), ctx());
    const [s] = server.state.submissions;
    expect(s).toMatchObject({
      subreddit: 'django',
      kind: 'self',
      title: 'Django 6.0 released',
      selftext: r.parts[0]!.text,
      flairId: 'news-1',
    });
    expect(live.url).toBe(`https://www.reddit.com/r/django/comments/${s!.id}/django_6_0_released/`);
    expect(server.requests.every((q) => q.headers['user-agent']!.includes('(by /u/herald_bot)'))).toBe(true);
    expect(server.requests.filter((q) => q.path === '/api/v1/access_token')).toHaveLength(1);
  });

  it('submits a text that is one URL as a link post, and refuses the same link again unless resubmit is set', async () => {
    const r = post('https://www.djangoproject.com/weblog/2026/dec/01/django-60-released/', { title: 'Django 6.0' });
    await adapter().publishPart(partRequest(r, 0), ctx());
    expect(server.state.submissions[0]).toMatchObject({ kind: 'link', url: r.parts[0]!.text });
    const again = await rejection(adapter().publishPart(partRequest(r, 0), ctx()));
    expect(String(again)).toContain('ALREADY_SUB: that link has already been submitted');
    expect((again as HeraldError).hint).toContain('resubmit: true');
    await adapter({ resubmit: true }).publishPart(partRequest(r, 0), ctx());
    expect(server.state.submissions).toHaveLength(2);
  });

  it("reads Reddit's 200-with-errors answers (a subreddit that requires flair)", async () => {
    server.state.subreddits['django']!.flairRequired = true;
    const flair = await rejection(adapter().publishPart(partRequest(post('Needs flair'), 0), ctx()));
    expect(String(flair)).toContain('SUBMIT_VALIDATION_FLAIR_REQUIRED');
    expect((flair as HeraldError).hint).toContain('flair_id');
    expect(server.state.submissions).toHaveLength(0);
  });

  it('reports a wrong password (a 200 with invalid_grant) pointing at the credentials', async () => {
    const wrong = createRedditAdapter(config(server.url), { ...env, REDDIT_PASSWORD: 'nope' });
    const error = await rejection(wrong.publishPart(partRequest(post('Hi'), 0), ctx()));
    expect(String(error)).toContain('invalid_grant');
    expect(String(error)).not.toContain('nope');
    expect((error as HeraldError).hint).toContain('REDDIT_PASSWORD');
  });

  it("posts an image: an upload lease, the file to the lease's bucket, then kind=image with the uploaded URL and the text", async () => {
    const r = rendition('reddit', [part('The pony, in a party hat.', [image('media/logo.png', 'A pony')])], { title: 'Party pony' });
    const live = await adapter().publishPart(partRequest(r, 0), ctx());
    const [s] = server.state.submissions;
    expect(s).toMatchObject({ subreddit: 'django', kind: 'image', title: 'Party pony', selftext: 'The pony, in a party hat.' });
    expect([...server.state.uploads.values()].map((u) => [u.filepath, u.mimetype, u.bytes?.length])).toEqual([
      ['logo.png', 'image/png', PNG_BYTES.length],
    ]);
    expect(writeCalls(server.requests)).toEqual(['POST /api/v1/access_token', 'POST /api/media/asset.json', 'POST /', 'POST /api/submit']);
    // The bucket gets the file and the lease's fields, never the account's token.
    expect(server.requests.find((q) => q.method === 'POST' && q.path === '/')!.headers.authorization).toBeUndefined();
    expect(live).toEqual({ index: 0, id: s!.id, url: `https://www.reddit.com/r/django/comments/${s!.id}/party_pony/` });
  });

  it("waits for an image post to show among the account's posts (Reddit answers its submit with no id)", async () => {
    server.state.imageProcessingReads = 2;
    const r = rendition('reddit', [part('Slow pony', [image('media/logo.png', 'A pony')])], { title: 'Slow' });
    const patient = redditAdapterFactory({ imageReads: 3, imageReadIntervalMs: 1 })(config(server.url), env);
    const live = await patient.publishPart(partRequest(r, 0), ctx());
    expect(live.id).toBe(server.state.submissions[0]!.id);
    expect(server.requests.filter((q) => q.path.endsWith('/submitted')).length).toBe(3);
  });

  it('says so, and never posts again by itself, when an image post does not show up in time', async () => {
    server.state.imageProcessingReads = 5;
    const r = rendition('reddit', [part('Lost pony', [image('media/logo.png', 'A pony')])], { title: 'Lost' });
    const hasty = redditAdapterFactory({ imageReads: 2, imageReadIntervalMs: 1 })(config(server.url), env);
    const error = await rejection(hasty.publishPart(partRequest(r, 0), ctx()));
    expect(String(error)).toContain("not among u/herald_bot's posts yet");
    expect((error as PlatformError).retryable).toBe(false);
    expect((error as PlatformError).hint).toContain('looks for it before posting again');
    expect(server.state.submissions).toHaveLength(1);
  });

  it('refuses what Reddit refuses: images in a subreddit that takes none, a file type it does not take', async () => {
    server.state.subreddits['django']!.allowImages = false;
    const pic = (path: string) => rendition('reddit', [part('Pic', [image(path, 'A pony')])]);
    const closed = await rejection(adapter().publishPart(partRequest(pic('media/logo.png'), 0), ctx()));
    expect(String(closed)).toContain('NO_IMAGES');
    expect(server.state.submissions).toHaveLength(0);
    const before = server.requests.length;
    const webp = await rejection(adapter().publishPart(partRequest(pic('media/logo.webp'), 0), context({ 'media/logo.webp': PNG_BYTES })));
    expect(String(webp)).toContain('PNG, JPEG or GIF');
    expect(server.requests).toHaveLength(before);
  });

  it('refuses a video, or more than one image, before sending anything', async () => {
    const two = rendition('reddit', [part('Two', [image('media/logo.png', 'a'), image('media/logo.png', 'b')])]);
    expect(String(await rejection(adapter().publishPart(partRequest(two, 0), ctx())))).toContain('one image');
    const video = rendition('reddit', [part('Video', [{ ...image('media/clip.mp4', 'a clip'), kind: 'video' as const }])]);
    expect(String(await rejection(adapter().publishPart(partRequest(video, 0), ctx())))).toContain('video');
    expect(server.requests).toHaveLength(0);
  });

  it('finds an image post already made; describes the writes an image post sends', async () => {
    const r = rendition('reddit', [part('Found pony', [image('media/logo.png', 'A pony')])], { title: 'Found' });
    const planned = adapter().describe(partRequest(r, 0));
    const live = await adapter().publishPart(partRequest(r, 0), ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live);
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests).filter((c) => c !== 'POST /api/v1/access_token'));
  });

  it('finds a submission already made by subreddit, title and text; nothing for another', async () => {
    const r = post('Once only', { title: 'Once' });
    const live = await adapter().publishPart(partRequest(r, 0), ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live);
    expect(await adapter().findPart(partRequest(post('Other', { title: 'Once' }), 0), ctx())).toBeUndefined();
  });

  it('describes exactly the write it sends, without secrets', async () => {
    const r = post('Described', { title: 'D' });
    const planned = adapter().describe(partRequest(r, 0));
    await adapter().publishPart(partRequest(r, 0), ctx());
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests).filter((c) => c !== 'POST /api/v1/access_token'));
    for (const secret of Object.values(env).slice(1)) expect(JSON.stringify(planned)).not.toContain(secret);
  });

  crashAtEveryBoundary(async () => {
    const fake = await startRedditServer();
    return {
      adapter: createRedditAdapter(config(fake.url), env),
      ctx: ctx(),
      rendition: post('Crash-proof text post', { title: 'Crash-proof' }),
      published: () => fake.state.submissions.map((s) => `${s.title}: ${s.selftext}`),
      server: fake,
      close: () => fake.close(),
    };
  }, ['Crash-proof: Crash-proof text post']);

  crashAtEveryBoundary(async () => {
    const fake = await startRedditServer();
    return {
      adapter: redditAdapterFactory({ imageReads: 2, imageReadIntervalMs: 1 })(config(fake.url), env),
      ctx: ctx(),
      rendition: rendition('reddit', [part('Crash-proof pony', [image('media/logo.png', 'A pony')])], { title: 'Pony' }),
      published: () => fake.state.submissions.map((s) => `${s.kind} ${s.title}: ${s.selftext}`),
      server: fake,
      close: () => fake.close(),
    };
  }, ['image Pony: Crash-proof pony']);

  // Killed after Reddit took the image post but before it finished processing: the re-run's search
  // must wait for it too, or it would post the image again.
  crashAtEveryBoundary(async () => {
    const fake = await startRedditServer();
    fake.state.imageProcessingReads = 2;
    return {
      adapter: redditAdapterFactory({ imageReads: 4, imageReadIntervalMs: 1 })(config(fake.url), env),
      ctx: ctx(),
      rendition: rendition('reddit', [part('Slow crash-proof pony', [image('media/logo.png', 'A pony')])], { title: 'Slow pony' }),
      published: () => fake.state.submissions.map((s) => `${s.kind} ${s.title}: ${s.selftext}`),
      server: fake,
      close: () => fake.close(),
    };
  }, ['image Slow pony: Slow crash-proof pony']);
});
