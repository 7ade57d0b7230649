// No part carries more media than the platform takes in one post, nor a video or GIF beside other
// media where the platform takes those only alone.
import { PROFILES } from '../../profiles.ts';
import { limitsOf } from '../platforms.ts';
import type { Draft, Rule } from '../types.ts';

export const mediaCount: Rule = {
  id: 'media-count',
  description: 'No part carries more images or videos than the platform accepts in one post (on X a video or animated GIF goes alone).',
  rationale: 'The platform refuses the post (or silently drops media) when a part has too many attachments.',
  defaultSeverity: 'error',
  options: {},
  check({ renditions, config }) {
    const findings: Draft[] = [];
    for (const { platform, parts } of renditions) {
      const max = limitsOf(config, platform).media;
      parts.forEach((part, index) => {
        const extra = part.media[max];
        const which = parts.length > 1 ? `part ${index + 1} has` : 'the post has';
        const animated = part.media.find((m) => m.kind !== 'image');
        if (!extra && animated && part.media.length > 1 && PROFILES[platform].animatedAlone) {
          findings.push({
            line: animated.line,
            column: animated.column,
            platform,
            message: `${platform}: ${which} a ${animated.kind === 'gif' ? 'GIF' : 'video'} (${animated.path}) and ${part.media.length - 1} other media; ${platform} takes up to ${max} images, or 1 video or 1 animated GIF alone`,
            hint: 'Put the video or GIF in its own part of the thread (a line with only --- before it).',
          });
          return;
        }
        if (!extra) return;
        findings.push({
          line: extra.line,
          column: extra.column,
          platform,
          message: `${platform}: ${which} ${part.media.length} media, ${platform} takes at most ${max} per post (first extra: ${extra.path})`,
          hint:
            parts.length > 1
              ? 'Move some media to another part of the thread.'
              : 'Make it a thread: add a line with only --- and move some media below it.',
        });
      });
    }
    return { findings };
  },
};
