import { describe, expect, it } from 'vitest';
import { isCalendarDate, termEnd } from '../../../src/core/config/dates.ts';

describe('termEnd', () => {
  it.each([
    ['2026-11-01', 6, '2027-04-30'],
    ['2026-11-01', 12, '2027-10-31'],
    ['2026-01-15', 1, '2026-02-14'],
    ['2026-08-31', 6, '2027-02-27'],
    ['2027-08-31', 6, '2028-02-28'],
    ['2026-12-31', 2, '2027-02-27'],
  ])('%s + %i months ends on %s', (start, months, end) => {
    expect(termEnd(start, months)).toBe(end);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-11-01', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-00-10', false],
    ['2026-1-1', false],
    ['1969-12-31', false],
  ])('%s → %s', (text, valid) => expect(isCalendarDate(text as string)).toBe(valid));
});
