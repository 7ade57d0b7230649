// Alt text a platform's API cannot take is named before the vote, not dropped silently at publishing.
import { PROFILES } from '../../profiles.ts';
import type { Draft, Rule } from '../types.ts';

export const altTextSent: Rule = {
  id: 'alt-text-sent',
  description: "Says where a platform's API takes no alt text, so an image would go out there without its description.",
  rationale:
    'Reviewers should know an image reaches some readers undescribed; they can keep it out of that platform or describe it in the text.',
  defaultSeverity: 'warn',
  options: {},
  check({ renditions }) {
    const findings: Draft[] = [];
    for (const { platform, parts } of renditions) {
      const reason = PROFILES[platform].noAltText;
      if (!reason) continue;
      for (const media of parts.flatMap((part) => part.media)) {
        if (media.alt.trim() === '') continue;
        findings.push({
          line: media.line,
          column: media.column,
          platform,
          message: `${platform}: the alt text of ${media.path} is not published there: ${reason}`,
          hint: `Describe the image in the text of the ${PROFILES[platform].name} version (overrides.${platform}), or leave the image out of it.`,
        });
      }
    }
    return { findings };
  },
};
