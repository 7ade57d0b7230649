import { describe, expect, it } from 'vitest';
import { CredentialsError, PlatformError } from '../../src/core/errors.ts';
import { createLinkedInAdapter } from '../../src/platforms/linkedin.ts';
import { toLittleText } from '../../src/platforms/linkedin-text.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startLinkedInServer, type LinkedInState } from '../helpers/servers/linkedin.ts';
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

let server: FakeServer<LinkedInState>;
const env = { LINKEDIN_ACCESS_TOKEN: 'linkedin-test-token' };
const adapter = (token = env.LINKEDIN_ACCESS_TOKEN) =>
  createLinkedInAdapter({ ...platformConfig('linkedin', server.url), account: '5515715' }, { LINKEDIN_ACCESS_TOKEN: token });
const ctx = () => context({ 'media/a.png': PNG_BYTES, 'media/b.png': PNG_BYTES });

useFakeServer(startLinkedInServer, (started) => (server = started));

describe('linkedin adapter', () => {
  it('needs the token and the organization', () => {
    expect(() => createLinkedInAdapter(platformConfig('linkedin', server.url), {})).toThrow(CredentialsError);
    expect(() => createLinkedInAdapter(platformConfig('linkedin', server.url), env)).toThrow(/organization/);
  });

  it('posts as the organization with the id from x-restli-id, text surviving reserved characters', async () => {
    const text = 'Django 6.0 (final) is out! #django <3 [notes] @ you';
    const [live] = await publishThread(adapter(), rendition('linkedin', [part(text)]), ctx());
    const [post] = server.state.posts;
    expect(live).toEqual({ index: 0, id: post!.id, url: `https://www.linkedin.com/feed/update/${post!.id}/` });
    expect(post).toMatchObject({ author: 'urn:li:organization:5515715', visibility: 'PUBLIC', commentary: toLittleText(text) });
    expect(post!.commentary).toContain('{hashtag|\\#|django}');
  });

  it('uploads images with alt text: one as media, several as multiImage', async () => {
    await publishThread(adapter(), rendition('linkedin', [part('One', [image('media/a.png', 'First')])]), ctx());
    await publishThread(adapter(), rendition('linkedin', [part('Two', [image('media/a.png', 'A'), image('media/b.png', 'B')])]), ctx());
    const [single, multi] = server.state.posts;
    expect(single!.content!.media!.altText).toBe('First');
    expect(multi!.content!.multiImage!.images.map((i) => i.altText)).toEqual(['A', 'B']);
    expect([...server.state.images.values()].every((i) => i.uploaded && i.size === PNG_BYTES.length)).toBe(true);
  });

  it('posts follow-up parts as comments on the first, and finds both again', async () => {
    const r = rendition('linkedin', [part('Root post'), part('Comment one')]);
    const live = await publishThread(adapter(), r, ctx());
    expect(server.state.comments).toEqual([{ id: live[1]!.id, object: live[0]!.id, text: 'Comment one' }]);
    expect(await adapter().findPart(partRequest(r, 0), ctx())).toEqual(live[0]);
    expect(await adapter().findPart(partRequest(r, 1, live), ctx())).toEqual(live[1]);
    expect(await adapter().findPart(partRequest(rendition('linkedin', [part('Unsent')]), 0), ctx())).toBeUndefined();
    expect(await adapter().metrics!(live[0]!, ctx())).toEqual({ likes: 0, replies: 1 });
    expect(await adapter().followers!(ctx())).toBe(1200);
  });

  it('reshares for a repost and for a quote', async () => {
    const [original] = await publishThread(adapter(), rendition('linkedin', [part('Original')]), ctx());
    await adapter().repost!(original!.url, 'k', ctx());
    await publishThread(adapter(), rendition('linkedin', [part('Worth reading')], { quote: original!.url }), ctx());
    expect(server.state.posts.map((p) => p.reshareParent)).toEqual([undefined, original!.id, original!.id]);
  });

  it("converts over-length commentary and a bad token into PlatformErrors with LinkedIn's message", async () => {
    const long = await rejection(adapter().publishPart(partRequest(rendition('linkedin', [part('a'.repeat(3001))]), 0), ctx()));
    expect(long).toBeInstanceOf(PlatformError);
    expect(long).toMatchObject({ platform: 'linkedin', status: 422, retryable: false });
    expect(String(long)).toContain('length of 3001 is greater than maximum 3000');
    const denied = await rejection(adapter('expired').publishPart(partRequest(rendition('linkedin', [part('Hi')]), 0), ctx()));
    expect(denied).toMatchObject({ status: 401, retryable: false });
    expect(String(denied)).toContain('Invalid access token');
  });

  it('marks 429 and 504 retryable, with Retry-After', async () => {
    server.fail({ status: 429, retryAfter: 5 });
    expect(await rejection(adapter().publishPart(partRequest(rendition('linkedin', [part('Hi')]), 0), ctx()))).toMatchObject({
      retryable: true,
      retryAfter: 5,
    });
    server.fail({ status: 504 });
    expect(await rejection(adapter().publishPart(partRequest(rendition('linkedin', [part('Hi')]), 0), ctx()))).toMatchObject({
      status: 504,
      retryable: true,
    });
  });

  it('describes the writes publishPart sends (uploads go to the URL LinkedIn hands out)', async () => {
    const r = rendition('linkedin', [part('Pic', [image('media/a.png', 'Alt')]), part('Two')]);
    const planned = [...adapter().describe(partRequest(r, 0)), ...adapter().describe(partRequest(r, 1))];
    await publishThread(adapter(), r, ctx());
    const notPut = (calls: string[]) => calls.filter((c) => !c.startsWith('PUT '));
    const sent = writeCalls(server.requests).map((c) => c.replace(/socialActions\/[^/]+/, 'socialActions/<root>'));
    const plannedSent = plannedCalls(planned).map((c) => c.replace(/socialActions\/[^/]+/, 'socialActions/<root>'));
    expect(notPut(plannedSent)).toEqual(notPut(sent));
    expect(planned.filter((p) => p.method === 'PUT')).toHaveLength(server.requests.filter((q) => q.method === 'PUT').length);
    expect(JSON.stringify(planned)).not.toContain(env.LINKEDIN_ACCESS_TOKEN);
  });
});
