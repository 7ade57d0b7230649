// What a write was computed from, carried by the write itself: Herald's comment ends with a hidden
// stamp and its check runs carry it as external_id. GitHub has no conditional write for comments or
// check runs, so the stamp is how an evaluation tells that its read is older than one another
// instance already wrote from (that instance saw a review this read does not show yet).
import { createHash } from 'node:crypto';

export interface ReadStamp {
  /** The PR head the read showed. */
  head: string;
  /** The highest review id the read showed (review ids only grow); 0 without reviews. */
  review: number;
  /** A digest of the rest of what the evaluation read that the head does not fix (labels, the default branch's config). */
  context: string;
}

const PREFIX = 'herald:read';
const PATTERN = /herald:read head=([0-9a-f]{7,64}) review=(\d+) context=([0-9a-f]{12})/;

/** external_id of a check run (GitHub allows any string). */
export function formatStamp(stamp: ReadStamp): string {
  return `${PREFIX} head=${stamp.head} review=${stamp.review} context=${stamp.context}`;
}

export function parseStamp(text: string | null | undefined): ReadStamp | undefined {
  const match = typeof text === 'string' ? PATTERN.exec(text) : null;
  return match ? { head: match[1]!, review: Number(match[2]), context: match[3]! } : undefined;
}

/** The comment body as written: the rendered body and its stamp on a last, hidden line. */
export function stampBody(body: string, stamp: ReadStamp): string {
  return `${body}\n\n<!-- ${formatStamp(stamp)} -->`;
}

/** The rendered body without its stamp, to compare with a fresh rendering. */
export function unstampedBody(body: string): string {
  return body.replace(/\n\n<!-- herald:read [^>]*-->$/, '');
}

/** True when `written` saw a review that `read` does not show: `read` lags behind that write. */
export function readIsBehind(read: ReadStamp, written: ReadStamp | undefined): boolean {
  return written !== undefined && written.review > read.review;
}

/** True when `written` saw everything `read` shows and more: writing from `read` could only go back. */
export function writtenCovers(read: ReadStamp, written: ReadStamp): boolean {
  return readIsBehind(read, written) && written.head === read.head && written.context === read.context;
}

export function contextDigest(parts: unknown): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}
