// codePointCount counts surrogate pairs by regex search: it must agree with the string iterator.
import { describe, expect, it } from 'vitest';
import { codePointCount } from '../../../src/core/count/graphemes.ts';
import { hostileTexts, randomCodePointTexts } from './_hostile.ts';

describe('codePointCount', () => {
  it('is the number of code points the string iterator yields, lone surrogates included, on 10,000 texts', () => {
    let paired = 0;
    for (const text of [...hostileTexts(5000, 61), ...randomCodePointTexts(5000, 62), '\ud800\ud800\udc00', '\udc00\ud800', '\ud800']) {
      expect(codePointCount(text), JSON.stringify(text)).toBe([...text].length);
      if ([...text].length < text.length) paired++;
    }
    expect(paired).toBeGreaterThan(4000);
  });
});
