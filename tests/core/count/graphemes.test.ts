// Edge cases of the counting helpers (they are Intl.Segmenter, Buffer.byteLength and TextEncoder underneath).
import { describe, expect, it } from 'vitest';
import {
  codePointCount,
  codePointStart,
  graphemeCount,
  graphemeStart,
  utf8Length,
  utf8OverflowAt,
} from '../../../src/core/count/graphemes.ts';

describe('graphemes', () => {
  it('counts what a reader sees as one character', () => {
    expect(graphemeCount('a\r\nb')).toBe(3);
    expect(graphemeCount('👨‍👩‍👧‍👦🇯🇵e\u0301')).toBe(3);
  });
  it('finds cluster starts, and the end when there are fewer', () => {
    expect(graphemeStart('a👨‍👩‍👧b', 2)).toBe(1 + 8);
    expect(graphemeStart('ab', 5)).toBe(2);
  });
});

describe('UTF-8 and code points', () => {
  it('counts a lone surrogate as the 3 bytes of U+FFFD it is sent as', () => {
    expect(utf8Length('a\ud800')).toBe(4);
    expect(utf8Length('𝐀')).toBe(4);
  });
  it('finds the first character past a byte limit, never inside a surrogate pair', () => {
    expect(utf8OverflowAt('ab日', 4)).toBe(2);
    expect(utf8OverflowAt('ab日', 5)).toBeUndefined();
    expect(utf8OverflowAt('a𝐀', 4)).toBe(1);
  });
  it('counts astral characters once and finds code point starts', () => {
    expect(codePointCount('a𝐀\ud800')).toBe(3);
    expect(codePointStart('a𝐀b', 2)).toBe(3);
    expect(codePointStart('ab', 9)).toBe(2);
  });
});
