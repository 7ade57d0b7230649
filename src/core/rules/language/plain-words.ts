// retext-equality without retext, for the common case: every phrase the prefilter left is one word of ASCII
// letters from a pattern that warns on every match, and every place in the text that could hold it is a
// plain word. The plugin's verdict on such a word depends only on (see create-plugin.js, nlcst-search,
// nlcst-is-literal):
// - its text: a whitespace-delimited stretch of ASCII letters, optionally ending in one of , ! ? is one word
//   node with those letters. A final "." stays apart from the word only while it ends its sentence
//   (parse-latin's merge-remaining-full-stops); it does when nothing follows, or the next sentence opens
//   with a capital, a digit or a hashtag (no sentence merge starts there) and the word is no abbreviation;
// - whether it is "literal": wrapped in an opening/closing pair, or first (last) in its sentence with a
//   dash, colon or semicolon after (before) it. When the nearest non-space character before the word is
//   neither an opener nor one of those delimiters, and the one after is not one of those delimiters,
//   it is not literal whatever the sentence boundaries (a boundary only removes neighbours).
// Anything else, a stretch that holds the phrase's letters among other characters ("fellow-ship",
// "(chairman)"), a delimiter next to the word, a phrase of several words or an "or" pair that binary mode
// reads as a pair, answers undefined and the caller runs the plugin.
// tests/core/rules/language/plain-words.test.ts proves it against the plugin for every eligible phrase.
import { patterns } from '../../../../node_modules/retext-equality/lib/patterns-en.js';
import type { LanguageMessage } from './check-text.ts';
import { forEachKeyIn, isSpace } from './triggers.ts';

type Pattern = (typeof patterns)[number];

// The plugin maps phrase → pattern id, a later pattern taking a phrase over (Map#set in pattern order).
const PATTERN_OF = new Map<string, Pattern>();
for (const pattern of patterns) for (const phrase of Object.keys(pattern.inconsiderate)) PATTERN_OF.set(phrase, pattern);

const LETTERS = /^[A-Za-z]+$/;
const SINGLE = new Set(['-', '–', '—', ':', ';']);
const OPENERS = new Set([',', '-', '–', '—', '"', "'", '‘', '‚', '’', '“', '”', '„', '«', '»', '‹', '›', '(', '[', '{', '⟨', '「']);
const TRAILING = new Set(['.', ',', '!', '?']);

/** Whether a phrase can take the plain path: one word of ASCII letters, every match warned. */
function eligible(phrase: string, binary: boolean): boolean {
  const pattern = PATTERN_OF.get(phrase);
  return pattern !== undefined && LETTERS.test(phrase) && (pattern.type === 'basic' || !binary);
}

interface Stretch {
  start: number;
  end: number;
}

function stretches(text: string): Stretch[] {
  const found: Stretch[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const space = i === text.length || isSpace(text.charCodeAt(i));
    if (!space && start === -1) start = i;
    else if (space && start !== -1) {
      found.push({ start, end: i });
      start = -1;
    }
  }
  return found;
}

function asciiLettersEnd(text: string, start: number, end: number): number {
  let i = start;
  for (; i < end; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) break;
  }
  return i;
}

function warning(actual: string, pattern: Pattern, start: number): LanguageMessage {
  let expected: string[] | undefined;
  if (pattern.considerate) {
    expected = Object.keys(pattern.considerate);
    if (actual.charAt(0).toUpperCase() === actual.charAt(0)) expected = expected.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  }
  const reason =
    'Unexpected potentially insensitive use of `' + actual + '`' + (pattern.condition ? ', ' + pattern.condition : '') + ', ' +
    (expected ? 'in somes cases ' + expected.map((word) => '`' + word + '`').join(', ') + ' may be better' : 'try not to use it');
  return { source: 'retext-equality', ruleId: pattern.id, reason, actual, expected: expected ?? [], start, end: start + actual.length };
}

/** retext-equality's messages for `phrases` on `text`, or undefined when the plain path cannot answer exactly. */
export function plainWordMessages(text: string, phrases: readonly string[], binary: boolean): LanguageMessage[] | undefined {
  if (!phrases.every((phrase) => eligible(phrase, binary))) return undefined;
  const byKey = new Map<string, string[]>();
  for (const phrase of phrases) {
    const key = phrase.toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), phrase]);
  }
  const keys = new Set(byKey.keys());
  const messages: LanguageMessage[] = [];
  let lower: string | undefined;
  for (const { start, end } of stretches(text)) {
    const letters = asciiLettersEnd(text, start, end);
    const trailing = letters === end - 1 && TRAILING.has(text.charAt(letters)) ? 1 : 0;
    if (letters + trailing !== end) {
      // Not a plain word: it must not hold a phrase in any way parse-latin could make a word of.
      lower ??= text.toLowerCase();
      if (lower.length !== text.length) return undefined; // lower-casing moved characters: no stretch lines up
      let holds = false;
      forEachKeyIn(lower, start, end, (key) => (holds ||= keys.has(key)));
      if (holds) return undefined;
      continue;
    }
    const word = text.slice(start, letters);
    const phrasesOfWord = byKey.get(word.toLowerCase());
    if (!phrasesOfWord) continue;
    if (trailing && text.charAt(letters) === '.' && !endsSentence(text, end, word)) return undefined;
    const before = previousVisible(text, start);
    const after = trailing ? text.charAt(letters) : nextVisible(text, end);
    if (OPENERS.has(before) || SINGLE.has(before) || SINGLE.has(after)) return undefined;
    for (const phrase of phrasesOfWord) {
      if (phrase !== phrase.toLowerCase() && word !== phrase) continue;
      messages.push(warning(word, PATTERN_OF.get(phrase) as Pattern, start));
    }
  }
  return messages;
}

// parse-latin's abbreviationPrefix: such a word and its full stop never end a sentence.
const ABBREVIATION = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

function endsSentence(text: string, from: number, word: string): boolean {
  if (ABBREVIATION.test(word.toLowerCase())) return false;
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === text.length) return true;
  return /^(?:[A-Z0-9]|#[A-Za-z0-9])/.test(text.slice(i, i + 2));
}

function previousVisible(text: string, from: number): string {
  let i = from - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 ? text.charAt(i) : '';
}

function nextVisible(text: string, from: number): string {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i < text.length ? text.charAt(i) : '';
}
