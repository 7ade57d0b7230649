// Inclusive language, by retext-equality.
import { boolean } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { checkText } from '../language/check-text.ts';
import type { Draft, Rule } from '../types.ts';

export const inclusiveLanguage: Rule<{ binary: boolean }> = {
  id: 'inclusive-language',
  description:
    'Flags wording that can leave out or hurt readers, found by retext-equality, with its suggestions in Herald’s words; words.inclusive_ignore lists accepted phrases.',
  rationale: "The communities' codes of conduct ask for welcoming language; the suggestions are cheap to take.",
  defaultSeverity: 'warn',
  options: { binary: boolean('Accept "he or she" and similar pairs.', false) },
  check({ post, config, options }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      for (const message of checkText(source.text, { kind: 'equality', ignore: config.words.inclusiveIgnore, binary: options.binary })) {
        findings.push(
          draftAt(source, message.start, message.end - message.start, inclusiveMessage(message.actual), {
            hint: inclusiveHint(message.actual, message.expected),
          }),
        );
      }
    }
    return { findings };
  },
};

const quoted = (words: string[]): string => {
  const q = words.map((w) => `“${w}”`);
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}` : (q[0] ?? '');
};

/** Herald's wording over retext-equality's: what was found (its own text is not shown). */
export function inclusiveMessage(actual: string): string {
  return `“${actual}” can leave out or hurt some readers`;
}

/** Why the group cares and the fix: at most three of retext-equality's suggestions. */
export function inclusiveHint(actual: string, expected: string[]): string {
  const fix = expected.length > 0 ? `Say ${quoted(expected.slice(0, 3))} instead` : 'Rephrase it';
  return `${fix}: the code of conduct asks for welcoming words. If it is right here, add '${actual.toLowerCase()}' to words.inclusive_ignore.`;
}
