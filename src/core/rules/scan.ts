// Finds things in a part's text, with UTF-16 offsets: links, markdown link labels, hashtags, emoji, words
// (terms: ./terms.ts).
import { insidePair } from '../count/graphemes.ts';

export interface Match {
  text: string;
  offset: number;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/giu;
const TRAILING = /[.,;:!?)\]}'"…]+$/u;

// Several rules scan the same text for the same things (emoji-count and emoji-repeat, hashtag-count and
// hashtag-case, link-shortener and tracking-parameters): the last texts' results are kept, frozen because
// they are shared.
const MEMO_SIZE = 32;
const memos = { urls: new Map<string, readonly Match[]>(), hashtags: new Map<string, readonly Match[]>(), emoji: new Map<string, readonly Match[]>() };

function remembered(memo: Map<string, readonly Match[]>, text: string, find: (text: string) => Match[]): readonly Match[] {
  let found = memo.get(text);
  if (!found) {
    found = Object.freeze(find(text).map((match) => Object.freeze(match)));
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(text, found);
  }
  return found;
}

/** Bare and markdown links; trailing sentence punctuation is not part of the link. */
export function findUrls(text: string): readonly Match[] {
  return remembered(memos.urls, text, scanUrls);
}

const URL_AT = new RegExp(URL_PATTERN.source, 'iuy');

// Every link holds "://" right after http or https (or httpſ: ſ folds to s), so the pattern is tried only
// 5 or 4 characters before each "://", earlier first, as the global search would reach them.
function urlMatches(text: string): { 0: string; index: number }[] {
  const matches: { 0: string; index: number }[] = [];
  let from = 0;
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    for (const start of [at - 5, at - 4]) {
      if (start < from) continue;
      URL_AT.lastIndex = start;
      const url = URL_AT.exec(text)?.[0];
      if (url === undefined) continue;
      matches.push({ 0: url, index: start });
      from = start + url.length;
      break;
    }
  }
  return matches;
}

function scanUrls(text: string): Match[] {
  const found: Match[] = [];
  for (const match of urlMatches(text)) {
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
  if (!text.includes('](')) return [];
  const found: Match[] = [];
  for (const match of text.matchAll(/(?<!!)\[([^\]\n]{1,200})\]\(([^)\s]+)\)/gu)) {
    found.push({ text: match[1] as string, offset: match.index + 1 });
  }
  return found;
}

// Several rules read the same texts: keep the last texts' link ranges.
const rangeCache = new Map<string, [number, number][]>();

/** Ranges of `text` covered by links, so hashtags and words inside URLs are not read as prose. */
export function urlRanges(text: string): [number, number][] {
  let ranges = rangeCache.get(text);
  if (!ranges) {
    ranges = text.includes('://') ? findUrls(text).map((url): [number, number] => [url.offset, url.offset + url.text.length]) : [];
    if (rangeCache.size >= 32) rangeCache.clear();
    rangeCache.set(text, ranges);
  }
  return ranges;
}

export function inRanges(offset: number, ranges: [number, number][]): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** `#Tag` occurrences (the offset is the `#`), outside links. */
export function findHashtags(text: string): readonly Match[] {
  if (!text.includes('#')) return [];
  return remembered(memos.hashtags, text, scanHashtags);
}

// A tag is `#` and letters, marks, digits or `_` with at least one letter, not right after a letter, digit,
// `_`, `&`, `/` or `#`. Each `#` is looked at directly: a global search with that lookbehind tries every
// position of the text.
const TAG_AT = /#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/uy;
const NOT_AFTER = /[\p{L}\p{N}_&/#]/u;

function scanHashtags(text: string): Match[] {
  const ranges = urlRanges(text);
  const found: Match[] = [];
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    if (at > 0 && NOT_AFTER.test(codePointBefore(text, at))) continue;
    TAG_AT.lastIndex = at;
    const tag = TAG_AT.exec(text)?.[0];
    if (tag !== undefined && !inRanges(at, ranges)) found.push({ text: tag, offset: at });
  }
  return found;
}

/** The code point that ends just before `index` (a surrogate pair whole, a lone surrogate alone). */
function codePointBefore(text: string, index: number): string {
  return insidePair(text, index - 1) ? text.slice(index - 2, index) : text.charAt(index - 1);
}

// One emoji as people see it: a flag (two regional indicators), a keycap, or a pictograph in emoji
// presentation with its skin tone, variation selector, tags and ZWJ-joined followers. (\p{RGI_Emoji} says the
// same but V8 runs it an order of magnitude slower.)
const PICTO = String.raw`(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\u{1F3FB}-\u{1F3FF}]?\uFE0F?[\u{E0020}-\u{E007F}]*`;
const EMOJI = new RegExp(String.raw`\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|${PICTO}(?:\u200D${PICTO})*`, 'gu');
const MAYBE_EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Presentation}\p{Regional_Indicator}\u20E3]/u;

/** Emoji (whole RGI sequences: a family or a flag is one), outside links. */
export function findEmoji(text: string): readonly Match[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  return remembered(memos.emoji, text, scanEmoji);
}

const EMOJI_AT = new RegExp(EMOJI.source, 'uy');

// An emoji starts with a character from U+00A9 up (pictographs, regional indicators) or with a keycap's
// # * 0-9 right before U+20E3 (a U+FE0F between): the pattern is tried at those code points only, as the
// global search would reach them, going on after each match.
function scanEmoji(text: string): Match[] {
  const found: Match[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xa9 && !isKeycapStart(text, i, code)) continue;
    if (insidePair(text, i)) continue;
    EMOJI_AT.lastIndex = i;
    const emoji = EMOJI_AT.exec(text)?.[0];
    if (emoji === undefined) continue;
    found.push({ text: emoji, offset: i });
    i += emoji.length - 1;
  }
  return found;
}

function isKeycapStart(text: string, i: number, code: number): boolean {
  if (code !== 0x23 && code !== 0x2a && (code < 0x30 || code > 0x39)) return false;
  const next = text.charCodeAt(i + 1);
  return next === 0x20e3 || (next === 0xfe0f && text.charCodeAt(i + 2) === 0x20e3);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/** Words (letters, marks, digits, inner apostrophes and hyphens) outside links. */
export function findWords(text: string): Match[] {
  const ranges = urlRanges(text);
  const found: Match[] = [];
  for (const match of text.matchAll(WORD)) {
    if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
  }
  return found;
}

const WORD_FROM = new RegExp(WORD); // its own lastIndex, set per stretch

/**
 * The words of findWords in the stretches between ASCII white space that lower-casing changes: every word
 * with a letter lower-casing changes is among them. A word never holds white space and the pattern looks
 * behind nothing, so searching from a stretch's start finds that stretch's words as the whole search does.
 */
export function findCasedWords(text: string): Match[] {
  const ranges = urlRanges(text);
  const found: Match[] = [];
  const word = WORD_FROM;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (code !== 0x20 && (code < 0x09 || code > 0x0d)) continue;
    if (i > start && lowerCasingChanges(text, start, i)) {
      word.lastIndex = start;
      for (let match = word.exec(text); match && match.index < i; match = word.exec(text)) {
        if (!inRanges(match.index, ranges)) found.push({ text: match[0], offset: match.index });
      }
    }
    start = i + 1;
  }
  return found;
}

function lowerCasingChanges(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return true;
    if (code >= 0x80) {
      const stretch = text.slice(start, end);
      return stretch.toLowerCase() !== stretch;
    }
  }
  return false;
}
