import { describe, expect, it } from 'vitest';
import { codePointCount, graphemeCount, graphemeStart, utf8Length, utf8OverflowAt } from '../../../src/core/count/graphemes.ts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const reference = (text: string) => [...segmenter.segment(text)].length;

const TRICKY = [
  '', 'plain ascii', 'a\r\nb\r\n', '\r\n日本', '日本\r\n', 'e\u0301t\u00e9', 'x\u0301\u0302\u0303',
  '👨‍👩‍👧‍👦 family', '🇯🇵🇫🇷', 'a🇯🇵b', '\u06001 prepend', '한국어 ᄀᄀ', 'नमस्ते', '👍🏽 ok', '#️⃣ keycap',
  '𝐀𝐁 astral', 'café naïve über ✨🎉', '\u200d lone zwj', 'a\u200db', 'lone \ud800 surrogate',
];

describe('graphemeCount', () => {
  for (const text of TRICKY) {
    it(`agrees with Intl.Segmenter on ${JSON.stringify(text)}`, () => expect(graphemeCount(text)).toBe(reference(text)));
  }
  it('graphemeStart finds cluster starts', () => {
    expect(graphemeStart('a👨‍👩‍👧b', 2)).toBe(1 + 8);
    expect(graphemeStart('ab', 5)).toBe(2);
  });
});

describe('UTF-8 and code points', () => {
  it('matches TextEncoder', () => {
    for (const text of TRICKY) expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
  it('finds the first character past a byte limit', () => {
    expect(utf8OverflowAt('ab日', 4)).toBe(2);
    expect(utf8OverflowAt('ab日', 5)).toBeUndefined();
  });
  it('counts astral characters once', () => expect(codePointCount('a𝐀')).toBe(2));
});
