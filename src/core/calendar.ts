// The group's posting calendar: one event per post and platform, scheduled or recently live, as
// iCalendar text (ical-generator writes it). Pure: posts and ledgers come in as data.
//
// Times are written in UTC (RFC 5545 form 2, `DTSTART:...Z`): every calendar client shows them in its
// subscriber's own zone, and no VTIMEZONE can disagree with the instant. The group's zone is named in
// X-WR-TIMEZONE and each description gives the local time in it.
import ical from 'ical-generator';
import type { LedgerEntry } from './ledger/types.ts';
import { postTargets, platformName } from './rules/platforms.ts';
import type { HeraldConfig, PlatformId, Post } from './types.ts';

export interface CalendarEvent {
  postId: string;
  file: string;
  platform: PlatformId;
  title: string;
  at: Date;
  state: 'scheduled' | 'live';
  url?: string;
}

export interface CalendarInput {
  /** Posts on the default branch (parsed). */
  posts: Post[];
  /** Ledger entries by post id. */
  ledgers: Record<string, LedgerEntry>;
  config: HeraldConfig;
  now: Date;
  /** How far back live posts are listed. */
  recentDays: number;
}

const EVENT_MINUTES = 15;
const DAY_MS = 86_400_000;

/** Scheduled posts (publish_at, not yet live on that platform) and posts live within recentDays. */
export function calendarEvents(input: CalendarInput): CalendarEvent[] {
  const { posts, ledgers, config, now } = input;
  const since = now.getTime() - input.recentDays * DAY_MS;
  const events: CalendarEvent[] = [];
  const seen = new Set<string>();
  for (const post of posts) {
    const ledger = ledgers[post.id];
    for (const platform of postTargets(post, config)) {
      const first = ledger?.platforms[platform]?.find((part) => part.index === 0);
      const base = { postId: post.id, file: post.file, platform, title: titleOf(post) };
      seen.add(`${post.id}/${platform}`);
      if (first?.state === 'live' && first.liveAt) {
        const at = new Date(first.liveAt);
        if (at.getTime() >= since) events.push({ ...base, at, state: 'live', ...(first.url ? { url: first.url } : {}) });
      } else if (post.publishAt) {
        events.push({ ...base, at: post.publishAt, state: 'scheduled' });
      }
    }
  }
  // Posts whose file is gone (renamed away, or retired) still show what went out.
  for (const ledger of Object.values(ledgers)) {
    for (const [platform, parts] of Object.entries(ledger.platforms) as [PlatformId, LedgerEntry['platforms'][PlatformId]][]) {
      const first = parts?.find((part) => part.index === 0);
      if (seen.has(`${ledger.postId}/${platform}`) || first?.state !== 'live' || !first.liveAt) continue;
      const at = new Date(first.liveAt);
      if (at.getTime() < since) continue;
      events.push({
        postId: ledger.postId,
        file: ledger.file,
        platform,
        title: ledger.postId,
        at,
        state: 'live',
        ...(first.url ? { url: first.url } : {}),
      });
    }
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.postId.localeCompare(b.postId) || a.platform.localeCompare(b.platform));
}

export interface CalendarOptions {
  name: string;
  timeZone: string;
  /** DTSTAMP of every event: when the calendar was written. */
  now: Date;
}

export function renderCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Herald', product: 'calendar', language: 'EN' },
    x: [{ key: 'X-WR-TIMEZONE', value: options.timeZone }],
  });
  const local = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: options.timeZone,
    timeZoneName: 'short',
  });
  for (const event of events) {
    const name = platformName(event.platform);
    const when = local.format(event.at);
    const description = [
      event.state === 'live' ? `Live on ${name} since ${when}.` : `Scheduled for ${name} at ${when}.`,
      ...(event.url ? [event.url] : []),
      `Post file: ${event.file}`,
    ].join('\n');
    calendar.createEvent({
      id: `${event.postId}.${event.platform}@herald`,
      stamp: options.now,
      start: event.at,
      end: new Date(event.at.getTime() + EVENT_MINUTES * 60_000),
      summary: `${name}: ${event.title}${event.state === 'scheduled' ? ' (scheduled)' : ''}`,
      description,
      ...(event.url ? { url: event.url } : {}),
    });
  }
  return calendar.toString();
}

/**
 * Where a post lands among the platform's posts of the same local day: 1 for the first. Used by the PR
 * comment ("3rd post that day on Mastodon").
 */
export function dayRank(events: CalendarEvent[], platform: PlatformId, at: Date, timeZone: string): number {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const target = day.format(at);
  return events.filter((e) => e.platform === platform && e.at.getTime() < at.getTime() && day.format(e.at) === target).length + 1;
}

/** A post's calendar title: the first line of its text, without markdown link syntax, at most 60 characters. */
function titleOf(post: Post): string {
  const text = post.parts[0]?.text ?? '';
  const line = (text.split('\n').find((l) => l.trim()) ?? post.id)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
  return line.length > 60 ? `${[...line].slice(0, 59).join('')}…` : line;
}
