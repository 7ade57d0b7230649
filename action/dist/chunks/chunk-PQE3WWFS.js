import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  isCalendarDate
} from "./chunk-VI3XVR6Y.js";

// src/core/quarterly-report/period.ts
function quarterPeriod(quarter) {
  const match = /^(\d{4})Q([1-4])$/i.exec(quarter.trim());
  if (!match) return `"${quarter}" is not a quarter: write it like 2026Q3`;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const startMonth = (q - 1) * 3 + 1;
  const endDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  const pad = (v) => String(v).padStart(2, "0");
  return { start: `${year}-${pad(startMonth)}-01`, end: `${year}-${pad(startMonth + 2)}-${pad(endDay)}`, label: `${year}Q${q}` };
}
function datesPeriod(since, until) {
  if (!isCalendarDate(since)) return `--since "${since}" is not a calendar date like 2026-07-01`;
  if (!isCalendarDate(until)) return `--until "${until}" is not a calendar date like 2026-09-30`;
  if (until < since) return `--until ${until} is before --since ${since}`;
  return { start: since, end: until, label: `${since} to ${until}` };
}
function periodBounds(period, timeZone) {
  const dayAfter = new Date(Date.parse(`${period.end}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);
  return { since: zonedMidnight(period.start, timeZone), until: new Date(zonedMidnight(dayAfter, timeZone).getTime() - 1) };
}
function periodFileLabel(period) {
  return /^\d{4}Q[1-4]$/.test(period.label) ? period.label : `${period.start}_${period.end}`;
}
function zonedMidnight(date, timeZone) {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - offsetAt(guess, timeZone);
  return new Date(guess);
}
function offsetAt(instant, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  }).formatToParts(new Date(instant));
  const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - Math.floor(instant / 1e3) * 1e3;
}
function lastCompleteQuarter(today) {
  const [year, month] = today.split("-").map(Number);
  const current = Math.floor((month - 1) / 3) + 1;
  return current === 1 ? `${year - 1}Q4` : `${year}Q${current - 1}`;
}

export {
  quarterPeriod,
  datesPeriod,
  periodBounds,
  periodFileLabel,
  lastCompleteQuarter
};
