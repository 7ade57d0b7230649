// The parser's two shortcuts against what they replace: runEnd against a character-by-character scan,
// plainLineBreaks against the two replacements run unconditionally.
import { describe, expect, it } from 'vitest';
import { plainLineBreaks, runEnd } from '../../../src/core/render/markdown.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const SPECIAL = new Set(['\\', '`', '[', '<', '*', '_', '~']);

function scan(s: string, from: number, to: number): number {
  let end = from;
  while (end < to && !SPECIAL.has(s[end] as string)) end++;
  return end;
}

function randomText(random: () => number, alphabet: string[], max: number): string {
  let text = '';
  const length = Math.floor(random() * max);
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
  return text;
}

describe('markdown scanning shortcuts', () => {
  it('runEnd finds what a character scan finds, on 30,000 seeded ranges', () => {
    const random = seededRandom(8);
    const alphabet = ['a', ' ', ']', ']', '[', '\\', '`', '<', '*', '_', '~', '(', 'é', '😀', '\ud800', '\n'];
    let stopped = 0;
    for (let i = 0; i < 30_000; i++) {
      const s = randomText(random, alphabet, 40);
      const to = Math.floor(random() * (s.length + 1));
      const from = Math.floor(random() * (to + 1));
      const expected = scan(s, from, to);
      expect(runEnd(s, from, to), JSON.stringify([s, from, to])).toBe(expected);
      if (expected < to) stopped++;
    }
    expect(stopped).toBeGreaterThan(10_000);
  });

  it('plainLineBreaks is the two replacements, on 30,000 seeded texts', () => {
    const random = seededRandom(9);
    const alphabet = [' ', ' ', '\\', '\r', '\n', '\r\n', 'a', '\t', '\u00a0'];
    let changed = 0;
    for (let i = 0; i < 30_000; i++) {
      const text = randomText(random, alphabet, 12);
      const expected = text.replace(/\r\n?/g, '\n').replace(/(?: {2,}|\\)\n/g, '\n');
      expect(plainLineBreaks(text), JSON.stringify(text)).toBe(expected);
      if (expected !== text) changed++;
    }
    expect(changed).toBeGreaterThan(10_000);
  });
});
