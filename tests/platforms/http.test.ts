import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/core/errors.ts';
import { firstString, parseRetryAfter, redactUrl, sendRequest } from '../../src/platforms/http.ts';
import { context } from '../helpers/servers/fixtures.ts';

describe('platform HTTP helper', () => {
  it('parses Retry-After as seconds or as an HTTP date, and ignores nonsense', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Tue, 01 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('redacts webhook tokens and query strings from URLs it reports', () => {
    expect(redactUrl('https://discord.com/api/webhooks/123/s3cret?wait=true')).toBe('https://discord.com/api/webhooks/123/***');
    expect(redactUrl('not a url')).toBe('<invalid url>');
  });

  it('reads the first string field of an error body', () => {
    expect(firstString({ error: '', message: 'nope' }, 'error', 'message')).toBe('nope');
    expect(firstString('text', 'error')).toBeUndefined();
  });

  it('turns a refused connection into a retryable PlatformError naming the platform', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const error = await sendRequest('slack', context(), { method: 'GET', url: `http://127.0.0.1:${port}/x` }, () => undefined).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ platform: 'slack', retryable: true, status: undefined });
    expect(String(error)).toContain('got no answer');
  });

  it('keeps a non-JSON error body as the message', async () => {
    const server = createServer((_req, res) => {
      res.statusCode = 502;
      res.end('Bad gateway from the proxy');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const error = await sendRequest('x', context(), { method: 'GET', url }, () => undefined).catch((e: unknown) => e);
    await new Promise((resolve) => server.close(resolve));
    expect(error).toMatchObject({ status: 502, retryable: true });
    expect(String(error)).toContain('Bad gateway from the proxy');
  });
});
