// A sponsor is not mentioned in too many posts within a window.
import { integer } from '../options.ts';
import { draftAt, fieldPlace, textSources } from '../position.ts';
import { localDate } from '../../tally/local-date.ts';
import { checkDates, dayNumber, postDay } from '../post-day.ts';
import { findTerms } from '../terms.ts';
import type { Post } from '../../types.ts';
import type { Draft, RepoView, Rule } from '../types.ts';

interface Mention {
  file: string;
  day: number;
}

function mentions(post: Post, sponsor: string): boolean {
  return post.sponsor?.toLowerCase() === sponsor.toLowerCase() || textSources(post).some((s) => findTerms(s.text, [sponsor]).length > 0);
}

/** Per sponsor, the dated posts that mention it; built once per check (and sponsor list and time zone). */
function mentionIndex(repo: RepoView, sponsors: string[], timeZone: string): Map<string, Mention[]> {
  return repo.shared(`sponsor-saturation ${JSON.stringify([sponsors, timeZone])}`, () => {
    const index = new Map<string, Mention[]>(sponsors.map((sponsor) => [sponsor, []]));
    for (const post of repo.posts) {
      const day = postDay(post, timeZone, checkDates(repo, timeZone));
      if (!day) continue;
      for (const sponsor of sponsors) if (mentions(post, sponsor)) index.get(sponsor)?.push({ file: post.file, day: dayNumber(day) });
    }
    return index;
  });
}

export const sponsorSaturation: Rule<{ max: number; days: number }> = {
  id: 'sponsor-saturation',
  description: 'A sponsor from words.sponsors is mentioned in at most `max` posts within any `days` days.',
  rationale:
    'The accounts serve the community, not advertisers; the charters limit sponsor exposure and sponsor campaigns need the board liaison.',
  defaultSeverity: 'warn',
  options: { max: integer('Most posts mentioning one sponsor in the window.', 2, 1), days: integer('Window length in days.', 30, 1) },
  check({ post, config, repo, now, options }) {
    if (config.words.sponsors.length === 0) return { findings: [] };
    const findings: Draft[] = [];
    const day = dayNumber(postDay(post, config.timezone, checkDates(repo, config.timezone)) ?? localDate(now, config.timezone));
    const index = mentionIndex(repo, config.words.sponsors, config.timezone);
    for (const sponsor of config.words.sponsors) {
      if (!mentions(post, sponsor)) continue;
      const others = (index.get(sponsor) ?? []).filter((m) => m.file !== post.file);
      const all = [...others, { file: post.file, day }];
      let worst: Mention[] = [];
      for (const start of all.map((m) => m.day).filter((d) => d > day - options.days && d <= day)) {
        const inWindow = all.filter((m) => m.day >= start && m.day < start + options.days);
        if (inWindow.length > worst.length) worst = inWindow;
      }
      if (worst.length <= options.max) continue;
      const source = textSources(post).find((s) => findTerms(s.text, [sponsor]).length > 0);
      const match = source && findTerms(source.text, [sponsor])[0];
      const message = `sponsor ${sponsor} is mentioned in ${worst.length} posts within ${options.days} days (at most ${options.max}): ${worst.map((m) => m.file).join(', ')}`;
      const hint = 'Space sponsor mentions out with publish_at, or combine them into one thank-you post.';
      findings.push(
        source && match
          ? draftAt(source, match.offset, match.text.length, message, { hint })
          : { ...fieldPlace(post, 'sponsor'), message, hint },
      );
    }
    return { findings };
  },
};
