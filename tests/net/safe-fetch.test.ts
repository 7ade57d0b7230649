import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UnsafeFetchError } from '../../src/core/errors.ts';
import { safeFetch, type Resolver, type SafeFetchOptions } from '../../src/net/safe-fetch.ts';

// One loopback server whose routes stand in for the web; it counts every connection it accepts,
// so a refused fetch can be shown to have sent nothing.
let server: http.Server;
let base: string;
let port: number;
let connections = 0;
const open = new Set<Socket>();

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    if (url.pathname === '/page') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<p>accept=${request.headers.accept}</p>`);
    } else if (url.pathname === '/redirect') {
      response.writeHead(302, { location: url.searchParams.get('to') ?? '/page' });
      response.end();
    } else if (url.pathname === '/loop') {
      response.writeHead(301, { location: '/loop' });
      response.end();
    } else if (url.pathname === '/big-declared') {
      response.writeHead(200, { 'content-length': String(2_000_000) });
      response.end(Buffer.alloc(2_000_000, 97));
    } else if (url.pathname === '/big-chunked') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 64; i++) response.write(Buffer.alloc(16_384, 98));
      response.end();
    } else if (url.pathname === '/slow-body') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('first bytes, then nothing');
    } else if (url.pathname === '/no-answer') {
      // Never answers; the client's deadline must end it.
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  server.on('connection', (socket) => {
    connections++;
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  for (const socket of open) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  connections = 0;
});

const limits: SafeFetchOptions = { maxBytes: 100_000, timeoutMs: 5_000, maxRedirects: 3 };
const loopbackOnly: SafeFetchOptions = { ...limits, allowPrivateAddresses: ['127.0.0.1'] };
const dnsAnswering = (address: string, family: 4 | 6): Resolver & { asked: string[] } => {
  const asked: string[] = [];
  const resolver = async (hostname: string) => {
    asked.push(hostname);
    return [{ address, family }];
  };
  return Object.assign(resolver, { asked });
};

async function refusal(url: string, options: SafeFetchOptions): Promise<UnsafeFetchError> {
  const error = await safeFetch(url, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UnsafeFetchError);
  return error as UnsafeFetchError;
}

describe('safeFetch: addresses', () => {
  it('refuses a loopback literal by default and sends nothing', async () => {
    const error = await refusal(`${base}/page`, limits);
    expect(error.message).toContain('refused 127.0.0.1 (loopback)');
    expect(connections).toBe(0);
  });

  it('refuses a name that resolves to loopback (localhost) and sends nothing', async () => {
    const error = await refusal(`http://localhost:${port}/page`, limits);
    expect(error.message).toMatch(/refused localhost → (127\.0\.0\.1|::1) \(loopback\)/);
    expect(connections).toBe(0);
  });

  it('fetches from loopback when private addresses are allowed (tests only)', async () => {
    const response = await safeFetch(`http://localhost:${port}/page`, { ...limits, allowPrivateAddresses: true, accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html');
    expect(new TextDecoder().decode(response.body)).toBe('<p>accept=text/html</p>');
    expect(response.finalUrl).toBe(`http://localhost:${port}/page`);
    expect(response.truncated).toBe(false);
  });

  it('checks the resolved address before connecting: a public-looking name on loopback is refused unsent', async () => {
    const lookup = dnsAnswering('127.0.0.1', 4);
    const error = await refusal(`http://news.example:${port}/page`, { ...limits, lookup });
    expect(lookup.asked).toEqual(['news.example']);
    expect(error.message).toContain('refused news.example → 127.0.0.1 (loopback)');
    expect(connections).toBe(0);
  });

  it.each([
    ['10.0.0.1', 4, 'private'],
    ['169.254.169.254', 4, 'link-local'],
    ['100.64.1.2', 4, 'carrier-grade NAT'],
    ['0.0.0.0', 4, 'unspecified'],
    ['224.0.0.251', 4, 'multicast'],
    ['::ffff:127.0.0.1', 6, 'loopback'],
    ['::ffff:10.1.2.3', 6, 'private'],
    ['::1', 6, 'loopback'],
    ['fd12:3456::1', 6, 'unique local'],
    ['fe80::1', 6, 'link-local'],
    ['ff02::1', 6, 'multicast'],
    ['64:ff9b::a9fe:a9fe', 6, 'link-local'],
    ['2002:c0a8:0101::1', 6, 'private'],
  ] as const)('refuses a name that resolves to %s (%s)', async (address, family, label) => {
    const lookup = dnsAnswering(address, family);
    const error = await refusal('http://public.example/', { ...limits, lookup });
    expect(error.message).toContain(`refused public.example → ${address} (${label})`);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x0a.0.0.1/', 'private'],
    ['http://[fe80::1]/', 'link-local'],
  ])('refuses the literal address in %s', async (url, label) => {
    const error = await refusal(url, limits);
    expect(error.message).toContain(`(${label})`);
  });

  it.each(['file:///etc/passwd', 'ftp://example.org/file', 'gopher://example.org/', 'not a url', 'http://user:pw@example.org/'])(
    'refuses %s',
    async (url) => {
      await refusal(url, limits);
    },
  );
});

describe('safeFetch: redirects', () => {
  it('follows a redirect and reports the final URL', async () => {
    const response = await safeFetch(`${base}/redirect?to=/page`, loopbackOnly);
    expect(response.status).toBe(200);
    expect(response.finalUrl).toBe(`${base}/page`);
  });

  it('re-checks a redirect to a private literal address', async () => {
    const error = await refusal(`${base}/redirect?to=http://169.254.169.254/latest/meta-data/`, loopbackOnly);
    expect(error.message).toContain('refused 169.254.169.254 (link-local)');
  });

  it('re-checks a redirect to a name that resolves privately', async () => {
    const lookup: Resolver = async (hostname) =>
      hostname === 'internal.example' ? [{ address: '10.0.0.1', family: 4 }] : [{ address: '127.0.0.1', family: 4 }];
    const error = await refusal(`http://start.example:${port}/redirect?to=http://internal.example/admin`, { ...loopbackOnly, lookup });
    expect(error.message).toContain('refused internal.example → 10.0.0.1 (private)');
    expect(connections).toBe(1);
  });

  it('refuses a redirect to another scheme', async () => {
    const error = await refusal(`${base}/redirect?to=file:///etc/passwd`, loopbackOnly);
    expect(error.message).toContain('only http and https');
  });

  it('stops after maxRedirects', async () => {
    const error = await refusal(`${base}/loop`, loopbackOnly);
    expect(error.message).toContain('more than 3 redirects');
    expect(connections).toBe(4);
  });
});

describe('safeFetch: size and time', () => {
  it('refuses a body whose declared length is over the limit', async () => {
    const error = await refusal(`${base}/big-declared`, loopbackOnly);
    expect(error.message).toContain('body of 2000000 bytes is over the limit of 100000');
  });

  it('stops reading an undeclared body past the limit', async () => {
    const error = await refusal(`${base}/big-chunked`, loopbackOnly);
    expect(error.message).toContain('over the limit of 100000 bytes');
  });

  it('returns exactly maxBytes when asked to truncate', async () => {
    const response = await safeFetch(`${base}/big-chunked`, { ...loopbackOnly, oversize: 'truncate' });
    expect(response.truncated).toBe(true);
    expect(response.body.length).toBe(100_000);
    expect(response.body.every((byte) => byte === 98)).toBe(true);
  });

  it('gives up on a body that never ends', async () => {
    const error = await refusal(`${base}/slow-body`, { ...loopbackOnly, timeoutMs: 300 });
    expect(error.message).toContain('no complete answer within 300 ms');
  });

  it('gives up on a server that never answers', async () => {
    const error = await refusal(`${base}/no-answer`, { ...loopbackOnly, timeoutMs: 300 });
    expect(error.message).toContain('no complete answer within 300 ms');
  });
});
