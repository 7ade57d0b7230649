// The calendar day a post goes out, in the config's time zone: its publish_at, else the YYYY-MM-DD its file
// name starts with (or its dated folders name), else none.
import { localDateFormatter } from '../tally/local-date.ts';
import type { Post } from '../types.ts';
import type { RepoView } from './types.ts';

/** One date formatter per check and zone, shared by the rules. */
export function checkDates(repo: RepoView, timeZone: string): (now: Date) => string {
  return repo.shared(`local-date ${timeZone}`, () => localDateFormatter(timeZone));
}

/** The day a post goes out in `timeZone`; rules pass their check's formatter (building one costs ~0.3 ms). */
export function postDay(post: Post, timeZone: string, localDate = localDateFormatter(timeZone)): string | undefined {
  if (post.publishAt) return localDate(post.publishAt);
  return pathDay(post.file);
}

/** The YYYY-MM-DD a post's path names: its file name's start (2026-12-01-x.md), else dated folders (2026/12/01/x.md). */
export function pathDay(file: string): string | undefined {
  const name = file.split('/').pop() ?? '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(name) ?? /(?:^|\/)(\d{4})\/(\d{2})\/(\d{2})\/[^/]+$/.exec(file);
  if (!match) return undefined;
  const [y, m, d] = match.slice(1, 4).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? day : undefined;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}
