// Finds configured terms (event names, calls to action, sensitive topics, sponsors) in a part's text, with
// UTF-16 offsets, outside links.
import { inRanges, urlRanges, type Match } from './scan.ts';

/** Case-insensitive whole-word occurrences of `terms` (single words or phrases), outside links. */
export function findTerms(text: string, terms: readonly string[], allowSuffix = false): Match[] {
  if (terms.length === 0) return [];
  const { pattern, sticky, firstWords } = termPattern(terms, allowSuffix);
  const lower = firstWords && !text.includes('\u017F') ? lowerCased(text) : undefined;
  // Lower-casing kept every index in place (no character became two), so starts found there are starts here.
  const starts = lower !== undefined && lower.length === text.length ? firstWordStarts(lower, firstWords as RegExp) : undefined;
  if (starts?.length === 0) return [];
  const ranges = urlRanges(text);
  const found: Match[] = [];
  if (!starts) {
    for (const match of text.matchAll(pattern)) {
      if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
    }
    return found;
  }
  // The global search would try each position left to right and go on after each match; only these can match.
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text)?.[0];
    if (match === undefined) continue;
    if (!inRanges(start, ranges)) found.push({ text: match, offset: start });
    from = start + match.length;
  }
  return found;
}

/** Every index where a first word starts in `lower`, ascending: every position the candidate pattern accepts. */
function firstWordStarts(lower: string, candidates: RegExp): number[] {
  const starts: number[] = [];
  candidates.lastIndex = 0;
  for (let match = candidates.exec(lower); match; match = candidates.exec(lower)) {
    starts.push(match.index);
    candidates.lastIndex = match.index + 1; // the match is empty: every start is seen, overlapping ones too
  }
  return starts;
}

// A match starts with its term's first word, case-insensitively. With ASCII first words, the text's
// lower case holds that word wherever the pattern matches: the one character Unicode case folding maps to
// an ASCII letter without toLowerCase doing so is U+017F (long s, folds to s), which sends the text to the
// global search. Otherwise the pattern is tried only where a first word starts (none: nothing to find),
// instead of at every position.
const ASCII_WORD = /^[\x21-\x7e]+$/;

let lastText: string | undefined;
let lastLower = '';
function lowerCased(text: string): string {
  if (text !== lastText) [lastText, lastLower] = [text, text.toLowerCase()];
  return lastLower;
}

/**
 * Where a match of the terms can start in the lower-cased text: a first word, not right after an ASCII letter,
 * digit or `_` (the terms' lookbehind refuses those, and more). The pattern only looks, so it reports every
 * start, overlapping ones included.
 */
function candidatePattern(firstWords: string[]): RegExp {
  const escaped = firstWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![a-z0-9_])(?=${escaped.join('|')})`, 'g');
}

interface TermPattern {
  pattern: RegExp;
  /** The same pattern, matching only where lastIndex says. */
  sticky: RegExp;
  /** Where the terms' lower-cased first words start, or undefined when one is not ASCII (no prefilter then). */
  firstWords: RegExp | undefined;
}

const termPatterns = new Map<string, TermPattern>();
// Rules pass the same option arrays for every post: an array seen before with the same terms skips the key.
const byArray = [new WeakMap<readonly string[], Known>(), new WeakMap<readonly string[], Known>()] as const;
interface Known {
  terms: string[];
  compiled: TermPattern;
}

function termPattern(terms: readonly string[], allowSuffix: boolean): TermPattern {
  const seen = byArray[allowSuffix ? 1 : 0];
  const known = seen.get(terms);
  if (known && known.terms.length === terms.length && known.terms.every((term, i) => term === terms[i])) return known.compiled;
  const key = JSON.stringify([terms, allowSuffix]);
  let compiled = termPatterns.get(key);
  if (!compiled) {
    const escaped = terms.map((term) => term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const end = allowSuffix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}_])';
    const firstWords = terms.map((term) => term.trim().split(/\s+/)[0] ?? '');
    const source = `(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})${end}`;
    compiled = {
      pattern: new RegExp(source, 'giu'),
      sticky: new RegExp(source, 'iuy'),
      firstWords: firstWords.every((word) => ASCII_WORD.test(word)) ? candidatePattern(firstWords.map((word) => word.toLowerCase())) : undefined,
    };
    if (termPatterns.size > 64) termPatterns.clear();
    termPatterns.set(key, compiled);
  }
  seen.set(terms, { terms: [...terms], compiled });
  return compiled;
}
