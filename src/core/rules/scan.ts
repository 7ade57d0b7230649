// Finds things in a part's text, with UTF-16 offsets: links, markdown link labels, hashtags, emoji, words.
export interface Match {
  text: string;
  offset: number;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/giu;
const TRAILING = /[.,;:!?)\]}'"…]+$/u;

/** Bare and markdown links; trailing sentence punctuation is not part of the link. */
export function findUrls(text: string): Match[] {
  const found: Match[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    // `[label](https://x)`: the closing parenthesis belongs to the markdown, unless the URL opened one.
    while (TRAILING.test(url)) {
      const trimmed = url.replace(TRAILING, '');
      const opens = (trimmed.match(/\(/g) ?? []).length;
      const closes = (trimmed.match(/\)/g) ?? []).length;
      const kept = url.endsWith(')') && opens > closes ? trimmed + ')' : trimmed;
      if (kept === url) break;
      url = kept;
    }
    found.push({ text: url, offset: match.index });
  }
  return found;
}

/** `[label](url)` links: the label and where it starts. */
export function findLinkLabels(text: string): Match[] {
  const found: Match[] = [];
  for (const match of text.matchAll(/(?<!!)\[([^\]\n]{1,200})\]\(([^)\s]+)\)/gu)) {
    found.push({ text: match[1] as string, offset: match.index + 1 });
  }
  return found;
}

/** Ranges of `text` covered by links, so hashtags and words inside URLs are not read as prose. */
function urlRanges(text: string): [number, number][] {
  return findUrls(text).map((url) => [url.offset, url.offset + url.text.length]);
}

function inRanges(offset: number, ranges: [number, number][]): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** `#Tag` occurrences (the offset is the `#`), outside links. */
export function findHashtags(text: string): Match[] {
  if (!text.includes('#')) return [];
  const ranges = urlRanges(text);
  const found: Match[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu)) {
    if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
  }
  return found;
}

const EMOJI = /\p{RGI_Emoji}/gv;
const MAYBE_EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;

/** Emoji (whole RGI sequences: a family or a flag is one), outside links. */
export function findEmoji(text: string): Match[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const found: Match[] = [];
  for (const match of text.matchAll(EMOJI)) found.push({ text: match[0], offset: match.index });
  return found;
}

/** Words (letters, marks, digits, inner apostrophes and hyphens) outside links. */
export function findWords(text: string): Match[] {
  const ranges = urlRanges(text);
  const found: Match[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu)) {
    if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
  }
  return found;
}

/** Case-insensitive whole-word occurrences of `terms` (single words or phrases), outside links. */
export function findTerms(text: string, terms: readonly string[], allowSuffix = false): Match[] {
  if (terms.length === 0) return [];
  const pattern = termPattern(terms, allowSuffix);
  const ranges = urlRanges(text);
  const found: Match[] = [];
  for (const match of text.matchAll(pattern)) {
    if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
  }
  return found;
}

const termPatterns = new Map<string, RegExp>();

function termPattern(terms: readonly string[], allowSuffix: boolean): RegExp {
  const key = JSON.stringify([terms, allowSuffix]);
  let pattern = termPatterns.get(key);
  if (!pattern) {
    const escaped = terms.map((term) => term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
    const end = allowSuffix ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}_])';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})${end}`, 'giu');
    if (termPatterns.size > 64) termPatterns.clear();
    termPatterns.set(key, pattern);
  }
  return pattern;
}
