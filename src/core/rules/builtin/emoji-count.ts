// Not too many emoji in one text.
import { integer } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { findEmoji } from '../scan.ts';
import type { Draft, Rule } from '../types.ts';

export const emojiCount: Rule<{ max: number }> = {
  id: 'emoji-count',
  description: 'A part has at most `max` emoji (a flag or a family counts as one).',
  rationale: 'Screen readers read each emoji\'s full name ("party popper"), which drowns the text.',
  defaultSeverity: 'warn',
  options: { max: integer('Most emoji in one part.', 3) },
  check({ post, options }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      const emoji = findEmoji(source.text);
      const first = emoji[options.max];
      if (first) {
        findings.push(
          draftAt(
            source,
            first.offset,
            first.text.length,
            `${emoji.length} emoji (at most ${options.max}); the extra ones start at ${first.text}`,
            { hint: 'Keep the emoji that add meaning.' },
          ),
        );
      }
    }
    return { findings };
  },
};
