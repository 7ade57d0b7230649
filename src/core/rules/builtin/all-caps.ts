// No words in ALL CAPS, except acronyms.
import { integer } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { findWords } from '../scan.ts';
import type { Draft, Rule } from '../types.ts';

/** Acronyms every group uses; words.acronyms in the config adds the group's own. */
const BUILT_IN_ACRONYMS = (
  'AI API APIs ASAP BSD CD CFP CFPs CI CLI CMS CoC CPU CSS CSV CVE DEI DM DNS DSF EU FAQ FOSS GDPR GPL GPU HTML HTTP HTTPS ' +
  'IDE IoT IP JSON JWT LTS MIT ML NASA NLP OK ORM OS OSS PDF PEP PR PRs PSF Q&A QA REST RFC RSS RSVP SaaS SDK SQL SSH SVG ' +
  'TBA TBD TLS TV UI UK UN URL URLs US USA UTC UX VS WG XML YAML'
).split(' ');

const HAS_CAPITALS = /\p{Lu}[\p{Lu}\p{N}'’-]*\p{Lu}/u;
const LOWER = /\p{Ll}/u;
function allowedFor(acronyms: string[]): Set<string> {
  return new Set([...BUILT_IN_ACRONYMS, ...acronyms].map((word) => word.toUpperCase()));
}

export const allCaps: Rule<{ minLength: number }> = {
  id: 'all-caps',
  description: 'No words in ALL CAPS of `min_length` letters or more, except acronyms (built-in list plus words.acronyms).',
  rationale: 'Screen readers spell out or shout capitalised words, and capitals read as shouting to everyone.',
  defaultSeverity: 'warn',
  options: { minLength: integer('Shortest all-capital word to report.', 3, 2) },
  check({ post, config, options }) {
    const findings: Draft[] = [];
    const allowed = allowedFor(config.words.acronyms);
    for (const source of textSources(post)) {
      if (!HAS_CAPITALS.test(source.text)) continue;
      for (const word of findWords(source.text)) {
        if (word.text.length < options.minLength || LOWER.test(word.text)) continue;
        const letters = word.text.replace(/[^\p{L}]/gu, '');
        if (letters.length < options.minLength || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) continue;
        const bare = word.text.replace(/['’]s$/u, '').replace(/s$/u, '');
        if (allowed.has(word.text.toUpperCase()) || allowed.has(bare.toUpperCase())) continue;
        findings.push(
          draftAt(source, word.offset, word.text.length, `'${word.text}' is in capitals`, {
            hint: `Write it in lower case, or add '${word.text}' to words.acronyms in the config if it is an acronym.`,
          }),
        );
      }
    }
    return { findings };
  },
};
