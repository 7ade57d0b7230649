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
const DATED_NAME = /^\d{4}-\d{2}-\d{2}/;

/**
 * Runs over the whole index on every event, so a dated file name costs one slice, one set lookup
 * and one regex test (`npm run bench app-scale`: with pathDay per path the 3,000-post event spent
 * about 8 ms here, a third of its CPU). Other paths go through pathDay.
 */
export function nearbyPosts(index: string[], exclude: ReadonlySet<string>, days: string[], window: number): string[] {
  if (days.length === 0) return index.filter((path) => !exclude.has(path) && isPostPath(path) && pathDay(path) === undefined);
  // Every day of the windows as text: a dated name is near exactly when its first 10 characters are in it.
  const near = new Set<string>();
  for (const day of days) {
    const center = dayNumber(day);
    for (let d = center - window; d <= center + window; d++) near.add(new Date(d * DAY_MS).toISOString().slice(0, 10));
  }
  return index.filter((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (near.has(name.slice(0, 10))) return !exclude.has(path) && isPostPath(path);
    if (DATED_NAME.test(name)) return false; // dated, not near (an impossible date such as 02-30 counts as dated too)
    if (exclude.has(path) || !isPostPath(path)) return false;
    const day = pathDay(path);
    return day === undefined || near.has(day);
  });
}
