// The scanners' shortcuts (hashtags from each `#`, links from each `://`, emoji and cased words where they can
// start) must find exactly what a plain global search with the documented pattern finds.
import { describe, expect, it } from 'vitest';
import { findCasedWords, findEmoji, findHashtags, findUrls, findWords } from '../../../src/core/rules/scan.ts';
import { outsideUrls, randomText } from './_scan-texts.ts';
import { seededRandom } from './seeded-random.ts';

function referenceHashtags(text: string) {
  const all = [...text.matchAll(/(?<![\p{L}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu)];
  return outsideUrls(text, all.map((match) => ({ text: match[0], offset: match.index })));
}

describe('findHashtags', () => {
  it('finds what the global pattern finds, on 20,000 seeded texts', () => {
    const random = seededRandom(20261121);
    let tagged = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(random);
      const expected = referenceHashtags(text);
      expect([...findHashtags(text)], JSON.stringify(text)).toEqual(expected);
      if (expected.length > 0) tagged++;
    }
    expect(tagged).toBeGreaterThan(1_500);
  });
});

describe('findCasedWords', () => {
  it('finds every word findWords finds that lower-casing changes, and only words findWords finds, on 20,000 seeded texts', () => {
    const random = seededRandom(20261124);
    const changes = (word: { text: string }) => word.text.toLowerCase() !== word.text;
    let cased = 0;
    let skipped = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(random);
      const all = findWords(text);
      const some = findCasedWords(text);
      expect(some.filter(changes), JSON.stringify(text)).toEqual(all.filter(changes));
      expect(all, JSON.stringify(text)).toEqual(expect.arrayContaining(some));
      cased += all.filter(changes).length;
      skipped += all.length - some.length;
    }
    expect(cased).toBeGreaterThan(5_000);
    expect(skipped).toBeGreaterThan(5_000);
  });
});

describe('findEmoji', () => {
  const PICTO = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\u{1F3FB}-\u{1F3FF}]?\uFE0F?[\u{E0020}-\u{E007F}]*`;
  const EMOJI = new RegExp(String.raw`\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|${PICTO}(?:\u200D${PICTO})*`, 'gu');
  const reference = (text: string) => [...text.matchAll(EMOJI)].map((match) => ({ text: match[0], offset: match.index }));
  // Flags (and lone or odd regional indicators), keycaps with and without U+FE0F, ZWJ families, skin tones,
  // tag sequences, text-style pictographs with U+FE0F, ©, ‼, lone surrogates, digits and # * next to U+20E3.
  const pieces = [
    '🇺🇸', '🇺', '🇦🇦🇦', '#️⃣', '#⃣', '1⃣', '*️', '7', '#', '\u20E3', '\uFE0F', '👨‍👩‍👧', '👍🏽', '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    '❤️', '❤', '©', '©️', '‼️', '🎉', '✨', '\u200D', '\uD83C', '\uDFFB', 'a', ' ', 'é', '日本', '🏻', '\u{1F3FB}\u200D',
  ].map((piece) => piece.replace(/\\u\{([0-9A-F]+)\}|\\u([0-9A-F]{4})/gi, (_, long: string, short: string) => String.fromCodePoint(parseInt(long ?? short, 16))));

  it('finds what the global pattern finds, on 20,000 seeded texts', () => {
    const random = seededRandom(20261125);
    let emoji = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 10) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const expected = reference(text);
      expect([...findEmoji(text)], JSON.stringify(text)).toEqual(expected);
      emoji += expected.length;
    }
    expect(emoji).toBeGreaterThan(20_000);
  });

  it('has no emoji start below U+00A9 but a keycap base', () => {
    for (let cp = 0; cp < 0xa9; cp++) {
      expect(/^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}|\p{Regional_Indicator})/u.test(String.fromCodePoint(cp))).toBe(false);
    }
  });
});

describe('findUrls', () => {
  const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/giu;
  const TRAILING = /[.,;:!?)\]}'"…]+$/u;
  function reference(text: string) {
    return [...text.matchAll(URL_PATTERN)].map((match) => {
      let url = match[0];
      while (TRAILING.test(url)) {
        const trimmed = url.replace(TRAILING, '');
        const kept = url.endsWith(')') && (trimmed.match(/\(/g) ?? []).length > (trimmed.match(/\)/g) ?? []).length ? trimmed + ')' : trimmed;
        if (kept === url) break;
        url = kept;
      }
      return { text: url, offset: match.index };
    });
  }
  // Schemes in every case, the long s, word characters glued before, "://" alone and doubled, links inside
  // links, markdown parentheses, quotes and brackets that end a link.
  const pieces = ['https://', 'http://', 'HTTPS://', 'HtTp://', 'httpſ://', 'httpſ://', 'xhttps://', '_http://', 'éhttps://', '://', ':///', 'https:///',
    'ex.com', 'a/b?c=1', '(x)', ')', '(', '[l](', '"', "'", '<', '>', '`', ' ', '\n', '.', ',', '…', 'ſ', 'K', '🎉', 'https://a.b/c', 'http://x.y).'];

  it('finds what the global pattern finds, on 20,000 seeded texts', () => {
    const random = seededRandom(20261126);
    let links = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 10) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const expected = reference(text);
      expect([...findUrls(text)], JSON.stringify(text)).toEqual(expected);
      links += expected.length;
    }
    expect(links).toBeGreaterThan(10_000);
  });
});
