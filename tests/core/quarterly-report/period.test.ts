import { describe, expect, it } from 'vitest';
import { datesPeriod, quarterPeriod } from '../../../src/core/quarterly-report/period.ts';

describe('datesPeriod', () => {
  it('takes two calendar dates in order', () => {
    expect(datesPeriod('2026-07-01', '2026-09-30')).toEqual({ start: '2026-07-01', end: '2026-09-30', label: '2026-07-01 to 2026-09-30' });
  });

  it.each([
    ['2026-07-01', '2026-09-31', '--until "2026-09-31" is not a calendar date like 2026-09-30'],
    ['2026-02-29', '2026-03-31', '--since "2026-02-29" is not a calendar date like 2026-07-01'],
    ['July 1', '2026-09-30', '--since "July 1" is not a calendar date'],
    ['2026-09-30', '2026-07-01', '--until 2026-07-01 is before --since 2026-09-30'],
  ])('refuses %s to %s', (since, until, message) => {
    expect(datesPeriod(since, until)).toContain(message);
  });
});

describe('quarterPeriod', () => {
  it('accepts a quarter in either case', () => {
    expect(quarterPeriod('2026q3')).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
  });
});
