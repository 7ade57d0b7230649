// The prefilter and the per-group processors must give exactly what the full plugins give.
import { describe, expect, it } from 'vitest';
import { candidatePhrases, checkText, pluginPhrases, type LanguageOptions } from '../../../../src/core/rules/language/check-text.ts';
import { seededRandom } from '../seeded-random.ts';
import { fullRun } from './full-run.ts';

const phrases = [...pluginPhrases('equality'), ...pluginPhrases('profanity')];
const ordinary =
  'the community sprint Django release thanks volunteers café naïve 日本語 über 🎉 ✨ https://example.com/a-b?x=1 #PyCon @ada'.split(' ');
const glue = [' ', ' ', ' ', '\n', '\n\n', '-', '--', "'", '’', '.', ', ', '/', '', '\u00a0', '\uFEFF', '&', '_', ' (', ') '];
const odd = ['\u212A', '\u0130', 'ß', 'Σ', 'ﬁ', 'a.d.d.', "he'd", 'she’ll', 'frontman,'];

function randomText(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const words: string[] = [];
  const count = 1 + Math.floor(random() * 14);
  for (let i = 0; i < count; i++) {
    const roll = random();
    let word = roll < 0.35 ? pick(phrases) : roll < 0.45 ? pick(odd) : pick(ordinary);
    const casing = random();
    if (casing < 0.15) word = word.toUpperCase();
    else if (casing < 0.3) word = word.charAt(0).toUpperCase() + word.slice(1);
    if (random() < 0.1) word = word.replace(/ /g, pick(glue)); // break multi-word phrases apart
    if (random() < 0.05) word = word.slice(0, Math.max(1, Math.floor(random() * word.length)));
    words.push(word, pick(glue));
  }
  return words.join('');
}

function someOptions(random: () => number): LanguageOptions[] {
  const ignored = (kind: LanguageOptions['kind']) => pluginPhrases(kind).filter(() => random() < 0.05);
  return [
    { kind: 'equality', ignore: [] },
    { kind: 'equality', ignore: [], binary: true },
    { kind: 'equality', ignore: ignored('equality') },
    { kind: 'profanity', ignore: [], sureness: 0 },
    { kind: 'profanity', ignore: [], sureness: 1 },
    { kind: 'profanity', ignore: [], sureness: 2 },
    { kind: 'profanity', ignore: ignored('profanity'), sureness: 0 },
  ];
}

describe('checkText', () => {
  it('reports exactly what retext-equality and retext-profanities report, on 3,000 seeded texts', async () => {
    const random = seededRandom(20261201);
    const optionSets = someOptions(random);
    let skipped = 0;
    let reported = 0;
    for (let i = 0; i < 3000; i++) {
      const text = randomText(random);
      const options = optionSets[Math.floor(random() * optionSets.length)] as LanguageOptions;
      const expected = await fullRun(text, options);
      if (candidatePhrases(text, options.kind).size === 0) {
        skipped++;
        expect(expected, `prefilter skipped ${JSON.stringify(text)} but retext reports`).toEqual([]);
      }
      expect(checkText(text, options), JSON.stringify({ text, options })).toEqual(expected);
      if (expected.length > 0) reported++;
    }
    // Both branches must really be exercised for the proof to mean anything.
    expect(skipped).toBeGreaterThan(300);
    expect(reported).toBeGreaterThan(300);
  });

  it.each([
    ['Thanks, guys!', 'equality', ['guys']],
    ['He or she said', 'equality', []],
    ['Our chairman opened the sprint', 'equality', ['chairman']],
    ['What the hell', 'profanity', ['hell']],
    ['A calm community sprint', 'profanity', []],
    ['Class is in session', 'profanity', []],
  ] as const)('%j (%s) reports %j', (text, kind, actual) => {
    const messages = checkText(text, { kind, ignore: [], binary: true, sureness: 0 });
    expect(messages.map((m) => m.actual.toLowerCase())).toEqual(actual);
  });

  it("lists the plugins' own phrases (the plurals retext-profanities adds included)", () => {
    expect(pluginPhrases('equality')).toContain('guys');
    expect(pluginPhrases('profanity')).toEqual(expect.arrayContaining(['crap', 'craps']));
  });

  it('honours ignore', () => {
    expect(checkText('Thanks, guys!', { kind: 'equality', ignore: ['guys'] })).toEqual([]);
  });
});
