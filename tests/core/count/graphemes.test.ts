import { describe, expect, it } from 'vitest';
import { codePointCount, forEachGrapheme, graphemeCount, graphemeStart, utf8Length, utf8OverflowAt } from '../../../src/core/count/graphemes.ts';
import { seededRandom } from '../rules/seeded-random.ts';

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

// Code points from every kind of neighbourhood: ASCII, Latin, CJK, emoji and their modifiers and joiners,
// combining and spacing marks, prepended marks, viramas, Hangul jamo, regional indicators, lone surrogates.
const POOLS: [number, number][] = [
  [0x20, 0x7e], [0x0d, 0x0d], [0x0a, 0x0a], [0xa0, 0x24f], [0x300, 0x36f], [0x370, 0x3ff], [0x590, 0x6ff],
  [0x600, 0x605], [0x900, 0x97f], [0xd00, 0xd7f], [0x1100, 0x11ff], [0x200b, 0x200f], [0x2000, 0x2bff],
  [0x3000, 0x30ff], [0x4e00, 0x4e80], [0xac00, 0xac40], [0xd800, 0xdfff], [0xfe00, 0xfe0f], [0xff00, 0xffef],
  [0x1d400, 0x1d4ff], [0x1f1e6, 0x1f1ff], [0x1f300, 0x1f6ff], [0x1f3fb, 0x1f3ff], [0x1f900, 0x1f9ff],
  [0x110bd, 0x110bd], [0xe0020, 0xe007f],
];

function randomText(random: () => number): string {
  let text = '';
  const length = Math.floor(random() * 12);
  for (let i = 0; i < length; i++) {
    const [low, high] = POOLS[Math.floor(random() * POOLS.length)] as [number, number];
    const cp = low + Math.floor(random() * (high - low + 1));
    text += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    if (random() < 0.3) text += 'ab c'.slice(0, Math.floor(random() * 4));
  }
  return text;
}

describe('grapheme functions against Intl.Segmenter on 20,000 seeded texts', () => {
  it('count, cluster starts and clusters agree', () => {
    const random = seededRandom(20261121);
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(random);
      const segments = [...segmenter.segment(text)];
      expect(graphemeCount(text), JSON.stringify(text)).toBe(segments.length);
      const n = Math.floor(random() * (segments.length + 2));
      expect(graphemeStart(text, n), JSON.stringify([text, n])).toBe(segments[n]?.index ?? text.length);
      const seen: [string, number][] = [];
      forEachGrapheme(text, (grapheme, index) => seen.push([grapheme, index]));
      expect(seen, JSON.stringify(text)).toEqual(segments.map((s) => [s.segment, s.index]));
    }
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
