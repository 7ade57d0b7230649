// The plain-word path must say exactly what retext-equality says whenever it answers, and answer often.
import { describe, expect, it } from 'vitest';
import { patterns } from '../../../../node_modules/retext-equality/lib/patterns-en.js';
import { checkText, type LanguageOptions } from '../../../../src/core/rules/language/check-text.ts';
import { plainWordMessages } from '../../../../src/core/rules/language/plain-words.ts';
import { triggeredGroups } from '../../../../src/core/rules/language/triggers.ts';
import { seededRandom } from '../seeded-random.ts';
import { fullRun } from './full-run.ts';

const singleWords = [...new Set(patterns.flatMap((pattern) => Object.keys(pattern.inconsiderate)))].filter((phrase) => /^[A-Za-z]+$/.test(phrase));
const calm = 'the community sprint Django release thanks volunteers café 日本語 🎉 #PyCon @ada https://example.com/x e.g. Mr. 3'.split(' ');
// What sits next to a word in prose, and what can sit next to it in a hostile text: spaces of every kind,
// sentence ends, every delimiter nlcst-is-literal knows, inner-word glue (hyphens, apostrophes, dots,
// slashes), and nothing at all.
const prose = {
  before: [' ', ' ', '\n', '\n\n', '\u00a0', '. ', '! ', '? ', ' * ', ' 🎉 ', ' #PyCon '],
  after: [' ', ' ', '\n', '.', '. ', '!', '?', ',', ', ', '. #Django', '. Next', '. 3', '.\nnext', '. e.g.'],
};
const hostile = {
  before: [': ', '; ', ' - ', ' — ', ' – ', ', ', ' "', ' “', ' ‘', " '", ' (', ' [', ' {', ' «', ' ‹', ' „', ' ‚', ' ⟨', ' 「', '-', "'", '’', '/', '.', '_', '#', '@', ' 1'],
  after: ['?!', ':', ';', ' -', ' — ', '" ', '”', "' ", '’s', "'s", ')', ']', '}', '»', '›', '⟩', '」', '-', '/', '.com', '_', 's', '…', '. 🎉!', '.. ', ''],
};

function casing(word: string, roll: number): string {
  if (roll < 0.2) return word.toUpperCase();
  if (roll < 0.45) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

describe('plainWordMessages', () => {
  it('matches retext-equality on every single-word phrase in seeded contexts, and answers often', async () => {
    const random = seededRandom(20261121);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    let answered = 0;
    let reported = 0;
    for (const phrase of singleWords) {
      for (let i = 0; i < 4; i++) {
        const before = random() < 0.5 ? prose.before : hostile.before;
        const after = random() < 0.5 ? prose.after : hostile.after;
        const text = `${random() < 0.3 ? '' : pick(calm)}${pick(before)}${casing(phrase, random())}${pick(after)}${random() < 0.5 ? pick(calm) : ''}`;
        const options: LanguageOptions = { kind: 'equality', ignore: [], binary: random() < 0.3 };
        const expected = await fullRun(text, options);
        expect(checkText(text, options), JSON.stringify({ text, options })).toEqual(expected);
        const phrases = triggeredGroups(text, 'equality').flatMap((group) => group.phrases).sort();
        const plain = phrases.length > 0 ? plainWordMessages(text, phrases, options.binary ?? false) : undefined;
        if (plain) {
          answered++;
          expect(plain.sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId)), JSON.stringify({ text, options })).toEqual(expected);
          if (expected.length > 0) reported++;
        }
      }
    }
    // Both that it answers often and that its answers include warnings, or the proof proves little.
    expect(answered).toBeGreaterThan(200);
    expect(reported).toBeGreaterThan(150);
  });

  it.each([
    ['Apply for the fellowship today', 1],
    ['Apply for the Fellowship.', 1],
    ['The "fellowship" is open', undefined], // quoted: literal, the plugin decides
    ['fellowship: apply now', undefined], // first word before a colon: literal
    ['a fellow-ship', undefined], // letters split by a hyphen: parse-latin decides the word
  ] as const)('%j: %s', (text, count) => {
    expect(plainWordMessages(text, ['fellowship'], false)?.length).toBe(count);
  });

  it('leaves multi-word phrases and binary "or" pairs to the plugin', () => {
    expect(plainWordMessages('he or she', ['he', 'she'], true)).toBeUndefined();
    expect(plainWordMessages('a cleaning lady', ['cleaning lady'], false)).toBeUndefined();
  });
});
