// The fault-injection hooks the publish tests rely on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeServer } from './base.ts';
import { startMastodonServer, type MastodonState } from './mastodon.ts';

let server: FakeServer<MastodonState>;
const post = (status: string) =>
  fetch(`${server.url}/api/v1/statuses`, {
    method: 'POST',
    headers: { authorization: 'Bearer mastodon-test-token', 'content-type': 'application/json' },
    body: JSON.stringify({ status }),
  });

beforeEach(async () => {
  server = await startMastodonServer();
});
afterEach(() => server.close());

describe('fake server machinery', () => {
  it("runs a 'before' hook before the request changes state and an 'after' hook once it is answered", async () => {
    const seen: string[] = [];
    server.onRequest(2, 'before', () => {
      seen.push(`before: ${server.state.statuses.length} statuses`);
    });
    let answered!: () => void;
    const afterRan = new Promise<void>((resolve) => (answered = resolve));
    server.onRequest(2, 'after', () => {
      seen.push(`after: ${server.state.statuses.length} statuses`);
      answered();
    });
    await post('one');
    await post('two');
    await afterRan;
    expect(seen).toEqual(['before: 1 statuses', 'after: 2 statuses']);
  });

  it('fails only the matching requests, as many times as asked, and logs every request', async () => {
    server.fail({ status: 503, times: 2, match: (r) => r.method === 'POST' });
    expect((await post('a')).status).toBe(503);
    expect((await fetch(`${server.url}/api/v2/instance`)).status).toBe(200);
    expect((await post('a')).status).toBe(503);
    expect((await post('a')).status).toBe(200);
    expect(server.requests.map((r) => `${r.n} ${r.method} ${r.path}`)).toEqual([
      '1 POST /api/v1/statuses',
      '2 GET /api/v2/instance',
      '3 POST /api/v1/statuses',
      '4 POST /api/v1/statuses',
    ]);
  });

  it('records requests no route answers', async () => {
    expect((await fetch(`${server.url}/api/v1/nothing`)).status).toBe(401);
    const res = await fetch(`${server.url}/api/v1/nothing`, { headers: { authorization: 'Bearer mastodon-test-token' } });
    expect(res.status).toBe(404);
    expect(server.unhandled.map((r) => r.path)).toEqual(['/api/v1/nothing']);
  });
});
