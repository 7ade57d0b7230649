import { describe, expect, it } from 'vitest';
import { isIsoDate, localDate } from '../../../src/core/tally/local-date.ts';
import { HeraldError } from '../../../src/core/errors.ts';

describe('localDate', () => {
  it.each([
    // 23:30 UTC on 31 Dec is already 1 Jan in Amsterdam (UTC+1 in winter)
    ['2025-12-31T23:30:00Z', 'Europe/Amsterdam', '2026-01-01'],
    ['2025-12-31T23:30:00Z', 'UTC', '2025-12-31'],
    // 03:00 UTC is still the previous evening in Los Angeles
    ['2026-03-15T03:00:00Z', 'America/Los_Angeles', '2026-03-14'],
    ['2026-06-30T12:00:00Z', 'Pacific/Kiritimati', '2026-07-01'],
    // summer time: Amsterdam is UTC+2, so 22:30 UTC is past midnight
    ['2026-06-30T22:30:00Z', 'Europe/Amsterdam', '2026-07-01'],
    ['2026-06-30T21:30:00Z', 'Europe/Amsterdam', '2026-06-30'],
  ])('%s in %s is %s', (iso, zone, expected) => {
    expect(localDate(new Date(iso), zone)).toBe(expected);
  });

  it('names an unknown time zone and says what to do', () => {
    expect(() => localDate(new Date('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(HeraldError);
    expect(() => localDate(new Date('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(/unknown time zone "Mars\/Olympus"/);
  });

  it('refuses an invalid Date', () => {
    expect(() => localDate(new Date('nope'), 'UTC')).toThrow(/invalid Date/);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00:00Z', false],
  ])('%s → %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));
});
