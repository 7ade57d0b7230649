// Profanity, by retext-profanities.
import { integer } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { checkText } from '../language/check-text.ts';
import type { Draft, Rule } from '../types.ts';

export const profanity: Rule<{ sureness: number }> = {
  id: 'profanity',
  description: 'Flags profane or possibly profane words with retext-profanities (its message); words.inclusive_ignore lists accepted words.',
  rationale: 'Posts speak for the whole community, on accounts followed by beginners, employers and children.',
  defaultSeverity: 'warn',
  options: { sureness: integer('Report words rated at least this: 0 maybe profane, 1 likely, 2 surely.', 1, 0, 2) },
  check({ post, config, options }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      for (const message of checkText(source.text, { kind: 'profanity', ignore: config.words.inclusiveIgnore, sureness: options.sureness })) {
        findings.push(
          draftAt(source, message.start, message.end - message.start, message.reason, {
            hint: `Rephrase, or add '${message.actual.toLowerCase()}' to words.inclusive_ignore if it is meant innocently here.`,
          }),
        );
      }
    }
    return { findings };
  },
};
