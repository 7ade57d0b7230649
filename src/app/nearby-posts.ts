// Which other posts the repository-wide rules (posting cadence, sponsor saturation) need to see for
// a PR: those whose path names a day near the PR's posts' days, and those whose path names no day
// (only their publish_at can date them). The rest are never read: a group with 3,000 posts pays
// for the few dozen around the new one. A post whose publish_at is far from the day its path names
// is counted on the day its path names when it is not read: name posts by their day.
import { dayNumber, pathDay } from '../core/rules/post-day.ts';
import type { HeraldConfig } from '../core/types.ts';
import { isPostPath } from './paths.ts';

/** Days either side of a post that a rule may look at, plus one for time zones. */
export function windowDays(config: HeraldConfig): number {
  const setting = config.rules['sponsor-saturation'];
  const severity = Array.isArray(setting) ? setting[0] : setting;
  const days = Array.isArray(setting) && typeof setting[1].days === 'number' ? setting[1].days : 30;
  const sponsors = config.words.sponsors.length > 0 && severity !== 'off';
  return (sponsors ? Math.max(1, days) : 1) + 1;
}

const DAY_MS = 86_400_000;

export function nearbyPosts(index: string[], exclude: ReadonlySet<string>, days: string[], window: number): string[] {
  // Every day in a window as text, so each path costs one lookup (this runs over the whole index).
  const near = new Set<string>();
  for (const day of days) {
    const center = dayNumber(day);
    for (let d = center - window; d <= center + window; d++) near.add(new Date(d * DAY_MS).toISOString().slice(0, 10));
  }
  return index.filter((path) => {
    if (exclude.has(path) || !isPostPath(path)) return false;
    const day = pathDay(path);
    return day === undefined || near.has(day);
  });
}
