// retext-equality and retext-profanities, run through retext on a text. Each plugin searches its whole phrase
// list (thousands) on every paragraph, about 4 ms a text: `herald check` on 1,000 posts took over 10 s, five
// times its 2 s target (bench/check.ts). So each plugin is given, through its `ignore` option, only the phrases
// whose first word the text holds, and a text holding none is not run at all. The phrase lists are the
// plugins' own, read through that same option: attaching a plugin asks `ignore.includes(phrase)` of each phrase
// it searches. Should a release stop asking, nothing is listed and every text gets the whole search.
import { retext } from 'retext';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import { VFile } from 'vfile';

type PluginKind = 'equality' | 'profanity';

export interface LanguageOptions {
  kind: PluginKind;
  /** Phrases not to report (words.inclusiveIgnore). */
  ignore: readonly string[];
  /** retext-equality: allow "he or she" and similar pairs. */
  binary?: boolean;
  /** retext-profanities: report only words rated at least this (0 maybe, 1 likely, 2 surely profane). */
  sureness?: number;
}

export interface LanguageMessage {
  source: string;
  ruleId: string;
  reason: string;
  actual: string;
  expected: string[];
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

/** An `ignore` list the plugins read with includes(), answered from a set (an array search per phrase is quadratic). */
function ignoring(test: (phrase: string) => boolean): string[] {
  return Object.assign([] as string[], { includes: test });
}

function processor(options: LanguageOptions, ignore: string[]) {
  if (options.kind === 'equality') return retext().use(retextEquality, { ignore, binary: options.binary ?? false });
  const sureness = Math.min(2, Math.max(0, options.sureness ?? 0)) as 0 | 1 | 2;
  return retext().use(retextProfanities, { ignore, sureness });
}

// nlcst-search compares words lower-cased without dashes and apostrophes; the prefilter compares them by their
// letters and digits only, so it can only find more words equal than the plugin does, never fewer.
const LETTERS = /[\p{L}\p{M}\p{N}]+/gu;
const wordKey = (word: string): string => (word.toLowerCase().match(LETTERS) ?? []).join('');

interface PhraseIndex {
  byKey: Map<string, string[]>;
  /** Length of the longest key. */
  longest: number;
}

/** The plugin's phrases by the key of their first word. */
function phrasesByFirstWord(kind: PluginKind): PhraseIndex {
  const byKey = new Map<string, string[]>();
  let longest = 1;
  processor(
    { kind, ignore: [] },
    ignoring((phrase) => {
      const first = phrase.split(' ')[0] ?? '';
      const key = first === '*' ? '*' : wordKey(first) || '*'; // '*' (any word, or one without letters): always kept
      byKey.set(key, [...(byKey.get(key) ?? []), phrase]);
      longest = Math.max(longest, key.length);
      return true; // the probe itself searches nothing
    }),
  ).freeze();
  return { byKey, longest };
}

const PHRASES: Record<PluginKind, PhraseIndex> = { equality: phrasesByFirstWord('equality'), profanity: phrasesByFirstWord('profanity') };

/** Every phrase the plugin searches. */
export function pluginPhrases(kind: PluginKind): string[] {
  return [...PHRASES[kind].byKey.values()].flat();
}

/**
 * The phrases `text` may hold: those whose first word could be one of its words, and those starting with a
 * wildcard. A word never spans white space, so each of its keys is the letters of some run of letter groups in
 * one space-separated token: each group is tried, and in tokens with punctuation between letters (he'd, a.d.d.,
 * gator-baits) every run of groups up to the longest key.
 */
export function candidatePhrases(text: string, kind: PluginKind): Set<string> {
  const { byKey, longest } = PHRASES[kind];
  const found = new Set<string>(byKey.get('*'));
  const add = (key: string) => {
    for (const phrase of byKey.get(key) ?? []) found.add(phrase);
  };
  for (const token of text.toLowerCase().split(/\s+/)) {
    const groups = token.match(LETTERS) ?? [];
    for (const group of groups) add(group);
    if (groups.length < 2) continue;
    for (let from = 0; from < groups.length; from++) {
      let key = groups[from] as string;
      for (let to = from + 1; to < groups.length && key.length < longest; to++) add((key += groups[to]));
    }
  }
  return found;
}

export function checkText(text: string, options: LanguageOptions): LanguageMessage[] {
  let ignore = [...options.ignore];
  if (PHRASES[options.kind].byKey.size > 0) {
    const wanted = candidatePhrases(text, options.kind);
    for (const phrase of options.ignore) wanted.delete(phrase);
    if (wanted.size === 0) return [];
    ignore = ignoring((phrase) => !wanted.has(phrase));
  }
  const run = processor(options, ignore);
  const file = new VFile(text);
  run.runSync(run.parse(file), file);
  return file.messages
    .map((message) => ({
      source: message.source ?? options.kind,
      ruleId: message.ruleId ?? '',
      reason: message.reason,
      actual: (message as { actual?: string }).actual ?? '',
      expected: (message as { expected?: string[] }).expected ?? [],
      start: message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0,
      end: message.place && 'end' in message.place ? (message.place.end.offset ?? 0) : 0,
    }))
    .sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}
