// Grapheme clusters (what a reader sees as one character) with one shared Intl.Segmenter:
// building a segmenter is far more expensive than using one.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Pure ASCII without CR has one grapheme per code unit: skip the segmenter entirely.
const SIMPLE = /^[\x00-\x0c\x0e-\x7f]*$/;

const NON_ASCII = /[^\x00-\x7f]+/g;

/**
 * Grapheme clusters. ASCII characters are one cluster each (CR LF together), so only the non-ASCII
 * islands go through the segmenter, each with its ASCII neighbours, which it may absorb
 * (a combining mark after `e`, a prepended mark before a letter).
 */
export function graphemeCount(text: string): number {
  let n = asciiClusters(text);
  if (SIMPLE.test(text)) return n;
  for (const island of text.matchAll(NON_ASCII)) {
    const start = island.index > 0 ? island.index - 1 : island.index;
    const end = Math.min(text.length, island.index + island[0].length + 1);
    let clusters = 0;
    for (const _ of segmenter.segment(text.slice(start, end))) clusters++;
    n += clusters - (island.index - start) - (end - island.index - island[0].length);
  }
  return n;
}

/** ASCII code units, with each CR LF pair counted once. */
function asciiClusters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && !(c === 13 && text.charCodeAt(i + 1) === 10)) n++;
  }
  return n;
}

/** UTF-16 index where grapheme number `n` (0-based) starts, or text.length if there are fewer. */
export function graphemeStart(text: string, n: number): number {
  if (SIMPLE.test(text)) return Math.min(n, text.length);
  let i = 0;
  for (const segment of segmenter.segment(text)) {
    if (i === n) return segment.index;
    i++;
  }
  return text.length;
}

/** Calls `visit` for each grapheme cluster with its UTF-16 index. */
export function forEachGrapheme(text: string, visit: (grapheme: string, index: number) => void): void {
  for (const { segment, index } of segmenter.segment(text)) visit(segment, index);
}

/** UTF-8 length of a string without allocating its bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-16 index of the first character whose UTF-8 encoding ends past `limit` bytes, or undefined. */
export function utf8OverflowAt(text: string, limit: number): number | undefined {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const start = i;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > limit) return start;
  }
  return undefined;
}

/** Code points (what Ruby's String#length and Python's len count). */
export function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/** UTF-16 index where code point number `n` (0-based) starts, or text.length. */
export function codePointStart(text: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (seen === n) return i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    seen++;
  }
  return text.length;
}
