import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  LOCAL_REF,
  gitRaw
} from "./chunk-63TP3FNY.js";

// src/publish/calendar-due.ts
var CALENDAR_FILE = "calendar.ics";
var REFRESH_MS = 12 * 36e5;
async function calendarDue(cwd, planned, now) {
  if (planned) return true;
  const last = await gitRaw(cwd, ["log", "-1", "--format=%ct", LOCAL_REF, "--", CALENDAR_FILE]);
  const at = Number(last.stdout.toString("utf8").trim()) * 1e3;
  return last.code !== 0 || !at || now.getTime() - at > REFRESH_MS;
}

export {
  CALENDAR_FILE,
  calendarDue
};
