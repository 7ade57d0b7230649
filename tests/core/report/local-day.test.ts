// The report's localDay against localDate itself: seeded instants across the years Date can hold, in zones
// with odd offsets, half-hour and 45-minute steps, midnight transitions and the date line; errors alike.
import { describe, expect, it } from 'vitest';
import { localDay, monthDayYear } from '../../../src/core/report/local-day.ts';
import { localDate } from '../../../src/core/tally/local-date.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const ZONES = [
  'UTC', 'Europe/Amsterdam', 'America/New_York', 'America/Havana', 'America/Santiago', 'America/St_Johns', 'Asia/Kathmandu',
  'Asia/Tehran', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'Pacific/Apia', 'Pacific/Chatham', 'Africa/Casablanca', 'Asia/Kolkata',
  'Etc/GMT+12', 'Antarctica/Troll', 'Europe/Dublin', 'America/Sao_Paulo',
];

function outcome(work: () => string): string {
  try {
    return work();
  } catch (error) {
    return `${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

describe('localDay == localDate', () => {
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
        const expected = outcome(() => localDate(date, zone));
        const actual = outcome(() => localDay(date, zone));
        if (actual !== expected) expect({ zone, iso: Number.isNaN(ms) ? 'invalid' : date.toISOString(), actual }).toEqual({ zone, iso: Number.isNaN(ms) ? 'invalid' : date.toISOString(), actual: expected });
      }
    }
    expect(fast).toBe(ZONES.length);
  });

  it('agrees on every hour boundary of two years around DST changes', () => {
    for (const zone of ['Europe/Amsterdam', 'America/Havana', 'Australia/Lord_Howe', 'America/Santiago']) {
      for (let ms = Date.UTC(2025, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 1_800_000) {
        for (const at of [ms - 1, ms]) expect(localDay(new Date(at), zone)).toBe(localDate(new Date(at), zone));
      }
    }
  });

  it('fails like localDate on an unknown time zone or an invalid date', () => {
    for (let round = 0; round < 2; round++) {
      expect(outcome(() => localDay(new Date(0), 'Mars/Olympus'))).toBe(outcome(() => localDate(new Date(0), 'Mars/Olympus')));
      expect(outcome(() => localDay(new Date(Number.NaN), 'UTC'))).toBe(outcome(() => localDate(new Date(Number.NaN), 'UTC')));
    }
  });
});
