// Configured terms are found as whole words, case-insensitively, across any white space, never inside links.
import { describe, expect, it } from 'vitest';
import { findTerms, wordsKey } from '../../../src/core/rules/terms.ts';

const texts = (found: { text: string }[]) => found.map((match) => match.text);

describe('findTerms', () => {
  it('finds whole words and phrases, whatever the case and spacing', () => {
    expect(texts(findTerms('The Call  for\nProposals is open; calls for none', ['call for proposals']))).toEqual(['Call  for\nProposals']);
    expect(texts(findTerms('PyConUS and pycon', ['PyCon']))).toEqual(['pycon']);
    expect(texts(findTerms('sprints', ['sprint'], true))).toEqual(['sprints']);
  });
  it('leaves terms inside links alone', () => {
    expect(findTerms('see https://example.org/sprint', ['sprint'])).toEqual([]);
  });
  it('still finds a term spelled with the long s, which folds to s but does not lower-case to it', () => {
    expect(texts(findTerms('A ſprint today', ['sprint']))).toEqual(['ſprint']);
  });
});

describe('wordsKey', () => {
  it('lower-cases and joins the words with one separator, none at the ends', () => {
    expect(wordsKey('  Hello, World!  Ça va? 日本 ', '-')).toBe('hello-world-ça-va-日本');
    expect(wordsKey('--', ' ')).toBe('');
  });
});
