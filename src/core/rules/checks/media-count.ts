// No part carries more media than the platform takes in one post.
import { limitsOf } from '../platforms.ts';
import type { Draft, Rule } from '../types.ts';

export const mediaCount: Rule = {
  id: 'media-count',
  description: 'No part carries more images or videos than the platform accepts in one post.',
  rationale: 'The platform refuses the post (or silently drops media) when a part has too many attachments.',
  defaultSeverity: 'error',
  options: {},
  check({ renditions, config }) {
    const findings: Draft[] = [];
    for (const { platform, parts } of renditions) {
      const max = limitsOf(config, platform).media;
      parts.forEach((part, index) => {
        const extra = part.media[max];
        if (!extra) return;
        const which = parts.length > 1 ? `part ${index + 1} has` : 'the post has';
        findings.push({
          line: extra.line,
          column: extra.column,
          platform,
          message: `${platform}: ${which} ${part.media.length} media, ${platform} takes at most ${max} per post (first extra: ${extra.path})`,
          hint: parts.length > 1
            ? 'Move some media to another part of the thread.'
            : 'Make it a thread: add a line with only --- and move some media below it.',
        });
      });
    }
    return { findings };
  },
};
