// ISO 8601 / RFC 3339 date-times with an explicit offset, validated field by field.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

type DateTimeResult = { ok: true; date: Date } | { ok: false; reason: string };

/** Days in a month (1–12) of the proleptic Gregorian calendar, as Date counts them. */
export function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function parseDateTime(text: string): DateTimeResult {
  const value = text.trim();
  const m = DATE_TIME.exec(value);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ok: false, reason: 'a date alone is not enough: add the time and offset' };
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/i.test(value))
      return { ok: false, reason: 'the offset is missing (add Z or e.g. +01:00)' };
    const zone = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*([A-Za-z][A-Za-z_/+-]*)$/.exec(value)?.[1];
    if (zone && zone.toUpperCase() !== 'Z') {
      return {
        ok: false,
        reason: `"${zone.slice(0, 40)}" is a time zone name, not an offset: write the offset, e.g. +01:00 (CET) or +02:00 (CEST)`,
      };
    }
    return { ok: false, reason: `"${value.slice(0, 40)}" is not in that form` };
  }
  const [year, month, day, hour, minute, second = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((s) => Number(s ?? 0)) as number[];
  if (year! < 1970 || year! > 9999) return { ok: false, reason: `year ${year} is out of range` };
  if (month! < 1 || month! > 12) return { ok: false, reason: `month ${month} does not exist` };
  if (day! < 1 || day! > daysIn(year!, month!)) return { ok: false, reason: `day ${day} does not exist in month ${month} of ${year}` };
  if (hour! > 23 || minute! > 59 || second > 59) return { ok: false, reason: 'the time of day is out of range' };
  let offsetMinutes = 0;
  if (m[8]!.toUpperCase() !== 'Z') {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return { ok: false, reason: 'the offset is out of range' };
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const millis = m[7] ? Math.floor(Number(m[7]) * 1000) : 0;
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second, millis) - offsetMinutes * 60_000;
  return { ok: true, date: new Date(utc) };
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*([A-Za-z][A-Za-z_/+-]*))?$/i;

/** Minutes east of UTC in a zone at an instant ("GMT+01:00" → 60). */
function offsetMinutes(at: number, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * A local date-time without an offset ("2026-12-15 17:00", "2026-12-15T17:00 CET") written with the
 * offset its zone has then: a named IANA zone if it is one, else `timeZone` (the config's).
 */
export function withOffset(text: string, timeZone: string): { value: string; zone: string } | undefined {
  const m = LOCAL.exec(text.trim());
  if (!m) return undefined;
  const [, date, hour, minute, second = '00', named] = m as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  const zone = named && named.includes('/') && isTimeZone(named) ? named : timeZone;
  if (!isTimeZone(zone)) return undefined;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, Number(hour), Number(minute), Number(second));
  const offset = offsetMinutes(wall - offsetMinutes(wall, zone) * 60_000, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { value: `${date}T${hour}:${minute}:${second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`, zone };
}
