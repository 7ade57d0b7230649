// The same emoji not repeated in a row.
import { integer } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { findEmoji } from '../scan.ts';
import type { Draft, Rule } from '../types.ts';

export const emojiRepeat: Rule<{ max: number }> = {
  id: 'emoji-repeat',
  description: 'The same emoji appears at most `max` times in a row (white space between them still counts as a row).',
  rationale: 'A screen reader reads "fire fire fire fire"; one says the same.',
  defaultSeverity: 'warn',
  options: { max: integer('Most times one emoji may repeat in a row.', 1, 1) },
  check({ post, options }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      const emoji = findEmoji(source.text);
      let runStart = 0;
      for (let i = 1; i <= emoji.length; i++) {
        const previous = emoji[i - 1];
        const current = emoji[i];
        const continues =
          current !== undefined &&
          previous !== undefined &&
          current.text === previous.text &&
          source.text.slice(previous.offset + previous.text.length, current.offset).trim() === '';
        if (continues) continue;
        const run = i - runStart;
        const first = emoji[runStart];
        if (run > options.max && first && previous) {
          const length = previous.offset + previous.text.length - first.offset;
          findings.push(
            draftAt(source, first.offset, length, `${first.text} repeated ${run} times in a row (at most ${options.max})`, {
              hint: `Use ${first.text} once.`,
            }),
          );
        }
        runStart = i;
      }
    }
    return { findings };
  },
};
