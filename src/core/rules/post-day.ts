// The calendar day a post goes out, in the config's time zone: its publish_at, else the YYYY-MM-DD its file
// name starts with, else none.
import { localDate } from '../tally/local-date.ts';
import type { Post } from '../types.ts';

export function postDay(post: Post, timeZone: string): string | undefined {
  if (post.publishAt) return localDate(post.publishAt, timeZone);
  const name = post.file.split('/').pop() ?? '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(name);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : undefined;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}
