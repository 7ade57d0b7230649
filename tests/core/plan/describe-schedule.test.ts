import { describe, expect, it } from 'vitest';
import { describeSchedule } from '../../../src/core/plan/describe-schedule.ts';

describe('describeSchedule', () => {
  const clock = { timeZone: 'Europe/Amsterdam', now: new Date('2026-11-21T12:00:00Z') };

  it("shows a scheduled time in the group's time zone, summer and winter time alike", () => {
    expect(describeSchedule(new Date('2026-12-03T09:00:00Z'), clock)).toBe('scheduled for 2026-12-03 10:00 (Europe/Amsterdam)');
    expect(describeSchedule(new Date('2027-07-01T09:00:00Z'), clock)).toBe('scheduled for 2027-07-01 11:00 (Europe/Amsterdam)');
    expect(describeSchedule(new Date('2026-12-31T23:30:00Z'), { ...clock, timeZone: 'Pacific/Auckland' })).toBe(
      'scheduled for 2027-01-01 12:30 (Pacific/Auckland)',
    );
    expect(describeSchedule(new Date('2026-12-03T00:05:00Z'), { ...clock, timeZone: 'UTC' })).toBe('scheduled for 2026-12-03 00:05 (UTC)');
  });

  it('says a time already past publishes on merge', () => {
    expect(describeSchedule(new Date('2026-11-20T08:00:00Z'), clock)).toBe(
      'publish_at 2026-11-20 09:00 (Europe/Amsterdam) has passed: publishes on merge',
    );
    expect(describeSchedule(clock.now, clock)).toBe('publish_at 2026-11-21 13:00 (Europe/Amsterdam) has passed: publishes on merge');
  });

  it('says a post without publish_at publishes on merge, and gives UTC when no clock is known', () => {
    expect(describeSchedule(undefined, clock)).toBe('publishes on merge');
    expect(describeSchedule(new Date('2026-12-03T09:00:00Z'))).toBe('scheduled for 2026-12-03T09:00:00.000Z');
  });
});
