// Configured terms (event names, calls to action, sensitive topics, sponsors) in a part's text, with UTF-16
// offsets, outside links; and texts reduced to their words for comparing.
import { inRanges, urlRanges, type Match } from './scan.ts';

/** Case-insensitive whole-word occurrences of `terms` (single words or phrases), outside links. */
export function findTerms(text: string, terms: readonly string[], allowSuffix = false): Match[] {
  if (terms.length === 0) return [];
  const escaped = terms.map((term) =>
    term
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  const end = allowSuffix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}_])';
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})${end}`, 'giu');
  const ranges = urlRanges(text);
  const found: Match[] = [];
  for (const match of text.matchAll(pattern)) {
    if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
  }
  return found;
}

/** The text lower-cased, each run of characters other than letters and digits one `separator`, none at the ends. */
export function wordsKey(text: string, separator: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(separator);
}
