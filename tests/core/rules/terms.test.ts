// The term search's shortcut (tried only where a first word starts, in the lower-cased text) must find exactly
// what a plain global search with the same pattern finds.
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../../src/core/rules/terms.ts';
import { outsideUrls, randomText } from './_scan-texts.ts';
import { seededRandom } from './seeded-random.ts';

function referenceTerms(text: string, terms: readonly string[], allowSuffix: boolean) {
  const escaped = terms.map((term) => term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const end = allowSuffix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}_])';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})${end}`, 'giu');
  return outsideUrls(text, [...text.matchAll(pattern)].map((match) => ({ text: match[0], offset: match.index })));
}

const TERM_LISTS: (readonly string[])[] = [
  ['conference', 'summit', 'meet-up', 'call for proposals', 'PyCon'],
  ['click here', 'tap here'],
  ['sprint'],
  ['Kelvin', 'kubernetes'],
  ['café', 'sprint'], // a non-ASCII first word: no prefilter
  ['  spaced   term  ', 'x.y'],
  ['for proposals', 'call for', 'call for proposals', 'proposals'], // overlapping: a later start inside a match
];

describe('findTerms', () => {
  it('finds what the global pattern finds, on 20,000 seeded texts and seven term lists', () => {
    const random = seededRandom(20261122);
    let skipped = 0;
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(random);
      const terms = TERM_LISTS[i % TERM_LISTS.length] as readonly string[];
      const allowSuffix = random() < 0.5;
      const expected = referenceTerms(text, terms, allowSuffix);
      expect(findTerms(text, terms, allowSuffix), JSON.stringify({ text, terms, allowSuffix })).toEqual(expected);
      if (expected.length > 0) found++;
      else if (!text.includes('ſ') && !terms.some((term) => text.toLowerCase().includes(term.trim().split(/\s+/)[0]!.toLowerCase()))) skipped++;
    }
    expect(found).toBeGreaterThan(1_500);
    expect(skipped).toBeGreaterThan(1_500);
  });

  it('still finds a term spelled with the long s, which folds to s but does not lower-case to it', () => {
    expect(findTerms('A ſprint today', ['sprint']).map((match) => match.text)).toEqual(['ſprint']);
  });
});
