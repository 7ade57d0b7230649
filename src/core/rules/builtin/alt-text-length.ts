// Alt text fits each target platform's alt-text limit.
import { codePointCount, graphemeCount } from '../../count/graphemes.ts';
import { limitsOf } from '../platforms.ts';
import type { Draft, Rule } from '../types.ts';

export const altTextLength: Rule = {
  id: 'alt-text-length',
  description: "Alt text fits each target platform's alt-text limit.",
  rationale: 'Platforms refuse or cut longer alt text, and a cut description can say the opposite of the full one.',
  defaultSeverity: 'error',
  options: {},
  check({ renditions, config }) {
    const findings: Draft[] = [];
    for (const { platform, parts } of renditions) {
      const limit = limitsOf(config, platform).altText;
      for (const media of parts.flatMap((part) => part.media)) {
        const used = platform === 'bluesky' ? graphemeCount(media.alt) : codePointCount(media.alt);
        if (used <= limit) continue;
        findings.push({
          line: media.line,
          column: media.column,
          platform,
          message: `${platform}: alt text of ${media.path} is ${used}/${limit} characters (${used - limit} over)`,
          hint: 'Shorten the description; put long transcripts in the post text or a linked page.',
        });
      }
    }
    return { findings };
  },
};
