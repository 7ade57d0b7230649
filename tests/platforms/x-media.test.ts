import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../../src/core/errors.ts';
import type { Media } from '../../src/core/types.ts';
import { createXAdapter } from '../../src/platforms/x.ts';
import { maxBytes, segmentSize, X_MEDIA } from '../../src/platforms/x-media.ts';
import type { AdapterContext, PartRequest } from '../../src/platforms/types.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { startXServer, type XState } from '../helpers/servers/x.ts';
import { context, part, partRequest, platformConfig, rejection, rendition, writeCalls } from '../helpers/servers/fixtures.ts';

let server: FakeServer<XState>;
const env = { X_API_KEY: 'ck', X_API_SECRET: 'cs', X_ACCESS_TOKEN: 'tk', X_ACCESS_TOKEN_SECRET: 'ts' };
const adapter = () => createXAdapter({ ...platformConfig('x', server.url), account: 'herald' }, env);
const MB = 1024 * 1024;
/** Bytes standing for a video: the fake, like X before processing, takes them as they come. */
const VIDEO = Uint8Array.from({ length: 9 * MB }, (_, i) => (i * 31) % 251);
const GIF = Uint8Array.from({ length: 300_000 }, (_, i) => i % 256);

function video(path = 'media/talk.mp4', alt = 'The keynote, first minute'): Media {
  return { path, alt, kind: 'video', line: 3, column: 1 };
}
const videoPost = (text = 'Watch the keynote') => rendition('x', [part(text, [video()])]);
const ctx = () => context({ 'media/talk.mp4': VIDEO, 'media/party.gif': GIF });
const paths = () => server.requests.map((r) => `${r.method} ${r.path}`);

useFakeServer(startXServer, (started) => (server = started));

/** A context whose fetch dies (as a killed process would) at the first request `dies` matches, before or after X handled it. */
function dyingContext(dies: (url: string, method: string) => boolean, when: 'before' | 'after'): AdapterContext {
  const base = ctx();
  let dead = false;
  return {
    ...base,
    async fetch(input, init) {
      const url = String(input);
      const fatal = !dead && dies(url, init?.method ?? 'GET');
      if (fatal && when === 'before') throw new Error(`killed before ${url}`);
      const response = await globalThis.fetch(input, init);
      if (fatal) {
        dead = true;
        throw new Error(`killed after ${url}`);
      }
      return response;
    },
  };
}

/** What the runner does on a re-run after a crash: look for the part, publish only when it is missing. */
async function recover(request: PartRequest): Promise<string> {
  const found = await adapter().findPart(request, ctx());
  return (found ?? (await adapter().publishPart(request, ctx()))).id;
}

describe('x adapter: video and GIF through the chunked upload', () => {
  it('posts a video end to end: initialize, segments in order, finalize, processing, alt text, then the post', async () => {
    const live = await adapter().publishPart(partRequest(videoPost(), 0), ctx());
    const segments = Math.ceil(VIDEO.length / X_MEDIA.segmentBytes);
    const [media] = server.state.media.values();
    expect(paths()).toEqual([
      'POST /2/media/upload/initialize',
      ...Array.from({ length: segments }, () => `POST /2/media/upload/${media!.id}/append`),
      `POST /2/media/upload/${media!.id}/finalize`,
      'GET /2/media/upload', // in_progress (the fake's default: one poll of processing)
      'GET /2/media/upload', // succeeded
      'POST /2/media/metadata',
      'POST /2/tweets',
    ]);
    expect(JSON.parse(new TextDecoder().decode(server.requests[0]!.body))).toEqual({
      media_type: 'video/mp4',
      total_bytes: VIDEO.length,
      media_category: 'tweet_video',
    });
    expect(media).toMatchObject({ category: 'tweet_video', size: VIDEO.length, state: 'succeeded', alt: 'The keynote, first minute' });
    expect(server.state.tweets).toEqual([expect.objectContaining({ id: live.id, text: 'Watch the keynote', mediaIds: [media!.id] })]);
  });

  it('waits through several processing polls and posts only after X says succeeded', async () => {
    server.state.processing = { polls: 3, checkAfterSecs: 0 };
    await adapter().publishPart(partRequest(videoPost(), 0), ctx());
    const calls = paths();
    expect(calls.filter((c) => c === 'GET /2/media/upload')).toHaveLength(4);
    expect(calls.indexOf('POST /2/tweets')).toBeGreaterThan(calls.lastIndexOf('GET /2/media/upload'));
    expect(server.requests.filter((r) => r.method === 'GET').every((r) => r.query.get('command') === 'STATUS')).toBe(true);
  });

  it('reports failed processing as a PlatformError naming the file and X, and posts nothing', async () => {
    server.state.processing = {
      polls: 1,
      checkAfterSecs: 0,
      failure: { code: 1, name: 'InvalidMedia', message: 'Unsupported video format' },
    };
    const error = await rejection(adapter().publishPart(partRequest(videoPost(), 0), ctx()));
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ platform: 'x', retryable: false });
    expect(String(error)).toContain('x: media/talk.mp4: X could not process this video (InvalidMedia: Unsupported video format)');
    expect((error as PlatformError).hint).toMatch(/H\.264/);
    expect(server.state.tweets).toEqual([]);
  });

  it('stops waiting after a bounded number of polls and says nothing was posted', async () => {
    server.state.processing = { polls: X_MEDIA.maxPolls + 5, checkAfterSecs: 0 };
    const error = await rejection(adapter().publishPart(partRequest(videoPost(), 0), ctx()));
    expect(String(error)).toContain(`media/talk.mp4: X was still processing the video after ${X_MEDIA.maxPolls} status checks`);
    expect((error as PlatformError).hint).toContain('Nothing was posted');
    expect(paths().filter((c) => c === 'GET /2/media/upload')).toHaveLength(X_MEDIA.maxPolls);
    expect(server.state.tweets).toEqual([]);
  });

  it('a run killed between upload and post re-uploads on the re-run and posts once', async () => {
    const request = partRequest(videoPost(), 0);
    const dying = dyingContext((url, method) => method === 'POST' && url.endsWith('/2/tweets'), 'before');
    await rejection(adapter().publishPart(request, dying));
    expect(server.state.tweets).toEqual([]);
    const id = await recover(request);
    expect(server.state.tweets.map((t) => t.id)).toEqual([id]);
    expect(paths().filter((c) => c === 'POST /2/media/upload/initialize')).toHaveLength(2);
  });

  it('a run killed after X created the post finds it on the re-run and does not post again', async () => {
    const request = partRequest(videoPost('Keynote https://example.org/talk'), 0);
    const dying = dyingContext((url, method) => method === 'POST' && url.endsWith('/2/tweets'), 'after');
    await rejection(adapter().publishPart(request, dying));
    expect(server.state.tweets).toHaveLength(1);
    expect(await recover(request)).toBe(server.state.tweets[0]!.id);
    expect(server.state.tweets).toHaveLength(1);
    expect(paths().filter((c) => c === 'POST /2/media/upload/initialize')).toHaveLength(1);
  });

  it('sends an animated GIF through the chunked upload as tweet_gif', async () => {
    const gif: Media = { path: 'media/party.gif', alt: 'Confetti', kind: 'gif', line: 3, column: 1 };
    await adapter().publishPart(partRequest(rendition('x', [part('Party', [gif])]), 0), ctx());
    expect(JSON.parse(new TextDecoder().decode(server.requests[0]!.body))).toMatchObject({
      media_type: 'image/gif',
      media_category: 'tweet_gif',
    });
    expect([...server.state.media.values()]).toEqual([
      expect.objectContaining({ category: 'tweet_gif', size: GIF.length, alt: 'Confetti' }),
    ]);
  });

  it("refuses a video over X's limit before any request, saying the limit, without reading the file", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'herald-x-'));
    try {
      await writeFile(join(dir, 'big.mp4'), '');
      await truncate(join(dir, 'big.mp4'), maxBytes('video') + 1); // sparse: no disk used
      let reads = 0;
      const disk: AdapterContext = {
        ...context(),
        mediaSize: async (path) => (await stat(join(dir, path))).size,
        readMedia: async (path) => ((reads += 1), new Uint8Array(await readFile(join(dir, path)))),
      };
      const r = rendition('x', [part('Too big', [video('big.mp4')])]);
      const error = await rejection(adapter().publishPart(partRequest(r, 0), disk));
      expect(error).toBeInstanceOf(PlatformError);
      expect(String(error)).toMatch(
        /^PlatformError: x: big\.mp4 is 8,388,608,001 bytes, and X takes at most 8,388,608,000 bytes for a video sent through its API \(1,000 segments of at most 8 MB; X's own cap for a post's video is 8 GB, 16 GB with X Premium\)/,
      );
      expect(reads).toBe(0);
      expect(server.requests).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses a GIF over X's 15 MB before any request when the host cannot tell sizes in advance", async () => {
    const gif: Media = { path: 'media/huge.gif', alt: 'A huge GIF', kind: 'gif', line: 3, column: 1 };
    const huge = context({ 'media/huge.gif': new Uint8Array(15 * MB + 1) });
    const error = await rejection(adapter().publishPart(partRequest(rendition('x', [part('Big', [gif])]), 0), huge));
    expect(String(error)).toContain('x: media/huge.gif is 15,728,641 bytes, and X takes at most 15,728,640 bytes for an animated GIF');
    expect(server.requests).toEqual([]);
  });

  it('describes the chunked writes publishPart sends (media ids as placeholders)', async () => {
    const small = context({ 'media/talk.mp4': VIDEO.subarray(0, 1000) });
    const request = partRequest(videoPost(), 0);
    const planned = adapter().describe(request);
    await adapter().publishPart(request, small);
    const [media] = server.state.media.values();
    const sent = writeCalls(server.requests).map((c) => c.replace(media!.id, '<media 1>'));
    expect(planned.map((p) => `${p.method} ${decodeURI(new URL(p.url).pathname)}`)).toEqual(sent);
    expect(planned[0]!.body).toEqual({ media_type: 'video/mp4', total_bytes: '<size of media/talk.mp4>', media_category: 'tweet_video' });
  });

  it('keeps segments at 4 MB and grows them only as far as 1,000 segments of at most 8 MB need', () => {
    expect(segmentSize(9 * MB)).toBe(4 * MB);
    expect(segmentSize(4000 * MB)).toBe(4 * MB);
    expect(segmentSize(6000 * MB)).toBe(6 * MB);
    expect(segmentSize(maxBytes('video'))).toBe(X_MEDIA.maxSegmentBytes);
    expect(Math.ceil(maxBytes('video') / segmentSize(maxBytes('video')))).toBe(X_MEDIA.maxSegments);
  });
});
