// What a real Mastodon-API server showed and the stand-in now reproduces (issue 13): each case fails on
// the adapter as it was, through HTTP against the stand-in.
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/core/errors.ts';
import { createMastodonAdapter } from '../../src/platforms/mastodon.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startMastodonServer, type MastodonState } from '../helpers/servers/mastodon.ts';
import {
  context,
  image,
  part,
  partRequest,
  platformConfig,
  PNG_BYTES,
  publishThread,
  rejection,
  rendition,
} from '../helpers/servers/fixtures.ts';

let server: FakeServer<MastodonState>;
const env = { MASTODON_ACCESS_TOKEN: 'mastodon-test-token' };
const adapter = () => createMastodonAdapter(platformConfig('mastodon', server.url), env);
const ctx = () => context({ 'media/logo.png': PNG_BYTES });
const creates = () =>
  server.requests
    .filter((q) => q.method === 'POST' && q.path === '/api/v1/statuses')
    .map((q) => JSON.parse(new TextDecoder().decode(q.body)) as Record<string, unknown>);

useFakeServer(startMastodonServer, (started) => (server = started));

describe('mastodon: findings from a real server', () => {
  it('leaves `status` out of an image-only part (the server refuses "status": "" on every retry)', async () => {
    const r = rendition('mastodon', [part('Text first'), part('', [image('media/logo.png', 'The logo')])]);
    const live = await publishThread(adapter(), r, ctx());
    expect(live).toHaveLength(2);
    expect(server.state.statuses[1]).toMatchObject({ text: '', inReplyToId: server.state.statuses[0]!.id });
    expect(server.state.statuses[1]!.mediaIds).toHaveLength(1);
    expect('status' in creates()[1]!).toBe(false);
  });

  it('fails clearly when the server publishes a quote as a plain post, and takes the plain post back', async () => {
    const [original] = await publishThread(adapter(), rendition('mastodon', [part('Original')]), ctx());
    server.state.quotes = false;
    const error = await rejection(
      publishThread(adapter(), rendition('mastodon', [part('Quoting')], { postId: 'quoting', quote: original!.url }), ctx()),
    );
    expect(error).toBeInstanceOf(PlatformError);
    expect(String(error)).toContain('without the quote');
    expect((error as PlatformError).retryable).toBe(false);
    expect(server.state.statuses.map((s) => s.text)).toEqual(['Original']);
  });

  it('accepts a quote the server made (its answer carries `quote`)', async () => {
    const [original] = await publishThread(adapter(), rendition('mastodon', [part('Original')]), ctx());
    await publishThread(adapter(), rendition('mastodon', [part('Quoting')], { postId: 'quoting', quote: original!.url }), ctx());
    expect(server.state.statuses.at(-1)).toMatchObject({ text: 'Quoting', quotedStatusId: original!.id });
  });

  it('names read:search when a lookup by URL is refused for the scope', async () => {
    const [original] = await publishThread(adapter(), rendition('mastodon', [part('Original')]), ctx());
    server.state.scopes = ['write:statuses', 'write:media'];
    const error = await rejection(
      publishThread(adapter(), rendition('mastodon', [part('A reply')], { postId: 'reply', replyTo: original!.url }), ctx()),
    );
    expect(error).toMatchObject({ status: 403 });
    expect((error as PlatformError).hint).toContain('read:search');
  });

  it('recovers a boost only by the reblog of its exact target, never an image-only post with the same (empty) text', async () => {
    const [target] = await publishThread(adapter(), rendition('mastodon', [part('Target')]), ctx());
    await publishThread(
      adapter(),
      rendition('mastodon', [part('', [image('media/logo.png', 'Only an image')])], { postId: 'image-only' }),
      ctx(),
    );
    const boost = rendition('mastodon', [part('')], { postId: 'boost', repost: target!.url });
    expect(await adapter().findPart(partRequest(boost, 0), ctx())).toBeUndefined();
    const live = await adapter().repost!(target!.url, 'boost:mastodon:0', ctx());
    expect(await adapter().findPart(partRequest(boost, 0), ctx())).toEqual(live);
  });

  it.each([
    [
      'an OAuth refusal',
      { status: 403, json: { error: 'insufficient_scope', error_description: 'The requested scope is not permitted' } },
      'insufficient_scope: The requested scope is not permitted',
    ],
    ['a nested error object', { status: 400, json: { error: { message: 'status: too short' } } }, 'status: too short'],
    [
      'an array of errors',
      { status: 400, json: [{ message: 'first problem' }, { message: 'second problem' }] },
      'first problem; second problem',
    ],
    [
      "a proxy's HTML page",
      { status: 502, text: '<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>' },
      '502 Bad Gateway',
    ],
    ['plain text', { status: 400, text: 'Bad Request: status too long\n' }, 'Bad Request: status too long'],
  ])('reads %s into the message', async (_shape, reply, message) => {
    server.fail({ status: reply.status, reply });
    const error = await rejection(adapter().publishPart(partRequest(rendition('mastodon', [part('Hi')]), 0), ctx()));
    expect(String(error)).toContain(`failed with ${reply.status}: ${message}`);
    expect(String(error)).not.toContain('<html');
  });

  it('sends content_type text/plain to a server that lists it, so a line starting "1." stays text', async () => {
    server.state.contentTypes = ['text/plain', 'text/markdown'];
    await publishThread(adapter(), rendition('mastodon', [part('1. Upgrade\n2. Enjoy')]), ctx());
    expect(creates()[0]).toMatchObject({ content_type: 'text/plain' });
    expect(server.state.statuses[0]!.contentType).toBe('text/plain');
  });

  it('sends no content_type to Mastodon itself (it advertises none and takes plain text only)', async () => {
    await publishThread(adapter(), rendition('mastodon', [part('1. Upgrade')]), ctx());
    expect('content_type' in creates()[0]!).toBe(false);
  });
});
