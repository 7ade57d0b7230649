// Platforms that count characters plainly (code points, UTF-16 units) or nearly so.
import type { Count, PlatformLimits } from '../types.ts';
import { codePointCount, codePointStart, graphemes, insidePair, utf8Length } from './graphemes.ts';

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

/** Threads: characters, except that an emoji counts as many as its UTF-8 bytes. */
export function countThreads(text: string, limits: Required<PlatformLimits>): Count {
  if (!EMOJI.test(text)) return countCodePoints(text, limits); // the overflow is then the code point past the limit
  const limit = limits.characters;
  let used = 0;
  let overflowAt: number | undefined;
  for (const { segment, index } of graphemes(text)) {
    used += EMOJI.test(segment) ? utf8Length(segment) : codePointCount(segment);
    if (used > limit && overflowAt === undefined) overflowAt = index;
  }
  const count: Count = { used, limit };
  if (overflowAt !== undefined) count.overflowAt = overflowAt;
  return count;
}

// LinkedIn's "little" text format: these characters are backslash-escaped in what we send.
const LITTLE_RESERVED = /[|{}@[\]()<>#\\*_~]/;

/** LinkedIn counts the text readers see: escapes removed, in UTF-16 code units. */
export function countLinkedIn(text: string, limits: Required<PlatformLimits>): Count {
  const limit = limits.characters;
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
