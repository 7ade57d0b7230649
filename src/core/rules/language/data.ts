// The phrase lists retext-equality and retext-profanities search for, read from the installed packages' own
// data so the prefilter (./triggers.ts) can never disagree with the plugins.
import { cuss } from 'cuss';
import pluralize from 'pluralize';
// retext-equality does not export its pattern list; it is imported by file from the installed package.
// tests/core/rules/language/data.test.ts proves this is the very file the plugin uses.
import { patterns } from '../../../../node_modules/retext-equality/lib/patterns-en.js';

export type PluginKind = 'equality' | 'profanity';

/** A set of phrases that must be searched together (retext-equality's "or" patterns pair phrases). */
export interface PhraseGroup {
  kind: PluginKind;
  id: string;
  phrases: string[];
  /** Highest profanity rating among the phrases (0 for equality). */
  rating: number;
}

function equalityGroups(): PhraseGroup[] {
  return patterns.map((pattern) => ({ kind: 'equality', id: pattern.id, phrases: Object.keys(pattern.inconsiderate), rating: 0 }));
}

// retext-profanities searches each cuss entry and (for English) its singular and plural (pluralize). Keeping
// every form, including the few the plugin skips, only makes the prefilter run retext a little more often.
function profanityGroups(): PhraseGroup[] {
  const rating = new Map<string, number>();
  const add = (phrase: string, value: number) => rating.set(phrase, Math.max(value, rating.get(phrase) ?? 0));
  for (const [phrase, value] of Object.entries(cuss)) {
    add(phrase, value);
    add(pluralize.singular(phrase), value);
    add(pluralize.plural(phrase), value);
  }
  return [...rating].map(([phrase, value]) => ({ kind: 'profanity', id: phrase, phrases: [phrase], rating: value }));
}

export const EQUALITY_GROUPS: readonly PhraseGroup[] = equalityGroups();
export const PROFANITY_GROUPS: readonly PhraseGroup[] = profanityGroups();

export const ALL_PHRASES: Record<PluginKind, ReadonlySet<string>> = {
  equality: new Set(EQUALITY_GROUPS.flatMap((group) => group.phrases)),
  profanity: new Set(PROFANITY_GROUPS.flatMap((group) => group.phrases)),
};
