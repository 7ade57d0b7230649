// How a post's publish_at reads to the group: `herald preview` and `herald publish --dry-run` both
// say it with this one function, so a volunteer comparing the two sees the same time.

/** The group's clock: scheduled times are shown in its time zone, and past ones as publishing on merge. */
export interface ScheduleClock {
  /** The config's `timezone` (an IANA name). */
  timeZone: string;
  now: Date;
}

/** "scheduled for 2026-12-03 10:00 (Europe/Amsterdam)"; a time already past publishes on merge. */
export function describeSchedule(publishAt: Date | undefined, clock?: ScheduleClock): string {
  if (!publishAt) return 'publishes on merge';
  if (!clock) return `scheduled for ${publishAt.toISOString()}`;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: clock.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(publishAt)
      .map((part) => [part.type, part.value]),
  );
  const local = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} (${clock.timeZone})`;
  return publishAt.getTime() <= clock.now.getTime() ? `publish_at ${local} has passed: publishes on merge` : `scheduled for ${local}`;
}
