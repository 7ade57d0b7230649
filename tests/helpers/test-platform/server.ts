// A tiny social network on loopback for testing the publish runner (not a real platform's API):
// posts with a client key, replies, media uploads, lookup by key. It never deduplicates, so a
// runner that sends twice leaves two posts here; it rejects bad auth, missing text, and overlong text.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredPost {
  id: string;
  key: string;
  text: string;
  replyTo?: string;
  media: string[];
}

export interface Fault {
  path: string;
  status: number;
  retryAfter?: number;
  /** Only this method (default POST). */
  method?: string;
  /** Let this many matching requests through first. */
  skip?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Process the request first, then fail the response (the post exists but the client sees an error). */
  afterEffect?: boolean;
}

export interface TestPlatformServer {
  url: string;
  posts: StoredPost[];
  media: Map<string, { bytes: number; alt: string }>;
  requests: { method: string; path: string; at: number }[];
  fail(fault: Fault): void;
  close(): Promise<void>;
}

export async function startTestPlatform(options: {
  token: string;
  maxLength?: number;
  latencyMs?: number;
  name?: string;
}): Promise<TestPlatformServer> {
  const posts: StoredPost[] = [];
  const media = new Map<string, { bytes: number; alt: string }>();
  const requests: TestPlatformServer['requests'] = [];
  const faults: Fault[] = [];
  let next = 1;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: req.method ?? '', path: url.pathname, at: Date.now() });
    const body = await readBody(req);
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(json));
    };
    const fault = faults.find(
      (f) => f.path === url.pathname && (f.method ?? 'POST') === req.method && (f.times ?? 1) > 0 && !(f.skip && f.skip-- > 0),
    );
    const failNow = () => {
      fault!.times = (fault!.times ?? 1) - 1;
      reply(
        fault!.status,
        { error: `injected ${fault!.status}` },
        fault!.retryAfter !== undefined ? { 'retry-after': String(fault!.retryAfter) } : {},
      );
    };
    if (fault && !fault.afterEffect) return failNow();
    if (req.headers.authorization !== `Bearer ${options.token}`) return reply(401, { error: 'The access token is invalid' });
    if (req.method === 'POST' && url.pathname === '/v1/media') {
      const id = `m${next++}`;
      media.set(id, { bytes: body.length, alt: String(req.headers['x-alt'] ?? '') });
      return fault ? failNow() : reply(200, { id });
    }
    if (req.method === 'POST' && url.pathname === '/v1/posts') {
      let input: { key?: unknown; text?: unknown; reply_to?: unknown; media?: unknown };
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        return reply(400, { error: 'body is not JSON' });
      }
      if (typeof input.text !== 'string' || input.text === '') return reply(422, { error: "Validation failed: Text can't be blank" });
      if (input.text.length > (options.maxLength ?? 500))
        return reply(422, { error: `Validation failed: Text is too long (maximum is ${options.maxLength ?? 500} characters)` });
      if (typeof input.key !== 'string') return reply(422, { error: 'key is required' });
      if (input.reply_to !== undefined && !posts.some((p) => p.id === input.reply_to))
        return reply(404, { error: `Record not found: ${String(input.reply_to)}` });
      const ids = Array.isArray(input.media) ? input.media.map(String) : [];
      if (ids.some((id) => !media.has(id))) return reply(422, { error: 'unknown media id' });
      const post: StoredPost = { id: `p${next++}`, key: input.key, text: input.text, media: ids };
      if (typeof input.reply_to === 'string') post.replyTo = input.reply_to;
      posts.push(post);
      return fault ? failNow() : reply(200, { id: post.id, url: `${base}/@herald/${post.id}` });
    }
    if (req.method === 'GET' && url.pathname === '/v1/posts') {
      const key = url.searchParams.get('key');
      return reply(200, { posts: posts.filter((p) => p.key === key).map((p) => ({ id: p.id, url: `${base}/@herald/${p.id}` })) });
    }
    reply(404, { error: `no route ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    posts,
    media,
    requests,
    fail: (fault) => faults.push({ ...fault }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
