// emojiEntities must find exactly twemoji-parser's entities, with the regex twitter-text itself loads.
import { createRequire } from 'node:module';
import { parse } from 'twemoji-parser';
import twemojiRegex from 'twemoji-parser/dist/lib/regex.js';
import { describe, expect, it } from 'vitest';
import { emojiEntities } from '../../../src/core/count/emoji-entities.ts';
import { hostileTexts, randomCodePointTexts } from './_hostile.ts';

describe('emojiEntities', () => {
  it("finds twemoji-parser's entities on 11,000 hostile texts", () => {
    let found = 0;
    let keycaps = 0;
    for (const text of [...hostileTexts(6000, 51), ...hostileTexts(1000, 52, 60), ...randomCodePointTexts(4000, 53)]) {
      const expected = parse(text).map((e): [number, number] => [e.indices[0], e.text.length]);
      expect(emojiEntities(text), JSON.stringify(text)).toEqual(expected);
      found += expected.length;
      keycaps += expected.filter(([start]) => /[#*0-9]/.test(text[start] as string)).length;
    }
    expect(found).toBeGreaterThan(10_000);
    expect(keycaps).toBeGreaterThan(300);
  });

  it('rests on what the regex is: flag g only, its only ASCII characters in [#*0-9]', () => {
    const { source, flags } = twemojiRegex instanceof RegExp ? twemojiRegex : twemojiRegex.default;
    expect(flags).toBe('g');
    const escapes = source.match(/\\u[0-9a-fA-F]{4}/g) ?? [];
    expect(escapes.length).toBeGreaterThan(900);
    for (const e of escapes) expect(parseInt(e.slice(2), 16), e).toBeGreaterThanOrEqual(0x80);
    const rest = source.replace(/\\u[0-9a-fA-F]{4}/g, '').split('[#*0-9]');
    expect(rest).toHaveLength(2);
    // What is left is syntax (groups, alternation, optional parts, classes, ranges, lookahead) and non-ASCII.
    expect(rest.join('')).toMatch(/^[()?:|[\]\-!\u0080-\uffff]*$/);
  });

  it('uses the copy of twemoji-parser that twitter-text loads', () => {
    const require = createRequire(import.meta.url);
    const fromTwitterText = createRequire(require.resolve('twitter-text')).resolve('twemoji-parser/dist/lib/regex.js');
    expect(require.resolve('twemoji-parser/dist/lib/regex.js')).toBe(fromTwitterText);
  });
});
