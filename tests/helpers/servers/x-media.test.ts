// The fake X's media endpoints refuse what X documents it refuses, so the adapter tests mean something.
import { describe, expect, it } from 'vitest';
import { oauthHeader } from '../../../src/platforms/oauth1.ts';
import type { FakeServer } from './base.ts';
import { useFakeServer } from './use-fake-server.ts';
import { startXServer, X_TEST_KEYS, type XState } from './x.ts';

let server: FakeServer<XState>;
const MB = 1024 * 1024;

async function send(method: string, path: string, body?: FormData | object): Promise<{ status: number; json: any }> {
  const url = `${server.url}${path}`;
  const headers: Record<string, string> = { authorization: oauthHeader(method, url, X_TEST_KEYS) };
  let payload: RequestInit['body'];
  if (body instanceof FormData) payload = body;
  else if (body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(url, { method, headers, body: payload });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

const init = (body: object) => send('POST', '/2/media/upload/initialize', body);
const segment = (id: string, index: number, bytes: number) => {
  const form = new FormData();
  form.append('segment_index', String(index));
  form.append('media', new Blob([new Uint8Array(bytes)]), 'clip.mp4');
  return send('POST', `/2/media/upload/${id}/append`, form);
};
const errorOf = (reply: { json: any }) => reply.json.errors[0].message as string;

useFakeServer(startXServer, (started) => (server = started));

describe('fake X media upload', () => {
  it("refuses a media_type outside X's list, a missing total_bytes and a video over the 8 GB default cap", async () => {
    expect(errorOf(await init({ media_type: 'video/avi', total_bytes: 10, media_category: 'tweet_video' }))).toContain('`media_type`');
    expect(errorOf(await init({ media_type: 'video/mp4', media_category: 'tweet_video' }))).toContain('`total_bytes`');
    const big = await init({ media_type: 'video/mp4', total_bytes: 8 * 1024 * MB + 1, media_category: 'tweet_video' });
    expect(big.status).toBe(400);
    expect(errorOf(big)).toContain('8 GB');
    expect(errorOf(await init({ media_type: 'image/gif', total_bytes: 15 * MB + 1, media_category: 'tweet_gif' }))).toContain('15 MB');
  });

  it('takes segments in order (a repeat replaces, a gap is refused) and at most 8 MB each', async () => {
    const { json } = await init({ media_type: 'video/mp4', total_bytes: 30, media_category: 'tweet_video' });
    const id = json.data.id as string;
    expect((await segment(id, 0, 10)).status).toBe(200);
    expect(errorOf(await segment(id, 2, 10))).toBe('Segment 2 arrived before segment 1.');
    expect((await segment(id, 0, 10)).status).toBe(200);
    expect(errorOf(await segment(id, 1000, 10))).toContain('0 to 999');
    expect(errorOf(await segment(id, 1, 21))).toContain('more than the provided total');
    const { json: other } = await init({ media_type: 'video/mp4', total_bytes: 9 * MB, media_category: 'tweet_video' });
    expect(errorOf(await segment(other.data.id, 0, 8 * MB + 1))).toContain('at most 8 MB');
  });

  it('refuses to finalize with missing segments, and a post with media still processing', async () => {
    const { json } = await init({ media_type: 'video/mp4', total_bytes: 20, media_category: 'tweet_video' });
    const id = json.data.id as string;
    await segment(id, 0, 10);
    expect(errorOf(await send('POST', `/2/media/upload/${id}/finalize`))).toBe('Segments do not add up to provided total file size.');
    await segment(id, 1, 10);
    const finalized = await send('POST', `/2/media/upload/${id}/finalize`);
    expect(finalized.json.data).toMatchObject({ id, size: 20, processing_info: { state: 'pending' } });
    expect(errorOf(await send('POST', '/2/tweets', { text: 'Too soon', media: { media_ids: [id] } }))).toBe('Your media IDs are invalid.');
    const states = [];
    for (let i = 0; i < 2; i += 1)
      states.push((await send('GET', `/2/media/upload?command=STATUS&media_id=${id}`)).json.data.processing_info.state);
    expect(states).toEqual(['in_progress', 'succeeded']);
    expect((await send('POST', '/2/tweets', { text: 'Now', media: { media_ids: [id] } })).status).toBe(201);
  });

  it('refuses a GIF or video through the one-request upload, and a video beside other media in a post', async () => {
    const form = new FormData();
    form.append('media', new Blob([new Uint8Array(10)]), 'party.gif');
    form.append('media_category', 'tweet_gif');
    expect(errorOf(await send('POST', '/2/media/upload', form))).toContain('tweet_image, dm_image, subtitles');
    const image = new FormData();
    image.append('media', new Blob([new Uint8Array(10)]), 'a.png');
    const imageId = (await send('POST', '/2/media/upload', image)).json.data.id as string;
    const { json } = await init({ media_type: 'video/mp4', total_bytes: 10, media_category: 'tweet_video' });
    await segment(json.data.id, 0, 10);
    await send('POST', `/2/media/upload/${json.data.id}/finalize`);
    server.state.media.get(json.data.id)!.state = 'succeeded';
    const mixed = await send('POST', '/2/tweets', { text: 'Both', media: { media_ids: [imageId, json.data.id] } });
    expect(errorOf(mixed)).toBe('A post may have up to 4 photos, 1 animated GIF or 1 video.');
  });
});
