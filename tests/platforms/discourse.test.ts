import { describe, expect, it } from 'vitest';
import { CredentialsError, PlatformError } from '../../src/core/errors.ts';
import { createDiscourseAdapter, externalId } from '../../src/platforms/discourse.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startDiscourseServer, type DiscourseState } from '../helpers/servers/discourse.ts';
import {
  context,
  image,
  part,
  partRequest,
  platformConfig,
  plannedCalls,
  PNG_BYTES,
  publishThread,
  rejection,
  rendition,
  writeCalls,
} from '../helpers/servers/fixtures.ts';

let server: FakeServer<DiscourseState>;
const adapter = (key = 'discourse-test-key') =>
  createDiscourseAdapter(platformConfig('discourse', server.url, { category: 4, username: 'herald' }), { DISCOURSE_API_KEY: key });
const ctx = () => context({ 'media/logo.png': PNG_BYTES });
const thread = () =>
  rendition('discourse', [part('Django 6.0 released\n\nEverything new in this release.'), part('Upgrade notes are in the docs.')]);

useFakeServer(startDiscourseServer, (started) => (server = started));

describe('discourse adapter', () => {
  it('needs the server and the API key', () => {
    expect(() => createDiscourseAdapter(platformConfig('discourse', server.url), {})).toThrow(CredentialsError);
    expect(() => createDiscourseAdapter(platformConfig('discourse', undefined), { DISCOURSE_API_KEY: 'k' })).toThrow(/server/);
  });

  it('opens a topic titled by the first line, with the key as external_id, and replies for later parts', async () => {
    const r = thread();
    const live = await publishThread(adapter(), r, ctx());
    const [topic] = server.state.topics;
    expect(topic).toMatchObject({ title: 'Django 6.0 released', category: 4, externalId: `${r.postId}:discourse:0` });
    expect(server.state.posts.map((p) => [p.topicId, p.postNumber])).toEqual([
      [topic!.id, 1],
      [topic!.id, 2],
    ]);
    expect(live.map((l) => l.url)).toEqual([
      `${server.url}/t/${topic!.slug}/${topic!.id}`,
      `${server.url}/t/${topic!.slug}/${topic!.id}/2`,
    ]);
  });

  it('uploads images and embeds them with their alt text', async () => {
    await publishThread(
      adapter(),
      rendition('discourse', [part('A topic with a picture of the logo', [image('media/logo.png', 'The logo | dark')])]),
      ctx(),
    );
    expect(server.state.posts[0]!.raw).toBe(
      `A topic with a picture of the logo\n\n![The logo   dark](${server.state.uploads[0]!.shortUrl})`,
    );
  });

  it('refuses a second topic with the same key (external_id is unique)', async () => {
    await publishThread(adapter(), thread(), ctx());
    const again = await rejection(adapter().publishPart(partRequest(thread(), 0), ctx()));
    expect(again).toMatchObject({ platform: 'discourse', status: 422, retryable: false });
    expect(String(again)).toContain('External ID has already been taken');
    expect(server.state.topics).toHaveLength(1);
  });

  it('finds the topic by external_id and a reply by its text', async () => {
    const r = thread();
    const live = await publishThread(adapter(), r, ctx());
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live[0]);
    expect(await adapter().findPart(partRequest(r, 1, live), ctx())).toEqual(live[1]);
    expect(
      await adapter().findPart(partRequest(rendition('discourse', [part('Never posted here, not once')], { postId: 'other' }), 0), ctx()),
    ).toBeUndefined();
    expect(await adapter().metrics!(live[0]!, ctx())).toEqual({ likes: 0, replies: 1 });
  });

  it("reports Discourse's own validation messages and a bad key", async () => {
    const short = await rejection(adapter().publishPart(partRequest(rendition('discourse', [part('Too short')]), 0), ctx()));
    expect(short).toBeInstanceOf(PlatformError);
    expect(String(short)).toContain('Body is too short (minimum is 20 characters); Title is too short (minimum is 15 characters)');
    const denied = await rejection(adapter('wrong').publishPart(partRequest(thread(), 0), ctx()));
    expect(denied).toMatchObject({ status: 403, retryable: false });
    expect(String(denied)).toContain('The API username or key is invalid.');
  });

  it('marks 429 retryable with Retry-After, and 500 retryable', async () => {
    server.fail({ status: 429, retryAfter: 10 });
    expect(await rejection(adapter().publishPart(partRequest(thread(), 0), ctx()))).toMatchObject({ retryable: true, retryAfter: 10 });
    server.fail({ status: 500 });
    expect(await rejection(adapter().publishPart(partRequest(thread(), 0), ctx()))).toMatchObject({ status: 500, retryable: true });
  });

  it('keeps long keys within the 50-character external_id limit, deterministically', () => {
    const key = `${'a'.repeat(60)}:discourse:0`;
    expect(externalId(key)).toHaveLength(50);
    expect(externalId(key)).toBe(externalId(key));
    expect(externalId('short:discourse:0')).toBe('short:discourse:0');
  });

  it('describes the writes publishPart sends, without the key', async () => {
    const r = rendition('discourse', [
      part('A topic with a picture of the logo', [image('media/logo.png', 'Alt')]),
      part('And a reply that is long enough.'),
    ]);
    const planned = [...adapter().describe(partRequest(r, 0)), ...adapter().describe(partRequest(r, 1))];
    await publishThread(adapter(), r, ctx());
    expect(plannedCalls(planned)).toEqual(writeCalls(server.requests));
    expect(JSON.stringify(planned)).not.toContain('discourse-test-key');
  });
});
