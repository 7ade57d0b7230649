// Link cards against a real local PDS, from pages served by a local web server on loopback.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformConfig } from '../../../src/core/types.ts';
import { buildBlueskyAdapter, type BlueskyDeps } from '../../../src/platforms/bluesky.ts';
import { context, facet, image, part, png, rendition, request } from '../../helpers/bluesky-fixtures.ts';
import { useLocalPds } from '../../helpers/pds.ts';

const pds = useLocalPds();
const thumb = png(120, 63);
const hugeThumb = png(10, 10, 1_100_000);
let web: http.Server;
let site: string;
const served: string[] = [];
const sockets = new Set<Socket>();

const pages: Record<string, (response: http.ServerResponse) => void> = {
  '/article': (response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html><head><title>fallback</title>
      <meta property="og:title" content="Django 6.0 &amp; you">
      <meta property="og:description" content="What&#39;s new, in one page.">
      <meta property="og:image" content="/img/card.png"></head><body>…</body></html>`);
  },
  '/img/card.png': (response) => {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(thumb);
  },
  '/huge-image': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<meta property="og:title" content="Huge"><meta property="og:image" content="/img/huge.png">');
  },
  '/img/huge.png': (response) => {
    response.writeHead(200, { 'content-type': 'image/png' });
    response.end(hugeThumb);
  },
  '/pdf': (response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' });
    response.end('%PDF-1.7');
  },
  '/silent': () => {},
};

beforeAll(async () => {
  web = http.createServer((req, response) => {
    served.push(req.url ?? '');
    const page = pages[req.url ?? ''];
    if (page) page(response);
    else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<title>Not found</title>');
    }
  });
  web.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => web.close(resolve));
});

const config = (): PlatformConfig => ({ id: 'bluesky', enabled: true, server: pds.url, limits: {}, options: {} });
const adapter = (deps: BlueskyDeps = { fetchOptions: { allowPrivateAddresses: ['127.0.0.1'] } }) =>
  buildBlueskyAdapter(config(), { BLUESKY_IDENTIFIER: pds.handle, BLUESKY_APP_PASSWORD: pds.appPassword }, deps);

function linking(path: string, extra: Parameters<typeof rendition>[1] = {}, media: ReturnType<typeof image>[] = []) {
  const url = `${site}${path}`;
  const text = `Read this: ${url} 🎉`;
  return rendition([part(text, [facet(text, url, 'link', url)], media)], { linkCard: true, ...extra });
}

async function embedOf(uri: string) {
  const [, , repo, collection, rkey] = uri.split('/');
  const answer = await pds.owner.com.atproto.repo.getRecord({ repo: repo!, collection: collection!, rkey: rkey! });
  return (answer.data.value as { embed?: any }).embed;
}

describe('bluesky link cards', () => {
  it('embeds a card from the page Open Graph tags, with the image uploaded as its thumb', async () => {
    const live = await adapter().publishPart(request(linking('/article'), 0, 'card'), context());
    const embed = await embedOf(live.id);
    expect(embed.$type).toBe('app.bsky.embed.external');
    expect(embed.external).toMatchObject({ uri: `${site}/article`, title: 'Django 6.0 & you', description: "What's new, in one page." });
    expect(embed.external.thumb).toMatchObject({ mimeType: 'image/png', size: thumb.length });
    const blob = await pds.owner.com.atproto.sync.getBlob({ did: pds.did, cid: embed.external.thumb.ref.toString() });
    expect(Buffer.from(blob.data).equals(Buffer.from(thumb))).toBe(true);
  });

  it('makes no card when the post opts out, has images, or quotes', async () => {
    const quoted = await adapter().publishPart(request(rendition([part('quoted')]), 0, 'to-quote'), context());
    served.length = 0;
    const off = await adapter().publishPart(request(linking('/article', { linkCard: false }), 0, 'off'), context());
    const pictured = await adapter().publishPart(
      request(linking('/article', {}, [image('media/a.png', 'alt')]), 0, 'pictured'),
      context({ 'media/a.png': png(2, 2) }),
    );
    const quoting = await adapter().publishPart(request(linking('/article', { quote: quoted.id }), 0, 'quoting'), context());
    expect(await embedOf(off.id)).toBeUndefined();
    expect((await embedOf(pictured.id)).$type).toBe('app.bsky.embed.images');
    expect((await embedOf(quoting.id)).$type).toBe('app.bsky.embed.record');
    expect(served).toEqual([]);
  });

  it('never fetches a private address in production: the post goes out without a card', async () => {
    served.length = 0;
    const ctx = context();
    const live = await adapter({}).publishPart(request(linking('/article'), 0, 'private'), ctx);
    expect(await embedOf(live.id)).toBeUndefined();
    expect(ctx.logs.join('\n')).toContain(`posting without a link card for ${site}/article: ${site}/article: refused 127.0.0.1 (loopback)`);
    expect(served).toEqual([]);
  });

  it.each([
    ['/missing', 'the page answered 404'],
    ['/pdf', 'the page is application/pdf, not HTML'],
  ])('posts without a card when %s cannot give one', async (path, reason) => {
    const ctx = context();
    const live = await adapter().publishPart(request(linking(path), 0, `fail${path}`), ctx);
    expect(await embedOf(live.id)).toBeUndefined();
    expect(ctx.logs.join('\n')).toContain(reason);
  });

  it('posts without a card when the page does not answer in time', async () => {
    const ctx = context();
    const slow = adapter({ fetchOptions: { allowPrivateAddresses: ['127.0.0.1'], timeoutMs: 300 } });
    const live = await slow.publishPart(request(linking('/silent'), 0, 'silent'), ctx);
    expect(await embedOf(live.id)).toBeUndefined();
    expect(ctx.logs.join('\n')).toContain('no complete answer within 300 ms');
  });

  it('keeps the card but drops a thumbnail over the blob limit', async () => {
    const ctx = context();
    const live = await adapter().publishPart(request(linking('/huge-image'), 0, 'huge-thumb'), ctx);
    const embed = await embedOf(live.id);
    expect(embed.external).toEqual({ uri: `${site}/huge-image`, title: 'Huge', description: '' });
    expect(ctx.logs.join('\n')).toContain('without an image');
    expect(ctx.logs.join('\n')).toContain('over the limit of 1000000');
  });

  it('lists the page fetch in the dry run', () => {
    const planned = adapter().describe(request(linking('/article'), 0, 'dry'));
    expect(planned.map((p) => p.url)).toContain(`${site}/article`);
    const create = planned.at(-1)!.body as { record: { embed: { $type: string } } };
    expect(create.record.embed.$type).toBe('app.bsky.embed.external');
  });
});
