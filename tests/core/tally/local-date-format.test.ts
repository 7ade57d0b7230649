// localDate reads the formatter's MM/DD/YYYY where it can: it must say what the formatter's parts say, on
// seeded instants across the years Date can hold, in zones with odd offsets, half-hour and 45-minute steps,
// midnight transitions and the date line; errors alike.
import { describe, expect, it } from 'vitest';
import { HeraldError } from '../../../src/core/errors.ts';
import { localDate } from '../../../src/core/tally/local-date.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const ZONES = [
  'UTC', 'Europe/Amsterdam', 'America/New_York', 'America/Havana', 'America/Santiago', 'America/St_Johns', 'Asia/Kathmandu',
  'Asia/Tehran', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Apia', 'Pacific/Chatham', 'Africa/Casablanca', 'Asia/Kolkata',
  'Etc/GMT+12', 'Antarctica/Troll', 'Europe/Dublin', 'America/Sao_Paulo',
];

const referenceFormatters = new Map<string, Intl.DateTimeFormat>();

/** The date as the formatter's parts say it (what localDate returned before it read format()). */
function byParts(now: Date, timeZone: string): string {
  if (Number.isNaN(now.getTime())) throw new HeraldError('localDate: `now` is an invalid Date');
  let formatter = referenceFormatters.get(timeZone);
  if (!formatter) referenceFormatters.set(timeZone, (formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = formatter.formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** Whether the zone's formatter writes MM/DD/YYYY (the fast reading is possible). */
function monthDayYear(timeZone: string): boolean {
  const formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return formatter.formatToParts(new Date(Date.UTC(2001, 1, 3, 12))).map((p) => (p.type === 'literal' ? p.value : p.type)).join(' ') === 'month / day / year';
}

function outcome(work: () => string): string {
  try {
    return work();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

describe('localDate == the formatter\'s parts', () => {
  it('agrees on 61,200 seeded instants in 18 zones, mostly through the formatter', () => {
    const random = seededRandom(2026);
    let fast = 0;
    for (const zone of ZONES) {
      if (monthDayYear(zone)) fast++;
      for (let i = 0; i < 3400; i++) {
        const kind = random();
        // Around now, to the minute at DST changes; any millisecond Date can hold; a few invalid.
        const ms = kind < 0.6
          ? Date.UTC(2020, 0, 1) + Math.floor(random() * 12 * 365 * 86_400_000 / 60_000) * 60_000
          : kind < 0.98 ? Math.floor((random() * 2 - 1) * 8.64e15) : kind < 0.99 ? Number.NaN : Math.floor(random() * 2e12);
        const date = new Date(ms);
        const expected = outcome(() => byParts(date, zone));
        const actual = outcome(() => localDate(date, zone));
        if (actual !== expected) expect({ zone, iso: Number.isNaN(ms) ? 'invalid' : date.toISOString(), actual }).toEqual({ zone, iso: Number.isNaN(ms) ? 'invalid' : date.toISOString(), actual: expected });
      }
    }
    expect(fast).toBe(ZONES.length);
  });

  it('agrees on every hour boundary of two years around DST changes', () => {
    for (const zone of ['Europe/Amsterdam', 'America/Havana', 'Australia/Lord_Howe', 'America/Santiago']) {
      for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 1_800_000) {
        for (const at of [ms - 1, ms]) expect(localDate(new Date(at), zone)).toBe(byParts(new Date(at), zone));
      }
    }
  });

  it('fails on an unknown time zone or an invalid date, also after the zone was used once', () => {
    for (let round = 0; round < 2; round++) {
      expect(() => localDate(new Date(0), 'Mars/Olympus')).toThrow('unknown time zone "Mars/Olympus"');
      expect(() => localDate(new Date(Number.NaN), 'UTC')).toThrow('`now` is an invalid Date');
    }
  });
});
