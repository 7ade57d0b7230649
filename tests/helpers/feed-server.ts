// A web server on loopback that serves feed documents the way sites do, and misbehaves on request:
// an HTTP error, a body larger than promised, an answer that never finishes.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRoute {
  status?: number;
  contentType?: string;
  body: string;
  /** Sends the head and part of the body, then stalls this long before the rest (slow feeds). */
  stallMs?: number;
}

export interface FeedServer {
  url: string;
  routes: Map<string, FeedRoute>;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function startFeedServer(routes: Record<string, FeedRoute> = {}): Promise<FeedServer> {
  const table = new Map(Object.entries(routes));
  const hits = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = table.get(path);
    if (!route) return send(res, { status: 404, contentType: 'text/plain', body: 'not found' });
    if (route.stallMs === undefined) return send(res, route);
    res.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'application/xml' });
    res.write(route.body.slice(0, 10));
    const timer = setTimeout(() => res.end(route.body.slice(10)), route.stallMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes: table,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, route: FeedRoute): void {
  res.writeHead(route.status ?? 200, { 'content-type': route.contentType ?? 'application/xml; charset=utf-8' }).end(route.body);
}

/** An RSS 2.0 document with `count` items, newest first, one day apart, ending at `last`. */
export function rssDocument(count: number, last = '2026-12-01T12:00:00Z', title = 'The Django weblog'): string {
  const items = Array.from({ length: count }, (_, i) => {
    const n = count - i;
    const date = new Date(Date.parse(last) - i * 86_400_000).toUTCString();
    return [
      '    <item>',
      `      <title>News number ${n}</title>`,
      `      <link>https://www.djangoproject.com/weblog/news-${n}/</link>`,
      `      <description>&lt;p&gt;What happened in part ${n}.&lt;/p&gt;</description>`,
      `      <pubDate>${date}</pubDate>`,
      `      <guid>https://www.djangoproject.com/weblog/news-${n}/</guid>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0">',
    '  <channel>',
    `    <title>${title}</title>`,
    '    <link>https://www.djangoproject.com/weblog/</link>',
    '    <language>en-us</language>',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
