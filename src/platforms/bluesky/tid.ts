// A deterministic record key per post part. app.bsky.feed.post and app.bsky.feed.repost use record
// keys of type "tid": 13 characters of base32-sortable encoding a 64-bit integer whose top bit is 0
// (53 bits of microseconds since 1970, then a 10-bit clock id). Herald derives both fields from a
// hash of the part's key, so every run of the same part writes to the same key and the PDS holds at
// most one record there. The timestamp is kept inside 2023 so the key looks like an ordinary past TID.
import { createHash } from 'node:crypto';

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
const WINDOW_START_US = 1_672_531_200_000_000n; // 2023-01-01T00:00:00Z
const WINDOW_US = 31_536_000_000_000n; // 365 days

export function tidForKey(key: string): string {
  const digest = createHash('sha256').update(`herald:bluesky:${key}`).digest();
  const timestamp = WINDOW_START_US + (digest.readBigUInt64BE(0) % WINDOW_US);
  const clockId = BigInt(digest.readUInt16BE(8) & 0x3ff);
  return encodeTid((timestamp << 10n) | clockId);
}

function encodeTid(value: bigint): string {
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

/** The syntax the PDS checks (atproto TID spec). */
export function isTid(text: string): boolean {
  return /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(text);
}
