// An exact prefilter for retext-equality and retext-profanities. Both only report a phrase from their data
// when every word of it is a word of the text (nlcst-search compares words after lower-casing and dropping
// hyphens and apostrophes). A word of the text is a run of letters and digits, possibly joined to the next
// run by punctuation ("a.d.d.", "he'd"); so its "key" (lower-cased, letters and digits only) is always a
// concatenation of consecutive letter/digit runs inside one whitespace-free stretch. If no phrase has all of
// its words' keys among those concatenations, neither plugin can report anything and retext need not run.
// tests/core/rules/language/triggers.test.ts checks this against retext on thousands of seeded texts.
import { EQUALITY_GROUPS, PROFANITY_GROUPS, type PhraseGroup } from './data.ts';

/** Lower-cased letters and digits of a phrase word; '' for the '*' wildcard (matches any word). */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[^a-z0-9]/g, '');
}

interface IndexedPhrase {
  group: PhraseGroup;
  /** Keys of the words after the first; wildcards left out. */
  rest: string[];
}

const byFirstKey: Record<PhraseGroup['kind'], Map<string, IndexedPhrase[]>> = { equality: new Map(), profanity: new Map() };

// Every phrase word's key in a trie over a-z0-9, walked character by character over the text: a
// concatenation of runs that leaves the trie grows into no key, and nothing is sliced or hashed on the way.
const SYMBOLS = 36;
let next = new Int32Array(SYMBOLS * 1024); // node * SYMBOLS + symbol → child node, 0 for none (0 is the root)
let nodes = 1;
const keyAt: (string | undefined)[] = [];

function symbolOf(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return -1;
}

function addKey(key: string): void {
  let node = 0;
  for (let i = 0; i < key.length; i++) {
    const slot = node * SYMBOLS + symbolOf(key.charCodeAt(i));
    if (next[slot] === 0) {
      if (nodes * SYMBOLS >= next.length) {
        const grown = new Int32Array(next.length * 2);
        grown.set(next);
        next = grown;
      }
      next[slot] = nodes++;
    }
    node = next[slot] as number;
  }
  keyAt[node] = key;
}

for (const group of [...EQUALITY_GROUPS, ...PROFANITY_GROUPS]) {
  for (const phrase of group.phrases) {
    const [first = '', ...rest] = phrase.split(' ').map(wordKey);
    // Every first word in the data has letters or digits (asserted in the test); a keyless first word could
    // only match a word without letters or digits, which this prefilter does not collect.
    if (first === '') throw new Error(`language data: phrase '${phrase}' starts without letters or digits`);
    const entry = { group, rest: rest.filter((key) => key !== '') };
    const index = byFirstKey[group.kind];
    index.set(first, [...(index.get(first) ?? []), entry]);
    for (const key of [first, ...entry.rest]) addKey(key);
  }
}

/**
 * Calls `found` with every phrase-word key that is a concatenation of consecutive letter/digit runs of
 * lower[start, end) (a whitespace-free stretch of lower-cased text).
 */
export function forEachKeyIn(lower: string, start: number, end: number, found: (key: string) => void): void {
  let from = start;
  while (from < end) {
    // The next run start begins a walk; the walk crosses the punctuation between runs without moving.
    while (from < end && symbolOf(lower.charCodeAt(from)) === -1) from++;
    if (from === end) return;
    let node = 0;
    let runEnd = -1; // where the first run of this walk ends: the next walk starts after it
    let inRun = true;
    for (let i = from; i <= end; i++) {
      const symbol = i < end ? symbolOf(lower.charCodeAt(i)) : -1;
      if (symbol === -1) {
        if (inRun) {
          // A run ends here: its concatenation so far may be a key.
          if (runEnd === -1) runEnd = i;
          const key = keyAt[node];
          if (key !== undefined) found(key);
          inRun = false;
        }
        continue;
      }
      inRun = true;
      node = next[node * SYMBOLS + symbol] as number;
      if (node === 0) break;
    }
    if (runEnd === -1) {
      // The walk left the trie inside its first run: the next run starts after this one.
      runEnd = from;
      while (runEnd < end && symbolOf(lower.charCodeAt(runEnd)) !== -1) runEnd++;
    }
    from = runEnd;
  }
}

// parse-latin's white space (its `whiteSpace` expression): the only characters that never sit inside a word.
export function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0x85 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/**
 * Every key a word of `text` can have (see the header) that is the key of some phrase word: concatenations
 * stop growing as soon as they are no prefix of one.
 */
export function candidateKeys(text: string): Set<string> {
  const lower = text.toLowerCase();
  const keys = new Set<string>();
  const add = (key: string) => keys.add(key);
  let stretchStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const space = i === lower.length || isSpace(lower.charCodeAt(i));
    if (!space) {
      if (stretchStart === -1) stretchStart = i;
    } else if (stretchStart !== -1) {
      forEachKeyIn(lower, stretchStart, i, add);
      stretchStart = -1;
    }
  }
  return keys;
}

// inclusive-language and profanity ask about the same texts (every part of a post, one rule after the other):
// the last texts' keys are kept (only read, so sharing them is safe).
const recentKeys = new Map<string, Set<string>>();

function keysOf(text: string): Set<string> {
  let keys = recentKeys.get(text);
  if (!keys) {
    keys = candidateKeys(text);
    if (recentKeys.size >= 32) recentKeys.clear();
    recentKeys.set(text, keys);
  }
  return keys;
}

/** The phrase groups of `kind` that could report something on `text`. */
export function triggeredGroups(text: string, kind: PhraseGroup['kind']): PhraseGroup[] {
  const keys = keysOf(text);
  const index = byFirstKey[kind];
  const groups = new Set<PhraseGroup>();
  for (const key of keys) {
    const entries = index.get(key);
    if (!entries) continue;
    for (const { group, rest } of entries) {
      if (rest.every((word) => keys.has(word))) groups.add(group);
    }
  }
  return [...groups];
}
