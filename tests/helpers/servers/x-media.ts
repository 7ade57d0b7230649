// X's media upload endpoints in miniature (docs.x.com/x-api/media; facts in docs/platforms.md, "X: media"):
// the one-request upload (images only), and the chunked flow for videos and GIFs with sessions that
// check media_type, total_bytes, segment order and size, refuse to finalize when the segments do
// not add up, and report processing over successive STATUS polls (pending → in_progress → succeeded
// or failed). Error wording X does not document is marked (not checkable offline).
import { field, NOT_HANDLED, type FakeReply, type IncomingCall } from './base.ts';

const MB = 1024 * 1024;
const GB = 1024 * MB;
/** MediaUploadConfigRequest.media_type in X's OpenAPI description. */
const MEDIA_TYPES = new Set([
  'video/mp4',
  'video/webm',
  'video/mp2t',
  'video/quicktime',
  'text/srt',
  'text/vtt',
  'image/jpeg',
  'image/gif',
  'image/bmp',
  'image/png',
  'image/webp',
  'image/pjpeg',
  'image/tiff',
  'model/gltf-binary',
  'model/vnd.usdz+zip',
]);
const CATEGORIES = new Set(['amplify_video', 'tweet_gif', 'tweet_image', 'tweet_video', 'dm_gif', 'dm_image', 'dm_video', 'subtitles']);
const ONE_SHOT_CATEGORIES = new Set(['tweet_image', 'dm_image', 'subtitles']);
/** Caps for accounts without X Premium, per category (initialize-media-upload). */
const CATEGORY_BYTES: Record<string, number> = {
  tweet_image: 5 * MB,
  dm_image: 5 * MB,
  tweet_gif: 15 * MB,
  dm_gif: 15 * MB,
  tweet_video: 8 * GB,
  amplify_video: 8 * GB,
  dm_video: 512 * MB,
};
const KEY_PREFIX: Record<string, string> = { tweet_image: '3', tweet_gif: '16', tweet_video: '7', amplify_video: '13' };

export interface FakeMedia {
  id: string;
  category: string;
  size: number;
  alt?: string;
  /** Usable in a post: one-request images at once, chunked media once processing succeeded. */
  state: 'uploading' | 'pending' | 'in_progress' | 'succeeded' | 'failed';
  polls: number;
}

export interface UploadSession {
  id: string;
  mediaType: string;
  category: string;
  totalBytes: number;
  /** Segment sizes by segment_index, in the order X received them. */
  segments: Map<number, number>;
}

/** How processing goes for the next finalized upload: in_progress for `polls` STATUS calls, then the outcome. */
export interface ProcessingScript {
  polls: number;
  checkAfterSecs: number;
  failure?: { code: number; name: string; message: string };
}

export interface XMediaState {
  media: Map<string, FakeMedia>;
  uploads: Map<string, UploadSession>;
  processing: ProcessingScript;
}

type Invalid = (message: string) => FakeReply;

export async function routeMedia(call: IncomingCall, state: XMediaState, newId: () => string, invalid: Invalid): Promise<FakeReply> {
  const { method, path } = call;
  if (method === 'POST' && path === '/2/media/upload') return oneShot(call, state, newId, invalid);
  if (method === 'POST' && path === '/2/media/upload/initialize') return initialize(call, state, newId, invalid);
  if (method === 'GET' && path === '/2/media/upload') return status(call, state, invalid);
  const match = /^\/2\/media\/upload\/(\d+)\/(append|finalize)$/.exec(path);
  if (method !== 'POST' || !match) return NOT_HANDLED;
  const session = state.uploads.get(match[1]!);
  if (!session) return invalid(`The media id ${match[1]} is not an open upload session.`);
  return match[2] === 'append' ? append(call, session, invalid) : finalize(session, state, invalid);
}

async function oneShot(call: IncomingCall, state: XMediaState, newId: () => string, invalid: Invalid): Promise<FakeReply> {
  const form = await call.form().catch(() => undefined);
  const media = form?.get('media');
  if (!(media instanceof Blob) || media.size === 0) return invalid('The `media` field is required.');
  const category = field(form, 'media_category') ?? 'tweet_image';
  if (!ONE_SHOT_CATEGORIES.has(category))
    return invalid(`The \`media_category\` value ${category} is not one of [tweet_image, dm_image, subtitles].`);
  if (media.size > CATEGORY_BYTES[category]!) return invalid(`File size exceeds ${CATEGORY_BYTES[category]! / MB} MB.`);
  const item: FakeMedia = { id: newId(), category, size: media.size, state: 'succeeded', polls: 0 };
  state.media.set(item.id, item);
  return { status: 200, json: { data: { id: item.id, media_key: `3_${item.id}`, size: item.size, expires_after_secs: 86400 } } };
}

function initialize(call: IncomingCall, state: XMediaState, newId: () => string, invalid: Invalid): FakeReply {
  const body = call.json() as { media_type?: unknown; total_bytes?: unknown; media_category?: unknown } | undefined;
  if (!body) return invalid('The request body must be JSON.');
  const mediaType = String(body.media_type ?? '');
  if (!MEDIA_TYPES.has(mediaType)) return invalid(`The \`media_type\` value ${mediaType || '(missing)'} is not a supported media type.`);
  const total = body.total_bytes;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 1 || total > 16 * GB) {
    return invalid('The `total_bytes` field must be an integer from 1 to 17179869184.');
  }
  const category = String(
    body.media_category ?? (mediaType === 'image/gif' ? 'tweet_gif' : mediaType.startsWith('video/') ? 'tweet_video' : 'tweet_image'),
  );
  if (!CATEGORIES.has(category)) return invalid(`The \`media_category\` value ${category} is not a media category.`);
  const cap = CATEGORY_BYTES[category];
  if (cap !== undefined && total > cap) return invalid(`File size exceeds ${formatCap(cap)} for ${category}.`);
  const session: UploadSession = { id: newId(), mediaType, category, totalBytes: total, segments: new Map() };
  state.uploads.set(session.id, session);
  return {
    status: 200,
    json: { data: { id: session.id, media_key: `${KEY_PREFIX[category] ?? '7'}_${session.id}`, expires_after_secs: 86400 } },
  };
}

async function append(call: IncomingCall, session: UploadSession, invalid: Invalid): Promise<FakeReply> {
  const form = await call.form().catch(() => undefined);
  const media = form?.get('media');
  const index = Number(field(form, 'segment_index'));
  if (!(media instanceof Blob)) return invalid('The `media` field is required.');
  if (!Number.isInteger(index) || index < 0 || index > 999) return invalid('The `segment_index` field must be an integer from 0 to 999.');
  if (media.size > 8 * MB) return invalid('A segment may be at most 8 MB.');
  // Segments come in order; sending one again (a retry) replaces it, skipping ahead is refused.
  if (index > session.segments.size) return invalid(`Segment ${index} arrived before segment ${session.segments.size}.`);
  const others = [...session.segments].filter(([i]) => i !== index).reduce((sum, [, size]) => sum + size, 0);
  if (others + media.size > session.totalBytes) return invalid('Segments add up to more than the provided total file size.');
  session.segments.set(index, media.size);
  return { status: 200, json: { data: { expires_at: Math.floor(Date.now() / 1000) + 86400 } } };
}

function finalize(session: UploadSession, state: XMediaState, invalid: Invalid): FakeReply {
  const received = [...session.segments.values()].reduce((sum, size) => sum + size, 0);
  // X's wording as reported by its users (not checkable offline).
  if (received !== session.totalBytes) return invalid('Segments do not add up to provided total file size.');
  state.uploads.delete(session.id);
  const item: FakeMedia = { id: session.id, category: session.category, size: received, state: 'pending', polls: 0 };
  state.media.set(item.id, item);
  return {
    status: 200,
    json: {
      data: {
        ...mediaJson(item, session.category),
        size: received,
        expires_after_secs: 86400,
        processing_info: processingInfo(item, state),
      },
    },
  };
}

function status(call: IncomingCall, state: XMediaState, invalid: Invalid): FakeReply {
  if (call.query.get('command') !== 'STATUS') return invalid('The `command` query parameter must be STATUS.');
  const item = state.media.get(call.query.get('media_id') ?? '');
  if (!item || item.state === 'uploading') return invalid('The `media_id` query parameter must be a finalized upload.');
  if (item.state === 'pending' || item.state === 'in_progress') {
    item.polls += 1;
    const { polls, failure } = state.processing;
    item.state = item.polls <= polls ? 'in_progress' : failure ? 'failed' : 'succeeded';
  }
  return { status: 200, json: { data: { ...mediaJson(item, item.category), processing_info: processingInfo(item, state) } } };
}

function processingInfo(item: FakeMedia, state: XMediaState): Record<string, unknown> {
  if (item.state === 'succeeded') return { state: 'succeeded', progress_percent: 100 };
  if (item.state === 'failed') return { state: 'failed', progress_percent: 100, error: state.processing.failure };
  const progress = Math.min(99, Math.round((item.polls / (state.processing.polls + 1)) * 100));
  return { state: item.state, check_after_secs: state.processing.checkAfterSecs, progress_percent: progress };
}

function mediaJson(item: FakeMedia, category: string): Record<string, unknown> {
  return { id: item.id, media_key: `${KEY_PREFIX[category] ?? '7'}_${item.id}` };
}

function formatCap(bytes: number): string {
  return bytes >= GB ? `${bytes / GB} GB` : `${bytes / MB} MB`;
}

/** Which media ids a post may not carry, and why (undefined when all are fine). */
export function mediaProblem(ids: string[], state: XMediaState): string | undefined {
  const items = ids.map((id) => state.media.get(id));
  if (items.some((item) => !item || item.state !== 'succeeded')) return 'Your media IDs are invalid.';
  const animated = items.filter((item) => item!.category !== 'tweet_image');
  // A post takes up to 4 photos, 1 animated GIF or 1 video (best-practices); wording not checkable offline.
  if (ids.length > 4 || (animated.length > 0 && ids.length > 1)) return 'A post may have up to 4 photos, 1 animated GIF or 1 video.';
  return undefined;
}
