// Pieces of the fake Threads server that are about Graph conventions rather than routes: the error
// body, `fields=` selection, cursor pages, Threads' own character count and link count, and
// fetching a media URL the way Threads does (it downloads image_url / video_url itself).
import type { FakeReply } from './base.ts';

export interface GraphErrorFields {
  message: string;
  type?: string;
  code: number;
  error_subcode?: number;
  error_user_title?: string;
  error_user_msg?: string;
  is_transient?: boolean;
}

let trace = 0;

/** Graph answers errors as `{ error: {...} }`, most of them with HTTP 400 whatever the cause. */
export function graphError(fields: GraphErrorFields, status = 400): FakeReply {
  return { status, json: { error: { type: 'THApiException', ...fields, fbtrace_id: `AtrAce${(trace += 1)}` } } };
}

/** The shape injected faults take: 429 as Graph's rate limit (code 4), 5xx as "service unavailable" (code 2). */
export function faultShape(status: number, message: string): FakeReply {
  if (status === 404) return graphError({ message, code: 100 }, 404);
  const code = status === 429 ? 4 : status >= 500 ? 2 : 100;
  return graphError({ message, type: 'OAuthException', code, is_transient: status === 429 || status >= 500 }, status);
}

export const badParam = (message: string): FakeReply => graphError({ message, code: 100 });

export const noSuchObject = (id: string, verb: 'get' | 'post'): FakeReply =>
  graphError({
    message: `Unsupported ${verb} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`,
    code: 100,
    error_subcode: 33,
  });

/** Only the fields asked for, and always the id (Graph's `fields=` selection). */
export function select(all: Record<string, unknown>, fields: string | null, fallback: string[]): Record<string, unknown> {
  const wanted = fields
    ? fields
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean)
    : fallback;
  const out: Record<string, unknown> = { id: all.id };
  for (const name of wanted) if (all[name] !== undefined) out[name] = all[name];
  return out;
}

/** One page of a listing with Graph's cursor paging (the cursor is the offset, encoded). */
export function page<T>(items: T[], query: URLSearchParams, selfUrl: string, shape: (item: T) => unknown): unknown {
  const limit = Math.min(Number(query.get('limit') ?? 25) || 25, 100);
  const after = query.get('after');
  const start = after ? Number(Buffer.from(after, 'base64url').toString()) : 0;
  const slice = items.slice(start, start + limit);
  const cursor = (n: number) => Buffer.from(String(n)).toString('base64url');
  const more = start + limit < items.length;
  const next = new URL(selfUrl);
  next.searchParams.set('after', cursor(start + limit));
  return {
    data: slice.map(shape),
    paging: { cursors: { before: cursor(start), after: cursor(start + slice.length) }, ...(more ? { next: next.toString() } : {}) },
  };
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Threads' count: characters, except that an emoji counts as many as its UTF-8 bytes. */
export function threadsLength(text: string): number {
  let length = 0;
  for (const { segment } of segmenter.segment(text)) {
    length += EMOJI.test(segment) ? Buffer.byteLength(segment, 'utf8') : [...segment].length;
  }
  return length;
}

/** Unique links in a text, as Threads counts them for its five-link limit. */
export function linkCount(text: string): number {
  const links = text.match(/\b(?:https?:\/\/|www\.)[^\s]+/gi) ?? [];
  return new Set(links.map((l) => l.replace(/[.,!?)]+$/, '').toLowerCase())).size;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Downloads a media URL as Threads would, with the content type Threads accepts. Only loopback
 * addresses are fetched (tests must never reach out); anything else counts as not answering.
 */
export async function download(url: string, accept: RegExp): Promise<{ ok: true; size: number } | { ok: false; reason: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (!LOOPBACK.has(parsed.hostname)) return { ok: false, reason: 'not reachable from the test server' };
  try {
    const response = await fetch(parsed, { signal: AbortSignal.timeout(5_000) });
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!response.ok) return { ok: false, reason: `answered ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (!accept.test(type)) return { ok: false, reason: `content type ${type || 'missing'}` };
    return { ok: true, size: bytes.length };
  } catch (error) {
    return { ok: false, reason: String(error) };
  }
}
