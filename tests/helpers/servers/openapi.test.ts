// The stand-ins check requests against the platforms' published descriptions, and accept what those allow.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeServer } from './base.ts';
import { startMastodonServer, type MastodonState } from './mastodon.ts';
import { specsMissing } from './openapi.ts';

const missing = specsMissing('mastodon');
let server: FakeServer<MastodonState> | undefined;
afterEach(() => server?.close());

const statuses = (body: NonNullable<RequestInit['body']>, type?: string) =>
  fetch(`${server!.url}/api/v1/statuses`, {
    method: 'POST',
    headers: { authorization: 'Bearer mastodon-test-token', ...(type ? { 'content-type': type } : {}) },
    body,
  });

describe.skipIf(missing)(`stand-ins against the published API descriptions${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('records a status body the Mastodon description does not allow', async () => {
    server = await startMastodonServer();
    await statuses(JSON.stringify({ status: 'Hi', visibility: 'everyone' }), 'application/json');
    expect(server.violations).toEqual([expect.stringContaining('body/visibility must be equal to one of the allowed values')]);
  });

  it('records a query parameter the description does not know', async () => {
    server = await startMastodonServer();
    await fetch(`${server.url}/api/v2/search?q=x&bogus=1`, { headers: { authorization: 'Bearer mastodon-test-token' } });
    expect(server.violations).toEqual([expect.stringContaining('unknown query parameter bogus')]);
  });

  it('accepts a status as multipart and url-encoded forms, as Mastodon does, with media ids as form arrays', async () => {
    server = await startMastodonServer();
    const form = new FormData();
    form.append('status', 'Posted as multipart');
    form.append('visibility', 'unlisted');
    expect((await statuses(form)).status).toBe(200);
    const encoded = new URLSearchParams({ status: 'Posted url-encoded', language: 'en' });
    expect((await statuses(encoded)).status).toBe(200);
    expect(server.state.statuses.map((s) => [s.text, s.visibility, s.language])).toEqual([
      ['Posted as multipart', 'unlisted', null],
      ['Posted url-encoded', 'public', 'en'],
    ]);
    expect(server.violations).toEqual([]);
  });

  it('accepts a poll as form fields (poll[options][], poll[expires_in]), as Mastodon reads them', async () => {
    server = await startMastodonServer();
    const form = new FormData();
    form.append('status', 'Which sprint day?');
    for (const option of ['Saturday', 'Sunday']) form.append('poll[options][]', option);
    form.append('poll[expires_in]', '86400');
    expect((await statuses(form)).status).toBe(200);
    const encoded = new URLSearchParams([
      ['status', 'Too short a poll'],
      ['poll[options][]', 'a'],
      ['poll[options][]', 'b'],
      ['poll[expires_in]', '60'],
    ]);
    expect((await statuses(encoded)).status).toBe(422);
    expect(server.state.statuses.map((s) => [s.text, s.poll?.options, s.poll?.expiresIn])).toEqual([
      ['Which sprint day?', ['Saturday', 'Sunday'], 86400],
    ]);
    expect(server.violations).toEqual([]);
  });

  it("accepts text with media (two of the description's oneOf branches match; Mastodon takes it)", async () => {
    server = await startMastodonServer();
    const upload = new FormData();
    upload.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png');
    const media = (await (
      await fetch(`${server.url}/api/v2/media`, { method: 'POST', headers: { authorization: 'Bearer mastodon-test-token' }, body: upload })
    ).json()) as { id: string };
    expect((await statuses(JSON.stringify({ status: 'With media', media_ids: [media.id] }), 'application/json')).status).toBe(200);
    expect(server.violations).toEqual([]);
  });
});
