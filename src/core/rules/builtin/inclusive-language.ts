// Inclusive language, by retext-equality.
import { boolean } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { checkText } from '../language/check-text.ts';
import type { Draft, Rule } from '../types.ts';

export const inclusiveLanguage: Rule<{ binary: boolean }> = {
  id: 'inclusive-language',
  description: 'Flags possibly insensitive, inconsiderate wording with retext-equality (its message and suggestions); words.inclusive_ignore lists accepted phrases.',
  rationale: 'The communities\' codes of conduct ask for welcoming language; the suggestions are cheap to take.',
  defaultSeverity: 'warn',
  options: { binary: boolean('Accept "he or she" and similar pairs.', false) },
  check({ post, config, options }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      for (const message of checkText(source.text, { kind: 'equality', ignore: config.words.inclusiveIgnore, binary: options.binary })) {
        findings.push(
          draftAt(source, message.start, message.end - message.start, message.reason, {
            hint: message.expected.length
              ? `Consider ${message.expected.map((word) => `'${word}'`).join(' or ')}; or add '${message.actual.toLowerCase()}' to words.inclusive_ignore.`
              : `Rephrase, or add '${message.actual.toLowerCase()}' to words.inclusive_ignore.`,
          }),
        );
      }
    }
    return { findings };
  },
};
