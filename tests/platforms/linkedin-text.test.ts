import { describe, expect, it } from 'vitest';
import { toLittleText } from '../../src/platforms/linkedin-text.ts';

describe("LinkedIn's little text format", () => {
  it('escapes every reserved character with a backslash', () => {
    expect(toLittleText('a (b) [c] {d} <e> @f *g* _h_ ~i~ | \\')).toBe(
      'a \\(b\\) \\[c\\] \\{d\\} \\<e\\> \\@f \\*g\\* \\_h\\_ \\~i\\~ \\| \\\\',
    );
  });

  it('turns hashtags into hashtag templates, but not a # inside a word or alone', () => {
    expect(toLittleText('#Django and #pycon2026!')).toBe('{hashtag|\\#|Django} and {hashtag|\\#|pycon2026}!');
    expect(toLittleText('C# and # alone')).toBe('C\\# and \\# alone');
  });

  it('leaves plain text and links alone', () => {
    expect(toLittleText('See https://example.org/a-b?x=1 now.')).toBe('See https://example.org/a-b?x=1 now.');
  });
});
