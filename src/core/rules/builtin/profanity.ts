// Profanity, by retext-profanities.
import { integer } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { checkText } from '../language/check-text.ts';
import type { Draft, Rule } from '../types.ts';

export const profanity: Rule<{ sureness: number }> = {
  id: 'profanity',
  description: 'Flags profane or possibly profane words, found by retext-profanities; words.inclusive_ignore lists accepted words.',
  rationale: 'Posts speak for the whole community, on accounts followed by beginners, employers and children.',
  defaultSeverity: 'warn',
  options: { sureness: integer('Report words rated at least this: 0 maybe profane, 1 likely, 2 surely.', 1, 0, 2) },
  check({ post, config, options }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      for (const message of checkText(source.text, {
        kind: 'profanity',
        ignore: config.words.inclusiveIgnore,
        sureness: options.sureness,
      })) {
        // retext-profanities says "Don’t use" for words it rates surely profane and "Be careful with" for the rest.
        const sure = message.reason.startsWith('Don');
        findings.push(
          draftAt(
            source,
            message.start,
            message.end - message.start,
            `“${message.actual}” ${sure ? 'is profane' : 'can read as profane'}`,
            {
              hint: `Posts speak for the whole community, to beginners and employers too: rephrase it. If it is meant innocently here, add '${message.actual.toLowerCase()}' to words.inclusive_ignore.`,
            },
          ),
        );
      }
    }
    return { findings };
  },
};
