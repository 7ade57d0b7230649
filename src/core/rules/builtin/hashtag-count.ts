// Not too many hashtags in one text.
import { integer } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { findHashtags } from '../scan.ts';
import type { Draft, Rule } from '../types.ts';

export const hashtagCount: Rule<{ max: number }> = {
  id: 'hashtag-count',
  description: 'A part has at most `max` hashtags.',
  rationale: 'Screen readers read every hashtag aloud; a wall of tags buries the message and reads as spam.',
  defaultSeverity: 'warn',
  options: { max: integer('Most hashtags in one part.', 3) },
  check({ post, options }) {
    const findings: Draft[] = [];
    for (const source of textSources(post)) {
      const tags = findHashtags(source.text);
      const first = tags[options.max];
      if (first) {
        findings.push(
          draftAt(
            source,
            first.offset,
            first.text.length,
            `${tags.length} hashtags (at most ${options.max}); the extra ones start at ${first.text}`,
            { hint: 'Keep the tags people actually follow.' },
          ),
        );
      }
    }
    return { findings };
  },
};
