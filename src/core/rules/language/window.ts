// The part of a sentence the plugins can look at. nlcst-search starts a match only at a word whose normalized
// text is a phrase's first word, then reads at most the phrase's further words (whitespace between); the
// literal test (nlcst-is-literal) of that first word reads its neighbours up to the nearest word or source
// node on each side, and whether any word precedes or follows it; retext-equality's "or" pairs read the nodes
// between two matches of one sentence. So one contiguous slice of the sentence, from the word before the
// first candidate to the last word a phrase from the last candidate can reach, gives the same matches, the
// same literal verdicts and the same "or" pairs (indices shift alike); messages take their offsets from the
// nodes' own positions. Searching the slice instead of the whole sentence skips most of its words.
import type { Sentence } from 'nlcst';
import { wordKey } from './triggers.ts';

export interface PhraseShape {
  /** wordKey of every phrase's first word; a key equal to normalize()'s result has the same wordKey. */
  firstKeys: Set<string>;
  /** Words in the longest phrase. */
  longest: number;
}

/** The shape of a phrase list, or undefined when a phrase starts with a wildcard (any word can start it). */
export function phraseShape(phrases: readonly string[]): PhraseShape | undefined {
  const firstKeys = new Set<string>();
  let longest = 1;
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    const key = wordKey(words[0] ?? '');
    if (key === '') return undefined;
    firstKeys.add(key);
    longest = Math.max(longest, words.length);
  }
  return { firstKeys, longest };
}

function wordText(node: Sentence['children'][number]): string | undefined {
  return node.type === 'WordNode' && 'value' in node ? (node as unknown as { value: string }).value : undefined;
}

/** The sentence narrowed to the slice the plugins can read (see the header); words must be flat (one value). */
export function sentenceWindow(sentence: Sentence, shape: PhraseShape): Sentence {
  const children = sentence.children;
  let first = -1;
  let last = -1;
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as Sentence['children'][number];
    if (node.type !== 'WordNode') continue;
    const text = wordText(node);
    if (text === undefined) return sentence; // not a flat word: keep everything to stay exact
    if (shape.firstKeys.has(wordKey(text))) {
      if (first === -1) first = i;
      last = i;
    }
  }
  if (first === -1) return { ...sentence, children: [] };
  let start = first - 1;
  while (start > 0 && children[start]?.type !== 'WordNode') start--;
  let end = last;
  for (let words = 0; end < children.length - 1 && words < shape.longest; ) {
    end++;
    if (children[end]?.type === 'WordNode') words++;
  }
  start = Math.max(0, start);
  if (start === 0 && end === children.length - 1) return sentence;
  return { ...sentence, children: children.slice(start, end + 1) };
}
