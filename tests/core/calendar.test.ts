// The posting calendar read back with an independent iCalendar parser (ical.js): the events, their
// instants across a DST change, escaping of hostile titles, and where a post lands in its day.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarEvents, dayRank, renderCalendar, type CalendarEvent } from '../../src/core/calendar.ts';
import { parseConfig } from '../../src/core/config/parse.ts';
import type { LedgerEntry } from '../../src/core/ledger/types.ts';
import { parsePost } from '../../src/core/post/parse.ts';
import type { HeraldConfig, Post } from '../../src/core/types.ts';

function config(): HeraldConfig {
  const parsed = parseConfig(
    '.github/herald.yml',
    'timezone: Europe/Amsterdam\nplatforms:\n  mastodon: { server: https://fosstodon.org }\n  bluesky: {}\n',
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
}

function post(file: string, source: string): Post {
  const parsed = parsePost(file, source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.post;
}

function live(postId: string, url: string, at: string): LedgerEntry {
  return {
    postId,
    file: `posts/${postId}.md`,
    contentHash: 'sha256:00',
    platforms: { mastodon: [{ index: 0, key: 'k', state: 'live', run: '1-1', intentAt: at, liveAt: at, id: '1', url }] },
  };
}

function parse(text: string): ICAL.Event[] {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const now = new Date('2026-12-04T09:00:00Z');

describe('calendarEvents', () => {
  const scheduled = post(
    'posts/2026-12-15-wellbeing.md',
    '---\npublish_at: 2026-12-15T17:00:00+01:00\n---\nMaintainer wellbeing, a talk.\n',
  );
  const onMerge = post('posts/2026-12-03-release.md', 'Django 6.0 is out!\n');

  it('lists a scheduled post once per target platform and a live post with its link', () => {
    const events = calendarEvents({
      posts: [scheduled, onMerge],
      ledgers: { '2026-12-03-release': live('2026-12-03-release', 'https://fosstodon.org/@django/1', '2026-12-03T10:00:00Z') },
      config: config(),
      now,
      recentDays: 30,
    });
    expect(events.map((e) => [e.postId, e.platform, e.state, e.url])).toEqual([
      ['2026-12-03-release', 'mastodon', 'live', 'https://fosstodon.org/@django/1'],
      ['2026-12-15-wellbeing', 'bluesky', 'scheduled', undefined],
      ['2026-12-15-wellbeing', 'mastodon', 'scheduled', undefined],
    ]);
  });

  it('leaves out what went live before the window and what has no time yet', () => {
    const events = calendarEvents({
      posts: [onMerge],
      ledgers: { '2026-12-03-release': live('2026-12-03-release', 'https://x/1', '2026-10-01T10:00:00Z') },
      config: config(),
      now,
      recentDays: 30,
    });
    expect(events).toEqual([]);
  });

  it('keeps live history of a post whose file is gone', () => {
    const events = calendarEvents({
      posts: [],
      ledgers: { old: live('old', 'https://fosstodon.org/@django/9', '2026-12-01T08:00:00Z') },
      config: config(),
      now,
      recentDays: 30,
    });
    expect(events.map((e) => [e.postId, e.state])).toEqual([['old', 'live']]);
  });
});

describe('renderCalendar', () => {
  const event = (over: Partial<CalendarEvent>): CalendarEvent => ({
    postId: 'p',
    file: 'posts/p.md',
    platform: 'mastodon',
    title: 'Hello',
    at: new Date('2026-12-15T16:00:00Z'),
    state: 'scheduled',
    ...over,
  });

  it('writes RFC 5545 text that a parser reads back to the same instants, summer and winter', () => {
    const events = [
      event({ postId: 'winter' }),
      event({ postId: 'summer', at: new Date('2027-07-01T15:30:00Z'), state: 'live', url: 'https://fosstodon.org/@django/2' }),
    ];
    const text = renderCalendar(events, { name: 'Herald posts', timeZone: 'Europe/Amsterdam', now });
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(text).toContain('X-WR-TIMEZONE:Europe/Amsterdam');
    const parsed = parse(text);
    expect(parsed.map((e) => [e.uid, e.startDate.toJSDate().toISOString()])).toEqual([
      ['winter.mastodon@herald', '2026-12-15T16:00:00.000Z'],
      ['summer.mastodon@herald', '2027-07-01T15:30:00.000Z'],
    ]);
    expect(parsed[0]!.description).toContain('15 Dec 2026, 17:00 CET');
    expect(parsed[1]!.description).toContain('1 Jul 2027, 17:30 CEST');
    expect(parsed[1]!.component.getFirstPropertyValue('url')).toBe('https://fosstodon.org/@django/2');
    expect(parsed[0]!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-04T09:00:00Z');
  });

  it('escapes hostile titles so they cannot add properties or events', () => {
    const title = 'Hi;\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged, yes';
    const parsed = parse(renderCalendar([event({ title })], { name: 'Herald posts', timeZone: 'UTC', now }));
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.summary).toContain('END:VEVENT');
  });
});

describe('dayRank', () => {
  it('counts the platform’s earlier posts of the same local day', () => {
    const at = (iso: string): CalendarEvent => ({
      postId: iso,
      file: 'f',
      platform: 'mastodon',
      title: 't',
      at: new Date(iso),
      state: 'scheduled',
    });
    // 23:30 UTC on the 14th is already the 15th in Amsterdam.
    const events = [
      at('2026-12-14T23:30:00Z'),
      at('2026-12-15T09:00:00Z'),
      { ...at('2026-12-15T10:00:00Z'), platform: 'bluesky' as const },
      at('2026-12-16T09:00:00Z'),
    ];
    expect(dayRank(events, 'mastodon', new Date('2026-12-15T17:00:00Z'), 'Europe/Amsterdam')).toBe(3);
    expect(dayRank(events, 'mastodon', new Date('2026-12-15T17:00:00Z'), 'UTC')).toBe(2);
  });
});
