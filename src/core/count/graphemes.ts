// Grapheme clusters (what a reader sees as one character) with one shared Intl.Segmenter:
// building a segmenter is far more expensive than using one.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Pure ASCII without CR has one grapheme per code unit: skip the segmenter entirely.
const SIMPLE = /^[\x00-\x0c\x0e-\x7f]*$/;
const NOT_SIMPLE = /[^\x00-\x0c\x0e-\x7f]/g;

// A "solo" code point is a cluster of its own next to ASCII or any other solo code point. The segmenter
// decides: `a` + it + `a` must be three clusters (so it is not Extend, ZWJ, SpacingMark or Prepend). Of the
// rules that join two such code points, only Hangul syllable sequences and regional-indicator pairs remain,
// and those are never solo. Decided once per code point, on first sight.
const SOLO_UNKNOWN = 0;
const SOLO = 1;
const NOT_SOLO = 2;
const soloCache = new Uint8Array(0x110000);

function isHangulOrIndicator(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) || (cp >= 0xffa0 && cp <= 0xffdc) || (cp >= 0x1f1e6 && cp <= 0x1f1ff)
  );
}

export function isSolo(cp: number): boolean {
  let kind = soloCache[cp] as number;
  if (kind === SOLO_UNKNOWN) {
    let clusters = 0;
    if (!(cp >= 0xd800 && cp <= 0xdfff) && !isHangulOrIndicator(cp)) {
      for (const _ of segmenter.segment(`a${String.fromCodePoint(cp)}a`)) clusters++;
    }
    soloCache[cp] = kind = clusters === 3 ? SOLO : NOT_SOLO;
  }
  return kind === SOLO;
}

/** Code points in text[start, end) if every one of them is solo, else -1. */
function soloCodePoints(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const cp = text.codePointAt(i) as number;
    if (cp >= 0x80 && !isSolo(cp)) return -1;
    if (cp > 0xffff) i++;
    n++;
  }
  return n;
}

/**
 * Grapheme clusters. ASCII characters are one cluster each (CR LF together), and so is a solo code point;
 * only non-ASCII islands with some other code point go through the segmenter, each with its ASCII
 * neighbours, which it may absorb (a combining mark after `e`, a prepended mark before a letter).
 */
export function graphemeCount(text: string): number {
  let n = 0;
  let i = 0;
  NOT_SIMPLE.lastIndex = 0;
  for (let found = NOT_SIMPLE.exec(text); found; found = NOT_SIMPLE.exec(text)) {
    n += found.index - i; // ASCII other than CR: one cluster each
    i = found.index;
    if (text.charCodeAt(i) === 13) {
      if (text.charCodeAt(i + 1) !== 10) n++; // CR LF is one cluster, counted at the LF
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) >= 0x80) end++;
    const solo = soloCodePoints(text, i, end);
    if (solo !== -1) n += solo;
    else {
      const start = i > 0 ? i - 1 : i;
      const after = Math.min(text.length, end + 1);
      let clusters = 0;
      for (const _ of segmenter.segment(text.slice(start, after))) clusters++;
      n += clusters - (i - start) - (after - end);
    }
    i = end;
    NOT_SIMPLE.lastIndex = end;
  }
  return n + text.length - i;
}

/** UTF-16 index where grapheme number `n` (0-based) starts, or text.length if there are fewer. */
export function graphemeStart(text: string, n: number): number {
  if (SIMPLE.test(text)) return Math.min(n, text.length);
  if (soloCodePoints(text, 0, text.length) !== -1) return soloClusterStart(text, n);
  let i = 0;
  for (const segment of segmenter.segment(text)) {
    if (i === n) return segment.index;
    i++;
  }
  return text.length;
}

/** graphemeStart for a text whose non-ASCII code points are all solo: clusters are code points or CR LF. */
function soloClusterStart(text: string, n: number): number {
  let i = 0;
  for (let seen = 0; seen < n && i < text.length; seen++) i += clusterLength(text, i);
  return i;
}

function clusterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 13 && text.charCodeAt(i + 1) === 10) return 2;
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Calls `visit` for each grapheme cluster with its UTF-16 index. */
export function forEachGrapheme(text: string, visit: (grapheme: string, index: number) => void): void {
  if (soloCodePoints(text, 0, text.length) !== -1) {
    for (let i = 0; i < text.length; ) {
      const length = clusterLength(text, i);
      visit(text.slice(i, i + length), i);
      i += length;
    }
    return;
  }
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

/** Whether text[index] is the second half of a surrogate pair (so no character starts there). */
export function insidePair(text: string, index: number): boolean {
  return index > 0 && (text.charCodeAt(index) & 0xfc00) === 0xdc00 && (text.charCodeAt(index - 1) & 0xfc00) === 0xd800;
}

const SURROGATE_PAIRS = /[\ud800-\udbff][\udc00-\udfff]/g;

/** Code points (what Ruby's String#length and Python's len count): one less per surrogate pair. */
export function codePointCount(text: string): number {
  let n = text.length;
  SURROGATE_PAIRS.lastIndex = 0;
  while (SURROGATE_PAIRS.exec(text)) n--;
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
