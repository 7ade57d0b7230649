import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/plan/describe-schedule.ts
function describeSchedule(publishAt, clock) {
  if (!publishAt) return "publishes on merge";
  if (!clock) return `scheduled for ${publishAt.toISOString()}`;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: clock.timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23"
    }).formatToParts(publishAt).map((part) => [part.type, part.value])
  );
  const local = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} (${clock.timeZone})`;
  return publishAt.getTime() <= clock.now.getTime() ? `publish_at ${local} has passed: publishes on merge` : `scheduled for ${local}`;
}

export {
  describeSchedule
};
