// Real feed documents over real HTTP on loopback: each kind parses; broken, oversized, slow and unreachable
// feeds fail with a message that says which feed and what happened.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/core/feed-drafts/parse-feed.ts';
import { fetchFeed } from '../../src/feeds/fetch-feed.ts';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const loopback = { allowPrivateAddresses: true } as const;
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer({
    '/weblog.rss': { body: fixture('djangoproject.rss'), contentType: 'application/rss+xml' },
    '/jupyter.atom': { body: fixture('jupyter.atom'), contentType: 'application/atom+xml' },
    '/girls.json': { body: fixture('djangogirls.json'), contentType: 'application/feed+json' },
    '/broken.rss': { body: '<rss version="2.0"><channel><item><title>Half</title></channel></rss>' },
    '/page.html': { body: '<!doctype html><html><body>Not a feed</body></html>', contentType: 'text/html' },
    '/huge.rss': {
      body: `<rss version="2.0"><channel>${'<item><title>x</title><link>https://e.org/</link></item>'.repeat(2000)}</channel></rss>`,
    },
    '/slow.rss': { body: fixture('djangoproject.rss'), stallMs: 5_000 },
    '/gone.rss': { status: 410, body: 'gone' },
  });
});
afterAll(() => server.close());

describe('fetchFeed + parseFeed over HTTP', () => {
  it.each([
    ['/weblog.rss', 'rss', 2, 'Django 6.0 released'],
    ['/jupyter.atom', 'atom', 2, undefined],
    ['/girls.json', 'json', 2, '12 workshops in November'],
  ])('%s parses as %s with %i entries', async (path, kind, count, firstTitle) => {
    const parsed = parseFeed(await fetchFeed(`${server.url}${path}`, loopback));
    expect(parsed.ok && parsed.kind).toBe(kind);
    if (!parsed.ok) return;
    expect(parsed.entries).toHaveLength(count);
    if (firstTitle) expect(parsed.entries[0]?.title).toBe(firstTitle);
    for (const entry of parsed.entries) expect(entry.url).toMatch(/^https:\/\//);
  });

  it('reports where a malformed feed breaks', async () => {
    const parsed = parseFeed(await fetchFeed(`${server.url}/broken.rss`, loopback));
    expect(parsed).toMatchObject({ ok: false, error: expect.stringMatching(/not well-formed XML at line 1, column \d+/) });
  });

  it('says an HTML page is not a feed', async () => {
    const parsed = parseFeed(await fetchFeed(`${server.url}/page.html`, loopback));
    expect(parsed.ok).toBe(false);
  });

  it('refuses a feed larger than the limit', async () => {
    await expect(fetchFeed(`${server.url}/huge.rss`, { ...loopback, maxBytes: 10_000 })).rejects.toThrow(/over the limit of 10000/);
  });

  it('gives up on a feed that stalls past the time limit', async () => {
    await expect(fetchFeed(`${server.url}/slow.rss`, { ...loopback, timeoutMs: 300 })).rejects.toThrow(/no complete answer within 300 ms/);
  });

  it('names the HTTP status of a feed that is gone', async () => {
    await expect(fetchFeed(`${server.url}/gone.rss`, loopback)).rejects.toThrow(/answered HTTP 410/);
  });

  it('fails clearly when nothing listens', async () => {
    const port = await closedPort();
    await expect(fetchFeed(`http://127.0.0.1:${port}/feed.rss`, loopback)).rejects.toThrow(/127\.0\.0\.1.*ECONNREFUSED/);
  });

  it('never fetches a private address unless a test allows it', async () => {
    await expect(fetchFeed(`${server.url}/weblog.rss`)).rejects.toThrow(/refused 127\.0\.0\.1 \(loopback\)/);
    expect(server.hits.get('/weblog.rss')).toBe(1);
  });
});

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
