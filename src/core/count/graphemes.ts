// Characters as the platforms count them: grapheme clusters (Intl.Segmenter), code points (the string
// iterator), UTF-8 bytes (Buffer.byteLength, TextEncoder). A segmenter keeps no state between texts.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The grapheme clusters of `text`, each with its UTF-16 index. */
export function graphemes(text: string): Intl.Segments {
  return segmenter.segment(text);
}

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** UTF-16 index where grapheme number `n` (0-based) starts, or text.length if there are fewer. */
export function graphemeStart(text: string, n: number): number {
  let i = 0;
  for (const { index } of segmenter.segment(text)) if (i++ === n) return index;
  return text.length;
}

/** UTF-8 length (a lone surrogate is sent as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** UTF-16 index of the first character whose UTF-8 encoding ends past `limit` bytes, or undefined. */
export function utf8OverflowAt(text: string, limit: number): number | undefined {
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(limit));
  return read < text.length ? read : undefined;
}

/** Whether text[index] is the second half of a surrogate pair (so no character starts there). */
export function insidePair(text: string, index: number): boolean {
  return index > 0 && (text.charCodeAt(index) & 0xfc00) === 0xdc00 && (text.charCodeAt(index - 1) & 0xfc00) === 0xd800;
}

/** Code points (what Ruby's String#length and Python's len count). */
export function codePointCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** UTF-16 index where code point number `n` (0-based) starts, or text.length. */
export function codePointStart(text: string, n: number): number {
  let seen = 0;
  let index = 0;
  for (const char of text) {
    if (seen++ === n) return index;
    index += char.length;
  }
  return text.length;
}
