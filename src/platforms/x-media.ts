// X media upload. Images go in one request (POST /2/media/upload); videos and animated GIFs take
// the chunked flow X documents for them: initialize → append segments in order → finalize → poll
// STATUS while X processes the file. Limits and their sources: docs/platforms.md ("X: media").
import { setTimeout as sleep } from 'node:timers/promises';
import { PlatformError } from '../core/errors.ts';
import type { Media } from '../core/types.ts';
import type { HttpCall } from './http.ts';
import { describeMedia, mimeType, readMediaFile, type MediaFile } from './media.ts';
import type { AdapterContext, PlannedRequest } from './types.ts';

const MB = 1024 * 1024;

export const X_MEDIA = {
  imageBytes: 5 * MB,
  gifBytes: 15 * MB,
  /** A post's video for accounts without X Premium (16 GB with Premium). */
  videoBytes: 8 * 1024 * MB,
  /** X asks for segments of at most 5 MB; its server takes up to 8 MB. */
  segmentBytes: 4 * MB,
  maxSegmentBytes: 8 * MB,
  /** segment_index runs from 0 to 999. */
  maxSegments: 1000,
  /** Processing is waited for at most this many status polls and seconds, then reported. */
  maxPolls: 60,
  maxWaitSeconds: 900,
} as const;

/** The most bytes Herald can send for a kind: X's cap, and for chunks 1,000 segments of 8 MB. */
export function maxBytes(kind: Media['kind']): number {
  if (kind === 'image') return X_MEDIA.imageBytes;
  if (kind === 'gif') return X_MEDIA.gifBytes;
  return Math.min(X_MEDIA.videoBytes, X_MEDIA.maxSegments * X_MEDIA.maxSegmentBytes);
}

const LIMIT_FOR: Record<Media['kind'], string> = {
  image: 'an image',
  gif: 'an animated GIF',
  video: "a video sent through its API (1,000 segments of at most 8 MB; X's own cap for a post's video is 8 GB, 16 GB with X Premium)",
};

export function tooLarge(media: Media, size: number): PlatformError | undefined {
  const max = maxBytes(media.kind);
  if (size <= max) return undefined;
  // Rounded sizes can look equal just over a limit; then both are given exactly.
  const exact = formatBytes(size) === formatBytes(max);
  const [is, limit] = exact ? [size, max].map((n) => `${n.toLocaleString('en-US')} bytes`) : [formatBytes(size), formatBytes(max)];
  return new PlatformError('x', `${media.path} is ${is}, and X takes at most ${limit} for ${LIMIT_FOR[media.kind]}`, {
    hint:
      media.kind === 'video'
        ? 'Shorten or re-encode the video (H.264 with AAC audio, 1280×720), or leave it out of the X version with an override.'
        : 'Make the file smaller, or leave it out of the X version with an override.',
  });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= MB) return `${Number((bytes / MB).toFixed(1))} MB`;
  return `${bytes} bytes`;
}

/** Chunked uploads only: images use the one-request upload, whose categories exclude GIF and video. */
export function usesChunks(media: Media): boolean {
  return media.kind !== 'image';
}

export function categoryOf(media: Media): 'tweet_image' | 'tweet_gif' | 'tweet_video' {
  return media.kind === 'video' ? 'tweet_video' : media.kind === 'gif' ? 'tweet_gif' : 'tweet_image';
}

/** Segments grow past 4 MB only when a file would otherwise need more than 1,000 of them. */
export function segmentSize(totalBytes: number): number {
  return Math.max(X_MEDIA.segmentBytes, Math.ceil(totalBytes / X_MEDIA.maxSegments));
}

export type Send = <T>(request: HttpCall) => Promise<T>;

interface ProcessingInfo {
  state?: string;
  check_after_secs?: number;
  error?: { code?: number; name?: string; message?: string };
}

interface UploadResponse {
  data?: { id: string; processing_info?: ProcessingInfo };
}

/** Reads the file (refusing it before any request when it is too large) and uploads it; returns X's media id. */
export async function uploadToX(media: Media, api: string, send: Send, ctx: AdapterContext): Promise<string> {
  const known = ctx.mediaSize ? await ctx.mediaSize(media.path) : undefined;
  const early = known === undefined ? undefined : tooLarge(media, known);
  if (early) throw early;
  const file = await readMediaFile(media, ctx);
  const late = tooLarge(media, file.bytes.length);
  if (late) throw late;
  if (!usesChunks(media)) {
    const form = new FormData();
    form.append('media', file.blob, file.name);
    form.append('media_category', categoryOf(media));
    return (await send<{ data: { id: string } }>({ method: 'POST', url: `${api}/2/media/upload`, body: form })).data.id;
  }
  return uploadInSegments(file, api, send, ctx);
}

async function uploadInSegments(file: MediaFile, api: string, send: Send, ctx: AdapterContext): Promise<string> {
  const total = file.bytes.length;
  const json = { media_type: file.type, total_bytes: total, media_category: categoryOf(file.media) };
  const { data } = await send<UploadResponse>({ method: 'POST', url: `${api}/2/media/upload/initialize`, json });
  if (!data?.id)
    throw new PlatformError('x', `${file.media.path}: X started no upload session (no media id in its answer)`, { retryable: true });
  const id = data.id;
  const size = segmentSize(total);
  for (let index = 0; index * size < total; index += 1) {
    const segment = file.bytes.subarray(index * size, Math.min(total, (index + 1) * size));
    const form = new FormData();
    form.append('segment_index', String(index));
    form.append('media', new Blob([segment as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }), file.name);
    await send({ method: 'POST', url: `${api}/2/media/upload/${id}/append`, body: form });
  }
  const finalized = await send<UploadResponse>({ method: 'POST', url: `${api}/2/media/upload/${id}/finalize` });
  await waitForProcessing(file.media, id, finalized.data?.processing_info, api, send, ctx);
  return id;
}

/** Polls STATUS as X asks (check_after_secs) until succeeded or failed; bounded in polls and seconds. */
async function waitForProcessing(
  media: Media,
  id: string,
  first: ProcessingInfo | undefined,
  api: string,
  send: Send,
  ctx: AdapterContext,
): Promise<void> {
  let info = first;
  let waited = 0;
  for (let polls = 0; info && info.state !== 'succeeded'; polls += 1) {
    if (info.state === 'failed') throw processingFailed(media, info);
    if (polls >= X_MEDIA.maxPolls || waited >= X_MEDIA.maxWaitSeconds) {
      throw new PlatformError('x', `${media.path}: X was still processing the ${media.kind} after ${polls} status checks (${waited} s)`, {
        hint: 'Nothing was posted. Re-run the publish workflow later: Herald uploads the file again and posts it once.',
      });
    }
    const seconds = Math.min(60, Math.max(0, info.check_after_secs ?? 1));
    if (seconds > 0) await sleep(seconds * 1000, undefined, { signal: ctx.signal });
    waited += seconds;
    const status = await send<UploadResponse>({ method: 'GET', url: `${api}/2/media/upload?command=STATUS&media_id=${id}` });
    info = status.data?.processing_info;
  }
}

function processingFailed(media: Media, info: ProcessingInfo): PlatformError {
  const reason = [info.error?.name, info.error?.message].filter(Boolean).join(': ') || 'X gave no reason';
  return new PlatformError('x', `${media.path}: X could not process this ${media.kind} (${reason})`, {
    hint:
      media.kind === 'video'
        ? "Check the file against X's video requirements (docs/platforms.md, X: media): MP4 or MOV, H.264, AAC-LC audio, 0.5 s to 20 minutes, 32×32 to 1280×1024, at most 60 fps."
        : "Check the GIF against X's recommendations (docs/platforms.md, X: media): at most 1280×1080 and 350 frames.",
  });
}

/** What uploadToX sends, for the dry run; `ref` stands for the media id X will return. */
export function describeUpload(media: Media, api: string, ref: string): PlannedRequest[] {
  const category = categoryOf(media);
  if (!usesChunks(media)) {
    return [{ method: 'POST', url: `${api}/2/media/upload`, body: { media: describeMedia(media), media_category: category } }];
  }
  return [
    {
      method: 'POST',
      url: `${api}/2/media/upload/initialize`,
      body: { media_type: mimeType(media.path), total_bytes: `<size of ${media.path}>`, media_category: category },
    },
    {
      method: 'POST',
      url: `${api}/2/media/upload/${ref}/append`,
      body: { media: describeMedia(media), segment_index: `0, 1, … (one request per ${formatBytes(X_MEDIA.segmentBytes)} segment)` },
    },
    { method: 'POST', url: `${api}/2/media/upload/${ref}/finalize` },
  ];
}
