// Platforms that count characters plainly (code points, UTF-16 units) or nearly so.
import type { Count, PlatformLimits } from '../types.ts';
import { codePointCount, codePointStart, forEachGrapheme, insidePair, isSolo, utf8Length } from './graphemes.ts';

/** Code points, as Discord, Slack and Discourse (Ruby String#length) count. */
export function countCodePoints(text: string, limits: Required<PlatformLimits>): Count {
  const used = codePointCount(text);
  const count: Count = { used, limit: limits.characters };
  if (used > limits.characters) count.overflowAt = codePointStart(text, limits.characters);
  return count;
}

/** Discourse validates the raw text with surrounding whitespace stripped. */
export function countDiscourse(text: string, limits: Required<PlatformLimits>): Count {
  const lead = text.length - text.trimStart().length;
  const count = countCodePoints(text.trim(), limits);
  if (count.overflowAt !== undefined) count.overflowAt += lead;
  return count;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const emojiKinds = new Uint8Array(0x110000); // 0 not yet known, 1 emoji, 2 not

function isEmoji(cp: number): boolean {
  let kind = emojiKinds[cp] as number;
  if (kind === 0) emojiKinds[cp] = kind = EMOJI.test(String.fromCodePoint(cp)) ? 1 : 2;
  return kind === 1;
}

/** UTF-8 length of one code point that is not a surrogate. */
function utf8Bytes(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Threads: characters, except that an emoji counts as many as its UTF-8 bytes. */
export function countThreads(text: string, limits: Required<PlatformLimits>): Count {
  const limit = limits.characters;
  if (!EMOJI.test(text)) return countCodePoints(text, limits);
  return countSoloThreads(text, limit) ?? countThreadsByGrapheme(text, limit);
}

/** countThreads when every cluster is one code point or CR LF (see isSolo), else undefined. */
function countSoloThreads(text: string, limit: number): Count | undefined {
  let used = 0;
  let overflowAt: number | undefined;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    if (cp >= 0x80 && !isSolo(cp)) return undefined;
    const crlf = cp === 13 && text.charCodeAt(i + 1) === 10;
    used += crlf ? 2 : cp >= 0x80 && isEmoji(cp) ? utf8Bytes(cp) : 1; // no ASCII character is an emoji
    if (used > limit && overflowAt === undefined) overflowAt = i;
    i += crlf || cp > 0xffff ? 2 : 1;
  }
  const count: Count = { used, limit };
  if (overflowAt !== undefined) count.overflowAt = overflowAt;
  return count;
}

function countThreadsByGrapheme(text: string, limit: number): Count {
  let used = 0;
  let overflowAt: number | undefined;
  forEachGrapheme(text, (grapheme, index) => {
    used += EMOJI.test(grapheme) ? utf8Length(grapheme) : codePointCount(grapheme);
    if (used > limit && overflowAt === undefined) overflowAt = index;
  });
  const count: Count = { used, limit };
  if (overflowAt !== undefined) count.overflowAt = overflowAt;
  return count;
}

// LinkedIn's "little" text format: these characters are backslash-escaped in what we send.
export const LITTLE_RESERVED = /[|{}@[\]()<>#\\*_~]/;

/** LinkedIn counts the text readers see: escapes removed, in UTF-16 code units. */
export function countLinkedIn(text: string, limits: Required<PlatformLimits>): Count {
  const limit = limits.characters;
  // Without a backslash every code unit counts: the walk below would end with used = text.length.
  if (!text.includes('\\') && Number.isInteger(limit) && limit >= 0) {
    const count: Count = { used: text.length, limit };
    if (text.length > limit) count.overflowAt = pairStart(text, limit);
    return count;
  }
  let used = 0;
  let overflowAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const start = i;
    if (text[i] === '\\' && LITTLE_RESERVED.test(text[i + 1] ?? '')) i++;
    used++;
    if (used > limit && overflowAt === undefined) overflowAt = pairStart(text, start);
  }
  const count: Count = { used, limit };
  if (overflowAt !== undefined) count.overflowAt = overflowAt;
  return count;
}

/** The character the code unit at `index` belongs to: the second half of a surrogate pair points at the first. */
function pairStart(text: string, index: number): number {
  return insidePair(text, index) ? index - 1 : index;
}
