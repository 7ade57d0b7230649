import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/core/tally/local-date.ts
function localDateFormatter(timeZone) {
  let formatter;
  try {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  } catch (cause) {
    throw new HeraldError(`unknown time zone "${timeZone}"`, {
      cause,
      hint: 'set `timezone` in .github/herald.yml to an IANA name such as "Europe/Amsterdam" or "UTC"'
    });
  }
  return (now) => {
    if (Number.isNaN(now.getTime())) throw new HeraldError("localDate: `now` is an invalid Date");
    const parts = formatter.formatToParts(now);
    const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
    return `${get("year").padStart(4, "0")}-${get("month")}-${get("day")}`;
  };
}
function localDate(now, timeZone) {
  return localDateFormatter(timeZone)(now);
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(value) {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export {
  localDateFormatter,
  localDate,
  isIsoDate
};
