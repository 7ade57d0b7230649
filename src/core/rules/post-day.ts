// The calendar day a post goes out, in the config's time zone: its publish_at, else the YYYY-MM-DD its file
// name starts with, else none.
import type { Post } from '../types.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format;
}

// Posts share a few dates; formatToParts is slow. Bounded: cleared when full.
const days = new Map<string, Map<number, string>>();
const MAX_DAYS = 4096;

/** YYYY-MM-DD of `date` in `timeZone`. */
export function dayIn(date: Date, timeZone: string): string {
  let byTime = days.get(timeZone);
  if (!byTime) days.set(timeZone, (byTime = new Map()));
  const time = date.getTime();
  let day = byTime.get(time);
  if (day === undefined) {
    const parts = formatter(timeZone).formatToParts(date);
    const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    day = `${get('year')}-${get('month')}-${get('day')}`;
    if (byTime.size >= MAX_DAYS) byTime.clear();
    byTime.set(time, day);
  }
  return day;
}

export function postDay(post: Post, timeZone: string): string | undefined {
  if (post.publishAt) return dayIn(post.publishAt, timeZone);
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
