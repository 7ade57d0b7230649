// Seeded hostile texts for equivalence tests: URLs of every shape, mentions, hashtags, emoji sequences, CJK,
// Hangul, combining marks, NFD and NFC-changing text, lone surrogates, refused and directional characters.
import { seededRandom } from '../rules/seeded-random.ts';

export const PIECES = [
  // URLs with a scheme, any case, ports, paths, queries, parentheses, IDN, punycode, t.co
  'https://example.com/a?b=1',
  'http://x.org/(y)',
  'HTTPS://EXAMPLE.COM/Path',
  'Http://example.org',
  'https://example.com:8080/p',
  'https://en.wikipedia.org/wiki/Django_(web_framework)',
  'https://a.co/😀',
  'http://日本.jp/パス',
  'https://bücher.de/x',
  'https://xn--n3h.com',
  'https://t.co/abc',
  'https://t.co/abc?x=1&y',
  `https://t.co/${'a'.repeat(41)}`,
  'http://localhost',
  'https://example.com/a.',
  'https://example.com/a,b',
  'https://example.com/?q=日本',
  'https://example.com/#frag',
  'ftp://x.com',
  'https://www.djangoproject.com/weblog/2026/dec/01/django-60-released/',
  'https://ja.wikipedia.org/wiki/日本語',
  // without a scheme
  'example.com',
  'www.djangoproject.com/weblog/',
  'djangogirls.org/en/',
  't.co/abc',
  'foo.bar',
  'a.b',
  'café.com',
  '例え.テスト',
  'sub.example.co.uk/path?x=1',
  'example.com:80',
  'EXAMPLE.COM',
  'x.com/😀',
  'übung.de',
  'ü.de/x',
  '.com',
  'x.',
  '-example.com',
  '_a.com',
  '/a.com',
  '(example.com)',
  'example.com.',
  'a.com/b.org',
  '\u200eexample.com',
  '\u00e9.fr',
  '日本.jp',
  // mentions, addresses, tags, cashtags
  '@alice',
  '@alice@mastodon.social',
  '@bob@例え.jp',
  'bob@example.com',
  '@ada.bsky.social',
  '@x.test',
  '=@no',
  '/@no',
  '@_x_',
  '#Django',
  '#日本',
  '#123',
  '#a_b',
  '##x',
  '＃tag',
  '$DJNG',
  '$x',
  // emoji: ZWJ, flags, keycaps, modifiers, variation selectors, tags
  '👨‍👩‍👧‍👦',
  '🇯🇵',
  '🇯',
  '#️⃣',
  '1⃣',
  '*️⃣',
  '©️',
  '©',
  '™',
  '❤︎',
  '❤️',
  '☝🏽',
  '🏳️‍🌈',
  '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  '\ufe0f',
  '✨',
  '🎉',
  '😀',
  '\u200d',
  // scripts, marks, normalisation
  '日本語',
  '한국어',
  '\u1112\u1161\u11ab',
  'e\u0301',
  'café',
  'cafe\u0301',
  '\u212b',
  '\u2126',
  'ﬁ',
  'नमस्ते',
  'x\u0301\u0302',
  'über',
  // odd code units
  '\ud800',
  '\udc00',
  '\ud83d',
  '\uFFFE',
  '\uFEFF',
  '\uFFFF',
  '\u200e',
  '\u202a',
  '\u3000',
  '\u00a0',
  '\u2028',
  // plain words and punctuation
  'Django',
  'release',
  'the',
  '6.0',
  '2026',
  '.',
  ',',
  ')',
  '(',
  '!',
  '?',
  ':',
  '"',
  '…',
  '\n',
  '\n\n',
  '\r\n',
];
const GLUE = [' ', ' ', ' ', '', '\n', '.', '/', '(', ')', ',', '?', ':', '#', '@'];

/** `count` texts of up to `maxPieces` pieces, the same on every run. */
export function hostileTexts(count: number, seed = 20261121, maxPieces = 14): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const pieces = Math.floor(random() * (maxPieces + 1));
    for (let j = 0; j < pieces; j++) text += pick(PIECES) + pick(GLUE);
    texts.push(random() < 0.1 ? text.normalize('NFD') : text);
  }
  return texts;
}

// Code points from every kind of neighbourhood, lone surrogates included.
const POOLS: [number, number][] = [
  [0x20, 0x7e],
  [0x0a, 0x0d],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x370, 0x3ff],
  [0x590, 0x6ff],
  [0x900, 0x97f],
  [0x1100, 0x11ff],
  [0x2000, 0x2bff],
  [0x3000, 0x30ff],
  [0x4e00, 0x4e80],
  [0xac00, 0xac40],
  [0xd800, 0xdfff],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xffff],
  [0x1d400, 0x1d4ff],
  [0x1f1e6, 0x1f1ff],
  [0x1f300, 0x1f6ff],
  [0x1f900, 0x1f9ff],
  [0xe0020, 0xe007f],
];

/** Texts of random code points mixed with hostile pieces. */
export function randomCodePointTexts(count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const length = Math.floor(random() * 40);
    for (let j = 0; j < length; j++) {
      if (random() < 0.15) {
        text += PIECES[Math.floor(random() * PIECES.length)];
        continue;
      }
      const [low, high] = POOLS[Math.floor(random() * POOLS.length)] as [number, number];
      const cp = low + Math.floor(random() * (high - low + 1));
      text += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    }
    texts.push(text);
  }
  return texts;
}
