// Finds things in a part's text, with UTF-16 offsets: links, markdown link labels, hashtags, emoji, words
// (terms: ./terms.ts).

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
export function urlRanges(text: string): [number, number][] {
  return findUrls(text).map((url): [number, number] => [url.offset, url.offset + url.text.length]);
}

export function inRanges(offset: number, ranges: [number, number][]): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** Matches of a global pattern outside links. */
function outsideLinks(text: string, pattern: RegExp): Match[] {
  const ranges = urlRanges(text);
  const found: Match[] = [];
  for (const match of text.matchAll(pattern)) {
    if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
  }
  return found;
}

// A tag is `#` and letters, marks, digits or `_` with at least one letter, not right after a letter, digit,
// `_`, `&`, `/` or `#`.
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/gu;

/** `#Tag` occurrences (the offset is the `#`), outside links. */
export function findHashtags(text: string): Match[] {
  return outsideLinks(text, HASHTAG);
}

// One emoji as people see it: a flag (two regional indicators), a keycap, or a pictograph in emoji
// presentation with its skin tone, variation selector, tags and ZWJ-joined followers. (\p{RGI_Emoji} says the
// same but V8 runs it an order of magnitude slower.)
const PICTO = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\u{1F3FB}-\u{1F3FF}]?\uFE0F?[\u{E0020}-\u{E007F}]*`;
const EMOJI = new RegExp(String.raw`\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|${PICTO}(?:\u200D${PICTO})*`, 'gu');

/** Emoji (whole RGI sequences: a family or a flag is one). */
export function findEmoji(text: string): Match[] {
  return [...text.matchAll(EMOJI)].map((match) => ({ text: match[0], offset: match.index }));
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words (letters, marks, digits, inner apostrophes and hyphens) outside links. */
export function findWords(text: string): Match[] {
  return outsideLinks(text, WORD);
}
