// The scanners' shortcuts (hashtags found from each `#`, terms skipped when no first word is in the text)
// must find exactly what a plain global search with the documented pattern finds.
import { describe, expect, it } from 'vitest';
import { findCasedWords, findHashtags, findTerms, findUrls, findWords } from '../../../src/core/rules/scan.ts';
import { seededRandom } from './seeded-random.ts';

function outsideUrls(text: string, matches: { text: string; offset: number }[]) {
  const ranges = text.includes('://') ? findUrls(text).map((url) => [url.offset, url.offset + url.text.length] as const) : [];
  return matches.filter((match) => !ranges.some(([start, end]) => match.offset >= start && match.offset < end));
}

function referenceHashtags(text: string) {
  const all = [...text.matchAll(/(?<![\p{L}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu)];
  return outsideUrls(text, all.map((match) => ({ text: match[0], offset: match.index })));
}

function referenceTerms(text: string, terms: readonly string[], allowSuffix: boolean) {
  const escaped = terms.map((term) => term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const end = allowSuffix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}_])';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})${end}`, 'giu');
  return outsideUrls(text, [...text.matchAll(pattern)].map((match) => ({ text: match[0], offset: match.index })));
}

// Pieces that meet at every boundary the patterns care about: letters of several scripts, astral letters
// (𝐀, 𠀀), combining marks, digits, `_ & / #`, lone surrogates, URLs, case-folding oddities (ſ folds to s,
// K is the Kelvin sign, İ lower-cases to two characters).
const PIECES = [
  '#', '#', '##', 'Django', 'tag', 'TAG', 'ſprint', 'Sprint', 'SPRINT', 'ſ', 'K', 'İ', 'ı', 'é', 'e\u0301', '𝐀', '𠀀', '日本', '3', '_', '&', '/',
  ' ', ' ', '\n', '.', ',', '(', ')', '\uD800', '\uDC00', '🎉', 'https://example.com/#frag', 'https://x.org/a?b=#c', 'PyCon', 'pycon',
  'conference', 'CONFERENCE', 'call for', 'call  for proposals', 'for proposals', 'proposals', 'click here', 'Kubernetes', 'meet-up', 'summit',
];
const TERM_LISTS: (readonly string[])[] = [
  ['conference', 'summit', 'meet-up', 'call for proposals', 'PyCon'],
  ['click here', 'tap here'],
  ['sprint'],
  ['Kelvin', 'kubernetes'],
  ['café', 'sprint'], // a non-ASCII first word: no prefilter
  ['  spaced   term  ', 'x.y'],
  ['for proposals', 'call for', 'call for proposals', 'proposals'], // overlapping: a later start inside a match
];

function randomText(random: () => number): string {
  const count = 1 + Math.floor(random() * 12);
  return Array.from({ length: count }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
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

describe('findTerms', () => {
  it('finds what the global pattern finds, on 20,000 seeded texts and six term lists', () => {
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
