// hashtag-case, hashtag-count, emoji-count, emoji-repeat, all-caps, fancy-letters, vague-link-text
import { describe, expect, it } from 'vitest';
import { FANCY, mayBeFancy } from '../../../../src/core/rules/builtin/fancy-letters.ts';
import { config, only, part, post } from '../fixtures.ts';

const text = (t: string, line = 5, column = 1) => post({ parts: [part(t, line, [], column)] });

describe('hashtag-case', () => {
  const cfg = config({}, { hashtags: ['DjangoCon', 'hacktoberfest'], acronyms: ['NUMFOCUS'] });
  it.each([
    ['#OpenSource is fine', []],
    ['#python is short', []],
    ['Join #opensource now', [[5, 6, 'hashtag #opensource is all one case; if it is several words, write them in CamelCase']]],
    ['#djangocon', [[5, 1, 'hashtag #djangocon is spelled #DjangoCon in words.hashtags']]],
    ['#hacktoberfest allowed', []],
    ['#NUMFOCUS acronym', []],
    ['https://example.com/page#installation', []],
    ['line one\n  #machinelearning', [[6, 3, 'hashtag #machinelearning is all one case; if it is several words, write them in CamelCase']]],
  ])('%j', async (t, expected) => {
    expect((await only('hashtag-case', { post: text(t), config: cfg })).tuples).toEqual(expected);
  });
});

describe('hashtag-count', () => {
  it.each([
    ['#A1 #B #C', []],
    ['#A #B #C #D #E', [[5, 10, '5 hashtags (at most 3); the extra ones start at #D']]],
  ])('%j', async (t, expected) => {
    expect((await only('hashtag-count', { post: text(t) })).tuples).toEqual(expected);
  });
});

describe('emoji-count', () => {
  it.each([
    ['🎉 ✨ 🐍', []],
    ['🎉 ✨ 🐍 👨‍👩‍👧 done', [[5, 9, '4 emoji (at most 3); the extra ones start at 👨‍👩‍👧']]],
    ['Flags 🇳🇱🇧🇷🇯🇵 count once each', []],
  ])('%j', async (t, expected) => {
    expect((await only('emoji-count', { post: text(t) })).tuples).toEqual(expected);
  });
});

describe('emoji-repeat', () => {
  it.each([
    ['🎉 thanks 🎉', []],
    ['Released 🎉🎉🎉!', [[5, 10, '🎉 repeated 3 times in a row (at most 1)']]],
    ['🔥 🔥', [[5, 1, '🔥 repeated 2 times in a row (at most 1)']]],
  ])('%j', async (t, expected) => {
    expect((await only('emoji-repeat', { post: text(t) })).tuples).toEqual(expected);
  });
});

describe('all-caps', () => {
  const cfg = config({}, { acronyms: ['NUMFOCUS'] });
  it.each([
    ['The PSF and DSF CFPs are open via the API', []],
    ['This is HUGE news', [[5, 9, "'HUGE' is in capitals"]]],
    ['NUMFOCUS OK', []],
    ['Go GO go', []],
    ['two\nREALLY big', [[6, 1, "'REALLY' is in capitals"]]],
    ['https://EXAMPLE.COM/ABOUT', []],
  ])('%j', async (t, expected) => {
    expect((await only('all-caps', { post: text(t), config: cfg })).tuples).toEqual(expected);
  });
});

describe('fancy-letters', () => {
  it('looks for the pattern in every text holding any code point it matches (all of Unicode checked)', () => {
    const single = new RegExp(`^${FANCY.source}$`, 'u');
    let fancy = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      if (!single.test(char)) continue;
      fancy++;
      expect(mayBeFancy(`plain ${char} text`), cp.toString(16)).toBe(true);
    }
    expect(fancy).toBeGreaterThan(1_000);
    expect(mayBeFancy('Plain text, café, 日本語 and 🎉')).toBe(false);
  });

  it.each([
    ['plain text, café', []],
    ['Big 𝗻𝗲𝘄𝘀 today', [[5, 5, "'𝗻𝗲𝘄𝘀' uses fancy Unicode letters"]]],
    [
      'Ⓗⓘ and ｆｕｌｌ',
      [
        [5, 1, "'Ⓗⓘ' uses fancy Unicode letters"],
        [5, 8, "'ｆｕｌｌ' uses fancy Unicode letters"],
      ],
    ],
  ])('%j', async (t, expected) => {
    expect((await only('fancy-letters', { post: text(t) })).tuples).toEqual(expected);
  });

  it('suggests the plain letters', async () => {
    expect((await only('fancy-letters', { post: text('𝗻𝗲𝘄𝘀') })).findings[0]?.hint).toContain("'news'");
  });
});

describe('bidi-controls', () => {
  it.each([
    ['plain text, and right-to-left עברית and العربية need no controls', []],
    ['see https://example.com/\u202Egnp.exe', [[5, 25, 'an invisible bidirectional control, U+202E RIGHT-TO-LEFT OVERRIDE']]],
    [
      'a\u2066b\u2069 c\u202Ad\u202C',
      [
        [5, 2, 'an invisible bidirectional control, U+2066 LEFT-TO-RIGHT ISOLATE'],
        [5, 4, 'an invisible bidirectional control, U+2069 POP DIRECTIONAL ISOLATE'],
        [5, 7, 'an invisible bidirectional control, U+202A LEFT-TO-RIGHT EMBEDDING'],
        [5, 9, 'an invisible bidirectional control, U+202C POP DIRECTIONAL FORMATTING'],
      ],
    ],
    ['line one\n  \u2067two', [[6, 3, 'an invisible bidirectional control, U+2067 RIGHT-TO-LEFT ISOLATE']]],
  ])('%j', async (t, expected) => {
    expect((await only('bidi-controls', { post: text(t) })).tuples).toEqual(expected);
  });

  it('finds them in every control of both ranges, and is an error by default', async () => {
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const { findings } = await only('bidi-controls', { post: text(`x${String.fromCodePoint(cp)}y`) });
      expect(
        findings.map((f) => [f.severity, f.message.includes(`U+${cp.toString(16).toUpperCase()}`)]),
        cp.toString(16),
      ).toEqual([['error', true]]);
    }
    for (const cp of [0x200e, 0x200f, 0x2029, 0x206a])
      expect((await only('bidi-controls', { post: text(`x${String.fromCodePoint(cp)}y`) })).findings).toEqual([]);
  });
});

describe('vague-link-text', () => {
  it.each([
    ['Read [the release notes](https://example.com)', []],
    ['Details [here](https://example.com).', [[5, 10, "vague link text 'here'"]]],
    ['[Read more](https://example.com)', [[5, 2, "vague link text 'Read more'"]]],
    ['To register, click here: https://example.com', [[5, 14, "vague link text 'click here'"]]],
    ['[Click here](https://example.com)', [[5, 2, "vague link text 'Click here'"]]],
  ])('%j', async (t, expected) => {
    expect((await only('vague-link-text', { post: text(t) })).tuples).toEqual(expected);
  });
});

describe('text rules read overrides and report their platform', () => {
  it('points into the override', async () => {
    const p = post({ overrides: { x: [part('Short #opensource take', 20, [], 6)] } });
    const result = await only('hashtag-case', { post: p });
    expect(result.findings.map((f) => [f.line, f.column, f.platform, f.message])).toEqual([
      [20, 12, 'x', 'x override: hashtag #opensource is all one case; if it is several words, write them in CamelCase'],
    ]);
  });
});
