// Table-driven counting per platform, each expectation worked out from the platform's rule.
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/core/count/index.ts';
import type { PlatformId } from '../../../src/core/types.ts';

const FAMILY = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, 25 UTF-8 bytes, 1 grapheme
const FLAG = '🇯🇵'; // 2 regional indicators, 8 bytes, 1 grapheme
const E_ACUTE = 'e\u0301'; // combining mark: 2 code points, 1 grapheme
const ASTRAL = '𝐀'; // U+1D400: 2 UTF-16 units, 1 code point

interface Row {
  name: string;
  text: string;
  used: number;
  limit?: number;
  overflowAt?: number;
  cw?: string;
}

function table(platform: PlatformId, rows: Row[]) {
  describe(platform, () => {
    for (const row of rows) {
      it(row.name, () => {
        const count = measure(platform, row.text, row.limit ? { characters: row.limit } : {}, row.cw ? { contentWarning: row.cw } : {});
        expect(count.used).toBe(row.used);
        expect(count.overflowAt).toBe(row.overflowAt);
      });
    }
  });
}

table('mastodon', [
  { name: 'plain ASCII', text: 'hello', used: 5 },
  { name: 'ZWJ family is one grapheme', text: FAMILY, used: 1 },
  { name: 'flag is one grapheme', text: FLAG, used: 1 },
  { name: 'combining mark joins its base', text: E_ACUTE.repeat(3), used: 3 },
  { name: 'CJK one each', text: '日本語', used: 3 },
  { name: 'long https URL counts 23', text: `https://example.com/${'a'.repeat(100)}`, used: 23 },
  { name: 'http URL counts 23', text: 'go http://example.org now', used: 3 + 23 + 4 },
  { name: 'URL without scheme counts as written', text: 'example.com', used: 11 },
  { name: 'URL with a CJK path counts 23 (Mastodon path rule)', text: 'https://ja.wikipedia.org/wiki/日本語', used: 23 },
  { name: 'URL stops before trailing punctuation', text: 'https://example.com/a.', used: 24 },
  { name: '@user@domain counts as @user', text: 'hi @alice@mastodon.social', used: 3 + 6 },
  { name: 'local @user counts as written', text: '@bob', used: 4 },
  { name: 'e-mail address is not a mention', text: 'bob@example.com', used: 15 },
  { name: 'content warning counts too', text: 'body', cw: 'spoiler', used: 11 },
  { name: 'blank text counts only the warning', text: '  \n ', cw: 'cw', used: 2 },
  { name: 'CRLF is one grapheme', text: 'a\r\nb', used: 3 },
  { name: 'exactly at the limit', text: 'a'.repeat(500), used: 500 },
  { name: 'one over points at the first extra character', text: 'a'.repeat(501), used: 501, overflowAt: 500 },
  {
    name: 'overflow after a URL maps to the original text',
    text: `https://example.com/${'x'.repeat(50)} abc`,
    limit: 25,
    used: 27,
    overflowAt: 72,
  },
  { name: 'overflow inside graphemes points at a cluster start', text: FAMILY.repeat(3), limit: 2, used: 3, overflowAt: 22 },
  { name: 'configured limit', text: 'a'.repeat(11), limit: 10, used: 11, overflowAt: 10 },
]);

table('bluesky', [
  { name: 'ZWJ family is one grapheme', text: FAMILY, used: 1 },
  { name: 'flags and combining marks', text: FLAG + E_ACUTE, used: 2 },
  { name: 'URLs count in full', text: 'https://example.com/abc', used: 23 },
  { name: 'exactly 300', text: 'a'.repeat(300), used: 300 },
  { name: 'one over', text: 'a'.repeat(301), used: 301, overflowAt: 300 },
  { name: 'CRLF is one grapheme', text: 'a\r\nb', used: 3 },
]);

describe('bluesky bytes', () => {
  it('counts UTF-8 bytes against 3000', () => {
    const count = measure('bluesky', FAMILY + ASTRAL, {});
    expect(count.bytes).toEqual({ used: 25 + 4, limit: 3000 });
  });
  it('120 families: 120 graphemes but 3000 bytes, exactly at the byte limit', () => {
    const count = measure('bluesky', FAMILY.repeat(120), {});
    expect(count.used).toBe(120);
    expect(count.bytes?.used).toBe(3000);
    expect(count.overflowAt).toBeUndefined();
  });
  it('the byte limit can be hit before the grapheme limit, and overflowAt points there', () => {
    const text = FAMILY.repeat(121);
    const count = measure('bluesky', text, {});
    expect(count.used).toBe(121);
    expect(count.bytes?.used).toBe(3025);
    // the 121st family starts at 120 × 11 UTF-16 units; its first code point already passes 3000 bytes
    expect(count.overflowAt).toBe(120 * 11);
  });
});

table('x', [
  { name: 'Latin counts 1', text: 'hello', used: 5 },
  { name: 'CJK counts 2', text: '日本語', used: 6 },
  { name: 'emoji sequence counts 2', text: FAMILY, used: 2 },
  { name: 'flag counts 2', text: FLAG, used: 2 },
  { name: 'URL without scheme counts 23', text: 'example.com/' + 'a'.repeat(40), used: 23 },
  { name: 'NFC: decomposed é counts 1', text: E_ACUTE, used: 1 },
  { name: 'exactly 280', text: 'a'.repeat(280), used: 280 },
  { name: 'one over', text: 'a'.repeat(281), used: 281, overflowAt: 280 },
  { name: 'CJK over: 141 × 2', text: '語'.repeat(141), used: 282, overflowAt: 140 },
  { name: 'non-NFC text over: overflow in the original text', text: E_ACUTE.repeat(281), used: 281, overflowAt: 560 },
]);

table('threads', [
  { name: 'characters count 1', text: 'héllo', used: 5 },
  { name: 'an emoji counts its UTF-8 bytes', text: '😀', used: 4 },
  { name: 'a ZWJ family counts all its bytes', text: FAMILY, used: 25 },
  { name: 'exactly 500', text: 'a'.repeat(500), used: 500 },
  { name: 'one over', text: 'a'.repeat(499) + '😀', used: 503, overflowAt: 499 },
]);

table('linkedin', [
  { name: 'escapes do not count', text: 'a \\(b\\) \\@c', used: 8 },
  { name: 'astral characters count 2 (UTF-16)', text: ASTRAL, used: 2 },
  { name: 'exactly 3000 with escapes', text: '\\_'.repeat(3000), used: 3000 },
  { name: 'one over points at the escape', text: '\\_'.repeat(3001), used: 3001, overflowAt: 6000 },
  { name: 'a pair across the limit: the overflow starts at the pair', text: 'a' + ASTRAL.repeat(1500), used: 3001, overflowAt: 2999 },
  { name: 'a pair across the limit, with escapes', text: '\\_' + ASTRAL.repeat(1500), used: 3001, overflowAt: 3000 },
]);

table('discord', [
  { name: 'code points', text: FAMILY, used: 7 },
  { name: 'one over 2000', text: 'a'.repeat(2001), used: 2001, overflowAt: 2000 },
]);
table('slack', [{ name: 'one over 3000', text: ASTRAL.repeat(3001), used: 3001, overflowAt: 6000 }]);
table('discourse', [
  { name: 'surrounding whitespace does not count', text: '  hello  ', used: 5 },
  { name: 'over 32000, offset by the leading space', text: ' ' + 'a'.repeat(32001), used: 32001, overflowAt: 32001 },
]);

describe('x refused characters', () => {
  it('reports U+FFFF where it is', () => {
    expect(measure('x', 'ok\uFFFF', {}).invalidAt).toBe(2);
  });
});
