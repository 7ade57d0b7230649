// wordsKey is documented as the regex it replaces: check it against that regex on seeded texts.
import { describe, expect, it } from 'vitest';
import { wordsKey } from '../../../src/core/rules/words-key.ts';
import { seededRandom } from './seeded-random.ts';

const byRegex = (text: string, separator: string) =>
  text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, separator).split(separator).filter(Boolean).join(separator);

// Letters that change length when lower-cased (İ, ǅ), digits of other scripts, marks, astral letters,
// emoji, white space of every kind, lone surrogates.
const PIECES = ['a', 'Z', 'İ', 'ß', 'Σ', '9', '٣', 'Ⅻ', 'ǅ', 'ﬁ', 'é', 'e\u0301', '\u0345', '日', '𝐀', '🎉', ' ', '-', '_', "'", '.', '\u00a0', '\ufeff', '\t', '\n', '\ud800', '\udc00'];

describe('wordsKey', () => {
  it('equals the lower-cased text with runs of non-letters/digits as one separator, on 20,000 seeded texts', () => {
    const random = seededRandom(20261121);
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let n = Math.floor(random() * 12); n > 0; n--) text += PIECES[Math.floor(random() * PIECES.length)];
      for (const separator of [' ', '-']) expect(wordsKey(text, separator), JSON.stringify([text, separator])).toBe(byRegex(text, separator));
    }
  });
  it.each([
    ['Confirm DjangoCon Europe 2026 has a code of conduct!', '-', 'confirm-djangocon-europe-2026-has-a-code-of-conduct'],
    ['  IMG: a photo… ', ' ', 'img a photo'],
    ['!!!', '-', ''],
  ])('%j with %j is %j', (text, separator, key) => expect(wordsKey(text, separator)).toBe(key));
});
