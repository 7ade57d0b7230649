import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  readLedgerEntries
} from "./chunk-PAKEGLS7.js";
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  CONFIG_PATH,
  findPostFiles,
  loadValidConfig,
  readPostFiles
} from "./chunk-VD2WPKFG.js";
import {
  calendarEvents,
  renderCalendar
} from "./chunk-J5G4FY3S.js";
import {
  parsePost
} from "./chunk-5SILHX7E.js";
import "./chunk-D5V65JXJ.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-63TP3FNY.js";
import "./chunk-YXY5G25S.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-QKSMSPLC.js";

// src/cli/calendar-command.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
var CALENDAR_HELP = `Usage: herald calendar [options]

Writes the posting calendar as an iCalendar (.ics) file: every scheduled post (publish_at) and every
post that went live in the last --days days, one event per post and platform, with the live link.
Calendar apps subscribe to the file's raw URL; times show in each member's own time zone.

Options:
  --out <file>     where to write it (default: calendar.ics; - for standard output)
  --days <n>       how many days of published posts to list (default: 30)
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;
async function calendarCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: "string", default: "calendar.ics" },
      days: { type: "string", default: "30" },
      config: { type: "string", default: CONFIG_PATH },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(CALENDAR_HELP);
    return 0;
  }
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 0 || days > 3660)
    throw new UsageError(`--days ${values.days}: give a whole number of days from 0 to 3660`);
  const { config } = loadValidConfig(io.cwd, values.config);
  const posts = [];
  for (const file of readPostFiles(io.cwd, findPostFiles(io.cwd, ["posts"]))) {
    const parsed = parsePost(file.path, file.content);
    if (parsed.ok) posts.push(parsed.post);
  }
  const ledgers = {};
  for (const entry of await readLedgerEntries(io.cwd)) ledgers[entry.postId] = entry;
  const events = calendarEvents({ posts, ledgers, config, now: io.now, recentDays: days });
  const text = renderCalendar(events, { name: "Herald posts", timeZone: config.timezone, now: io.now });
  if (values.out === "-") {
    io.out(text);
    return 0;
  }
  const out = resolve(io.cwd, values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const scheduled = events.filter((e) => e.state === "scheduled").length;
  io.out(
    `Wrote ${values.out}: ${scheduled} scheduled and ${events.length - scheduled} live event${events.length - scheduled === 1 ? "" : "s"}
`
  );
  return 0;
}
export {
  CALENDAR_HELP,
  calendarCommand
};
