import { describe, expect, it } from 'vitest';
import { daysIn, parseDateTime } from '../../../src/core/post/datetime.ts';

describe('parseDateTime', () => {
  const valid: [string, string][] = [
    ['2026-12-01T09:00:00+01:00', '2026-12-01T08:00:00.000Z'],
    ['2026-12-01T09:00:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01t09:00z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T09:00:00.123456-05:30', '2026-12-01T14:30:00.123Z'],
    ['2028-02-29T00:00:00+0000', '2028-02-29T00:00:00.000Z'],
    ['2026-12-31T23:30:00-01:00', '2027-01-01T00:30:00.000Z'],
  ];
  it.each(valid)('%s', (text, iso) => {
    expect(parseDateTime(text)).toEqual({ ok: true, date: new Date(iso) });
  });

  const invalid: [string, string][] = [
    ['2026-12-01', 'a date alone'],
    ['2026-12-01T09:00:00', 'the offset is missing'],
    ['2026-12-01 09:00', 'the offset is missing'],
    ['2027-02-29T09:00:00Z', 'day 29 does not exist in month 2 of 2027'],
    ['2026-13-01T09:00:00Z', 'month 13 does not exist'],
    ['2026-12-01T24:00:00Z', 'time of day is out of range'],
    ['2026-12-01T09:00:60Z', 'time of day is out of range'],
    ['2026-12-01T09:00:00+24:00', 'offset is out of range'],
    ['0050-12-01T09:00:00Z', 'year 50 is out of range'],
    ['next tuesday', 'is not in that form'],
    ['2026-12-01T09:00:00 CET', '"CET" is a time zone name, not an offset: write the offset, e.g. +01:00'],
    ['2026-12-01 09:00 Europe/Amsterdam', '"Europe/Amsterdam" is a time zone name'],
  ];
  it.each(invalid)('%s', (text, reason) => {
    const result = parseDateTime(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });
});

describe('daysIn', () => {
  it('counts the days of every month from 1970 to 9999 as Date does', () => {
    for (let year = 1970; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        if (daysIn(year, month) !== new Date(Date.UTC(year, month, 0)).getUTCDate())
          expect({ year, month, days: daysIn(year, month) }).toBeUndefined();
      }
    }
  });
});
