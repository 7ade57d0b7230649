// A publish_at long past: merging publishes at once, not at that time. Said by `herald check` and the
// PR comment, not only by `herald preview`.
import { localTime } from '../../comment/merge.ts';
import { integer } from '../options.ts';
import { fieldPlace } from '../position.ts';
import type { Rule } from '../types.ts';

const DAY = 24 * 60 * 60 * 1000;

export const publishAtPast: Rule<{ days: number }> = {
  id: 'publish-at-past',
  description:
    "The post's `publish_at` is not more than `days` days in the past, unless the post is already published (its ledger entry exists where it is read).",
  rationale:
    'A publish_at in the past publishes on merge, at once: usually the year or month is a typo, or the post was meant for an event already over.',
  defaultSeverity: 'warn',
  options: { days: integer('How many days in the past a publish_at may be before it is reported.', 7, 0, 3650) },
  check({ post, config, repo, now, options }) {
    if (!post.publishAt || now.getTime() - post.publishAt.getTime() <= options.days * DAY) return { findings: [] };
    if (repo.published?.(post.id)) return { findings: [] };
    const ago = Math.floor((now.getTime() - post.publishAt.getTime()) / DAY);
    return {
      findings: [
        {
          ...fieldPlace(post, 'publish_at'),
          message: `publish_at ${localTime(post.publishAt, config.timezone)} was ${ago} days ago: if the post is not published yet, merging publishes it at once`,
          hint: 'Set publish_at to the time it should go out, or remove it to publish on merge.',
        },
      ],
    };
  },
};
