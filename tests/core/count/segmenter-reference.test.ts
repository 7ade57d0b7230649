// Threads and Bluesky counts against references built directly on Intl.Segmenter and TextEncoder, on hostile
// texts over and under the limits (Threads' one-code-point-per-cluster walk must be taken often).
import { describe, expect, it } from 'vitest';
import { countBluesky } from '../../../src/core/count/bluesky.ts';
import { countThreads } from '../../../src/core/count/simple.ts';
import type { Count } from '../../../src/core/types.ts';
import { seededRandom } from '../rules/seeded-random.ts';
import { hostileTexts, randomCodePointTexts } from './_hostile.ts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const encoder = new TextEncoder();
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const limits = (characters: number, bytes = Infinity) => ({ characters, bytes, altText: 1, media: 1 });
const texts = [...hostileTexts(5000, 41), ...hostileTexts(1000, 42, 60), ...randomCodePointTexts(3000, 43)];

// A text without emoji counts code points, and its overflow is the code point past the limit.
function threadsReference(text: string, limit: number): Count {
  let used = 0;
  let overflowAt: number | undefined;
  if (!EMOJI.test(text)) {
    const codePoints = [...text];
    if (codePoints.length <= limit) return { used: codePoints.length, limit };
    return { used: codePoints.length, limit, overflowAt: codePoints.slice(0, limit).join('').length };
  }
  for (const { segment, index } of segmenter.segment(text)) {
    used += EMOJI.test(segment) ? encoder.encode(segment).length : [...segment].length;
    if (used > limit && overflowAt === undefined) overflowAt = index;
  }
  return overflowAt === undefined ? { used, limit } : { used, limit, overflowAt };
}

function blueskyReference(text: string, limit: number, byteLimit: number): Count {
  const segments = [...segmenter.segment(text)];
  const count: Count = { used: segments.length, limit, bytes: { used: encoder.encode(text).length, limit: byteLimit } };
  const over: number[] = [];
  if (segments.length > limit) over.push(segments[limit]!.index);
  for (let i = 0; i < text.length; i++) {
    const end = (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? i + 2 : i + 1;
    if (encoder.encode(text.slice(0, end)).length > byteLimit) {
      over.push(i);
      break;
    }
    i = end - 1;
  }
  if (over.length > 0) count.overflowAt = Math.min(...over);
  return count;
}

describe('counts against Intl.Segmenter and TextEncoder', () => {
  it('no ASCII character is an emoji to Threads', () => {
    for (let c = 0; c < 0x80; c++) expect(EMOJI.test(String.fromCharCode(c))).toBe(false);
  });

  it(`Threads on ${texts.length.toLocaleString('en')} hostile texts`, () => {
    const random = seededRandom(44);
    let soloWithEmoji = 0;
    let over = 0;
    for (const text of texts) {
      const limit = Math.floor(random() * 120);
      const expected = threadsReference(text, limit);
      expect(countThreads(text, limits(limit)), JSON.stringify([text, limit])).toEqual(expected);
      const solo = [...segmenter.segment(text)].every(({ segment }) => segment === '\r\n' || [...segment].length === 1);
      if (solo && EMOJI.test(text)) soloWithEmoji++;
      if (expected.overflowAt !== undefined) over++;
    }
    expect(soloWithEmoji).toBeGreaterThan(500);
    expect(over).toBeGreaterThan(2000);
  });

  it(`Bluesky on ${texts.length.toLocaleString('en')} hostile texts`, () => {
    const random = seededRandom(45);
    let byteOver = 0;
    for (const text of texts) {
      const limit = Math.floor(random() * 120);
      const byteLimit = Math.floor(random() * 400);
      const expected = blueskyReference(text, limit, byteLimit);
      expect(countBluesky(text, limits(limit, byteLimit)), JSON.stringify([text, limit, byteLimit])).toEqual(expected);
      if (expected.bytes!.used > byteLimit) byteOver++;
    }
    expect(byteOver).toBeGreaterThan(2000);
  });
});
