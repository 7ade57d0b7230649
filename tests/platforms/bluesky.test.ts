// The Bluesky adapter against a real local PDS (@atproto/dev-env): what it writes is read back.
import type { AtpAgent } from '@atproto/api';
import { beforeAll, describe, expect, it } from 'vitest';
import { CredentialsError, PlatformError } from '../../src/core/errors.ts';
import type { PlatformConfig } from '../../src/core/types.ts';
import { blueskyFacets } from '../../src/core/render/bluesky-facets.ts';
import { buildBlueskyAdapter, createBlueskyAdapter } from '../../src/platforms/bluesky.ts';
import type { LivePart, PlatformAdapter } from '../../src/platforms/types.ts';
import { context, facet, image, part, png, rendition, request } from '../helpers/bluesky-fixtures.ts';
import { useLocalPds } from '../helpers/pds.ts';

const pds = useLocalPds();
let alice: AtpAgent;
let alicePost: { uri: string; cid: string; url: string };

const config = (): PlatformConfig => ({ id: 'bluesky', enabled: true, server: pds.url, limits: {}, options: {} });
const env = () => ({ BLUESKY_IDENTIFIER: pds.handle, BLUESKY_APP_PASSWORD: pds.appPassword });
const adapter = (): PlatformAdapter => createBlueskyAdapter(config(), env());

async function readPost(uri: string) {
  const [, , repo, collection, rkey] = uri.split('/');
  const answer = await pds.owner.com.atproto.repo.getRecord({ repo: repo!, collection: collection!, rkey: rkey! });
  return answer.data as { uri: string; cid: string; value: Record<string, any> };
}

async function postCount(): Promise<number> {
  const answer = await pds.owner.com.atproto.repo.listRecords({ repo: pds.did, collection: 'app.bsky.feed.post', limit: 100 });
  return answer.data.records.length;
}

async function publishThread(a: PlatformAdapter, r: ReturnType<typeof rendition>, key: string, ctx = context()) {
  const live: LivePart[] = [];
  for (let index = 0; index < r.parts.length; index++) live.push(await a.publishPart(request(r, index, key, live), ctx));
  return live;
}

beforeAll(async () => {
  alice = await pds.createAccount('alice.test');
  const created = await alice.post({ text: 'Who is going to DjangoCon?' });
  const rkey = created.uri.split('/').pop()!;
  alicePost = { ...created, url: `https://bsky.app/profile/alice.test/post/${rkey}` };
});

describe('bluesky adapter: posts', () => {
  it('writes text, facets (UTF-8 byte offsets) and langs, through ctx.fetch, with the app password', async () => {
    const text = 'Django 6.0 est là 🎉 https://djangoproject.com/6.0 #Django thanks @alice.test';
    const facets = [
      facet(text, 'https://djangoproject.com/6.0', 'link', 'https://djangoproject.com/6.0'),
      facet(text, '#Django', 'tag', 'Django'),
      facet(text, '@alice.test', 'mention', 'alice.test'),
    ];
    const ctx = context();
    const [live] = await publishThread(adapter(), rendition([part(text, facets)], { language: 'fr' }), 'facets', ctx);
    expect(live!.url).toBe(`https://bsky.app/profile/${pds.did}/post/${live!.id.split('/').pop()}`);
    const { value } = await readPost(live!.id);
    expect(value.text).toBe(text);
    expect(value.langs).toEqual(['fr']);
    const bytes = new TextEncoder().encode(value.text);
    const spans = value.facets.map((f: any) => new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd)));
    expect(spans).toEqual(['https://djangoproject.com/6.0', '#Django', '@alice.test']);
    expect(value.facets.map((f: any) => f.features[0])).toEqual([
      { $type: 'app.bsky.richtext.facet#link', uri: 'https://djangoproject.com/6.0' },
      { $type: 'app.bsky.richtext.facet#tag', tag: 'Django' },
      { $type: 'app.bsky.richtext.facet#mention', did: alice.session!.did },
    ]);
    expect(ctx.requests).toContain('POST /xrpc/com.atproto.server.createSession');
    expect(ctx.requests).toContain('POST /xrpc/com.atproto.repo.createRecord');
  });

  it('publishes facets exactly as rendering builds them', async () => {
    const text = 'Ünïcode 👩‍👩‍👧 first: see djangoproject.com/weblog and #DjangoCon with @alice.test';
    const facets = blueskyFacets(text, []);
    expect(facets.map((f) => f.kind)).toEqual(['link', 'tag', 'mention']);
    const [live] = await publishThread(adapter(), rendition([part(text, facets)]), 'rendered');
    const { value } = await readPost(live!.id);
    const bytes = new TextEncoder().encode(value.text);
    const spans = value.facets.map((f: any) => new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd)));
    expect(spans).toEqual(['djangoproject.com/weblog', '#DjangoCon', '@alice.test']);
    expect(value.facets[0].features[0].uri).toBe('https://djangoproject.com/weblog');
    expect(value.facets[2].features[0].did).toBe(alice.session!.did);
  });

  it('leaves a mention of an unknown handle as plain text and says so', async () => {
    const text = 'hello @nobody.test';
    const ctx = context();
    const [live] = await publishThread(
      adapter(),
      rendition([part(text, [facet(text, '@nobody.test', 'mention', '@nobody.test')])]),
      'nobody',
      ctx,
    );
    expect((await readPost(live!.id)).value.facets).toBeUndefined();
    expect(ctx.logs.join('\n')).toContain('@nobody.test is not a known handle');
  });

  it('uploads images with alt text and aspect ratio', async () => {
    const media = { 'media/wide.png': png(300, 100), 'media/tall.png': png(20, 60) };
    const r = rendition([part('Sprint photos', [], [image('media/wide.png', 'A wide banner'), image('media/tall.png', 'A tall flag')])]);
    const [live] = await publishThread(adapter(), r, 'images', context(media));
    const { value } = await readPost(live!.id);
    expect(value.embed.$type).toBe('app.bsky.embed.images');
    expect(value.embed.images.map((i: any) => [i.alt, i.aspectRatio, i.image.mimeType, i.image.size])).toEqual([
      ['A wide banner', { width: 300, height: 100 }, 'image/png', media['media/wide.png'].length],
      ['A tall flag', { width: 20, height: 60 }, 'image/png', media['media/tall.png'].length],
    ]);
    const blob = await pds.owner.com.atproto.sync.getBlob({ did: pds.did, cid: value.embed.images[0].image.ref.toString() });
    expect(Buffer.from(blob.data).equals(Buffer.from(media['media/wide.png']))).toBe(true);
  });

  it('refuses an image over 1,000,000 bytes naming the post and the file, and posts nothing', async () => {
    const before = await postCount();
    const r = rendition([part('Too big', [], [image('media/huge.png', 'huge')])]);
    const error = await adapter()
      .publishPart(request(r, 0, 'huge'), context({ 'media/huge.png': png(10, 10, 1_000_000) }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as Error).message).toMatch(
      /^bluesky: posts\/test-post\.md part 1: media\/huge\.png is 1,000,\d{3} bytes; Bluesky accepts images up to 1,000,000 bytes$/,
    );
    expect(await postCount()).toBe(before);
  });

  it('self-labels images for a graphic content warning, and only then', async () => {
    const media = { 'media/x.png': png(4, 4) };
    const graphic = rendition([part('CW: injury', [], [image('media/x.png', 'a bandaged knee')])], { contentWarning: 'graphic injury' });
    const spoiler = rendition([part('CW: spoilers', [], [image('media/x.png', 'a screenshot')])], { contentWarning: 'spoilers' });
    const [labelled] = await publishThread(adapter(), graphic, 'cw-graphic', context(media));
    const [plain] = await publishThread(adapter(), spoiler, 'cw-spoiler', context(media));
    expect((await readPost(labelled!.id)).value.labels).toEqual({
      $type: 'com.atproto.label.defs#selfLabels',
      values: [{ val: 'graphic-media' }],
    });
    expect((await readPost(plain!.id)).value.labels).toBeUndefined();
  });

  it('threads three parts with root and parent strong refs', async () => {
    const r = rendition([part('1/3 Django 6.0'), part('2/3 What is new'), part('3/3 Thanks!')]);
    const live = await publishThread(adapter(), r, 'thread');
    const [first, second, third] = await Promise.all(live.map((l) => readPost(l.id)));
    expect(first!.value.reply).toBeUndefined();
    expect(second!.value.reply).toEqual({ root: { uri: first!.uri, cid: first!.cid }, parent: { uri: first!.uri, cid: first!.cid } });
    expect(third!.value.reply).toEqual({ root: { uri: first!.uri, cid: first!.cid }, parent: { uri: second!.uri, cid: second!.cid } });
  });

  it('replies to an existing post by its bsky.app URL, and keeps that thread root for later parts', async () => {
    const ref = { uri: alicePost.uri, cid: alicePost.cid };
    const reply = await alice.post({ text: 'me!', reply: { root: ref, parent: ref } });
    const replyUrl = `https://bsky.app/profile/alice.test/post/${reply.uri.split('/').pop()}`;
    const r = rendition([part('See you there'), part('Bring stickers')], { replyTo: replyUrl });
    const [one, two] = await publishThread(adapter(), r, 'reply');
    const root = { uri: alicePost.uri, cid: alicePost.cid };
    expect((await readPost(one!.id)).value.reply).toEqual({ root, parent: { uri: reply.uri, cid: reply.cid } });
    expect((await readPost(two!.id)).value.reply).toEqual({ root, parent: { uri: one!.id, cid: one!.ref!.cid } });
  });

  it('replies to a post given by at:// URI with a DID', async () => {
    const [live] = await publishThread(adapter(), rendition([part('Yes')], { replyTo: alicePost.uri }), 'reply-at');
    expect((await readPost(live!.id)).value.reply.parent).toEqual({ uri: alicePost.uri, cid: alicePost.cid });
  });

  it('says which post it could not find for reply_to', async () => {
    const missing = 'https://bsky.app/profile/alice.test/post/3kzzzzzzzzzz2';
    const error = await adapter()
      .publishPart(request(rendition([part('hi')], { replyTo: missing }), 0, 'missing'), context())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as Error).message).toBe(`bluesky: posts/test-post.md: reply_to: no post at ${missing}`);
  });

  it('quotes a post (embed.record), and with images (recordWithMedia)', async () => {
    const [plain] = await publishThread(adapter(), rendition([part('Worth a read')], { quote: alicePost.url }), 'quote');
    expect((await readPost(plain!.id)).value.embed).toEqual({
      $type: 'app.bsky.embed.record',
      record: { uri: alicePost.uri, cid: alicePost.cid },
    });
    const media = { 'media/q.png': png(8, 8) };
    const r = rendition([part('With a picture', [], [image('media/q.png', 'our booth')])], { quote: alicePost.url });
    const [withMedia] = await publishThread(adapter(), r, 'quote-media', context(media));
    const { embed } = (await readPost(withMedia!.id)).value;
    expect(embed.$type).toBe('app.bsky.embed.recordWithMedia');
    expect(embed.record).toEqual({ record: { uri: alicePost.uri, cid: alicePost.cid } });
    expect(embed.media.$type).toBe('app.bsky.embed.images');
    expect(embed.media.images[0].alt).toBe('our booth');
  });
});

describe('bluesky adapter: exactly once', () => {
  it('publishing the same key twice leaves one record', async () => {
    const before = await postCount();
    const r = rendition([part('Only once, please')]);
    const ctx = context();
    const first = await adapter().publishPart(request(r, 0, 'once'), ctx);
    const second = await adapter().publishPart(request(r, 0, 'once'), ctx);
    expect(second).toEqual(first);
    expect(await postCount()).toBe(before + 1);
    expect(ctx.logs.join('\n')).toContain('already live');
  });

  it('two runs racing on the same key leave one record', async () => {
    const before = await postCount();
    const r = rendition([part('Raced')]);
    const results = await Promise.all([0, 1, 2].map(() => adapter().publishPart(request(r, 0, 'race'), context())));
    expect(new Set(results.map((l) => l.id)).size).toBe(1);
    expect(await postCount()).toBe(before + 1);
  });

  it('findPart finds a published part by its key and nothing for an unpublished one', async () => {
    const r = rendition([part('Find me')]);
    expect(await adapter().findPart(request(r, 0, 'find'), context())).toBeUndefined();
    const live = await adapter().publishPart(request(r, 0, 'find'), context());
    expect(await adapter().findPart(request(r, 0, 'find'), context())).toEqual(live);
    expect(await adapter().findPart(request(r, 0, 'find-other'), context())).toBeUndefined();
  });

  it('reposts by URL, once per key', async () => {
    const a = adapter();
    const live = await a.repost!(alicePost.url, 'repost-1', context());
    const again = await a.repost!(alicePost.url, 'repost-1', context());
    expect(again).toEqual(live);
    expect(live.url).toBe(`https://bsky.app/profile/${alice.session!.did}/post/${alicePost.uri.split('/').pop()}`);
    const record = await readPost(live.id);
    expect(record.value.subject).toEqual({ uri: alicePost.uri, cid: alicePost.cid });
    const reposts = await pds.owner.com.atproto.repo.listRecords({ repo: pds.did, collection: 'app.bsky.feed.repost' });
    expect(reposts.data.records).toHaveLength(1);
  });
});

describe('bluesky adapter: refusals', () => {
  it('reports a wrong app password as a CredentialsError with the server message', async () => {
    const bad = createBlueskyAdapter(config(), { ...env(), BLUESKY_APP_PASSWORD: 'aaaa-bbbb-cccc-dddd' });
    const error = await bad.publishPart(request(rendition([part('x')]), 0, 'bad'), context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toBe(
      `bluesky: login as herald.test at ${pds.url} refused: Invalid identifier or password (AuthenticationRequired)`,
    );
  });

  it('refuses the account main password', async () => {
    const main = createBlueskyAdapter(config(), { ...env(), BLUESKY_APP_PASSWORD: 'herald.test-main-password' });
    const error = await main.findPart(request(rendition([part('x')]), 0, 'main'), context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toContain('is the main password of herald.test, not an app password');
  });

  it('checks for credentials when built', () => {
    expect(() => createBlueskyAdapter(config(), { BLUESKY_IDENTIFIER: 'herald.test' })).toThrow(
      /bluesky: missing secret BLUESKY_APP_PASSWORD/,
    );
  });

  it('passes on the PDS refusal of text over 300 graphemes', async () => {
    const error = await adapter()
      .publishPart(request(rendition([part('x'.repeat(301))]), 0, 'long'), context())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).status).toBe(400);
    expect((error as PlatformError).retryable).toBe(false);
    expect((error as Error).message).toContain('posts/test-post.md part 1: creating the post failed with 400');
    expect((error as Error).message).toContain('grapheme too big (maximum 300, got 301)');
  });

  it('passes on the PDS refusal of text over 3000 bytes within 300 graphemes', async () => {
    const family = '👩‍👩‍👧‍👦'; // one grapheme, 25 bytes
    const error = await adapter()
      .publishPart(request(rendition([part(family.repeat(150))]), 0, 'bytes'), context())
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('string too big (maximum 3000, got 3750)');
  });
});

describe('bluesky adapter: retraction', () => {
  it('deletes a thread from its end with deleteRecord; a record already gone reads as gone', async () => {
    const live = await publishThread(adapter(), rendition([part('Retract me'), part('and my reply')]), 'retract');
    const before = await postCount();
    expect(await adapter().deletePart!(live[1]!, context())).toBe('deleted');
    expect(await adapter().deletePart!(live[0]!, context())).toBe('deleted');
    expect(await postCount()).toBe(before - 2);
    await expect(readPost(live[0]!.id)).rejects.toThrow();
    // A re-run after a crash that followed the delete: nothing left to delete, nothing else touched.
    expect(await adapter().deletePart!(live[0]!, context())).toBe('gone');
    expect(await postCount()).toBe(before - 2);
  });
});

describe('bluesky adapter: engagement', () => {
  it('metrics fail soft with the reason when no AppView answers', async () => {
    const [live] = await publishThread(adapter(), rendition([part('Count me')]), 'metrics');
    const ctx = context();
    expect(await adapter().metrics!(live!, ctx)).toEqual({});
    expect(ctx.logs.join('\n')).toMatch(/no engagement for .*: .*getPosts failed with 502: Upstream service unreachable/);
  });

  it('followers fails with a reason naming the AppView', async () => {
    const error = await adapter().followers!(context()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as Error).message).toContain('app.bsky.actor.getProfile, served by the AppView');
  });
});

describe('bluesky adapter: dry run', () => {
  it('describes a reply thread part without secrets or I/O', () => {
    const a = buildBlueskyAdapter(config(), env(), {});
    const r = rendition([part('hello', [], [image('media/a.png', 'alt A')])], { replyTo: alicePost.url });
    const planned = a.describe(request(r, 0, 'dry'));
    expect(planned.map((p) => `${p.method} ${p.url.replace(pds.url, '')}`.replace(/\?.*/, ''))).toEqual([
      'POST /xrpc/com.atproto.server.createSession',
      'GET /xrpc/com.atproto.repo.getRecord',
      'GET /xrpc/com.atproto.identity.resolveHandle',
      'GET /xrpc/com.atproto.repo.getRecord',
      'POST /xrpc/com.atproto.repo.uploadBlob',
      'POST /xrpc/com.atproto.repo.createRecord',
    ]);
    expect(JSON.stringify(planned)).not.toContain(pds.appPassword);
    const create = planned.at(-1)!.body as { rkey: string; record: Record<string, any> };
    expect(create.record.embed.images[0].alt).toBe('alt A');
    expect(create.record.reply.parent.uri).toContain(alicePost.url);
  });
});
