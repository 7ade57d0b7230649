// Images say whose they are.
import { stringList } from '../options.ts';
import { allMedia } from '../media.ts';
import type { Draft, Rule } from '../types.ts';

export const imageCredit: Rule<{ kinds: string[] }> = {
  id: 'image-credit',
  description: 'Every image has a credit line (photographer, licence, or "own work").',
  rationale: 'The groups only post media they may use and credit the people who made it.',
  defaultSeverity: 'error',
  options: { kinds: stringList('Media kinds that need a credit (image, gif, video).', ['image']) },
  check({ post, options }) {
    const findings: Draft[] = [];
    for (const { media } of allMedia(post)) {
      if (!options.kinds.includes(media.kind) || (media.credit ?? '').trim() !== '') continue;
      findings.push({
        line: media.line,
        column: media.column,
        message: `${media.kind} ${media.path} has no credit`,
        hint: 'Add a credit, e.g. "Photo: Ada Lovelace, CC BY 4.0".',
      });
    }
    return { findings };
  },
};
