import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  calendarEvents,
  renderCalendar
} from "./chunk-J5G4FY3S.js";
import {
  parsePost
} from "./chunk-5SILHX7E.js";
import "./chunk-D5V65JXJ.js";
import {
  CALENDAR_FILE
} from "./chunk-34YTQEKO.js";
import {
  LEDGER_BRANCH,
  batchReader,
  commitTree,
  git,
  gitRaw,
  listTree,
  updateTree,
  writeBlob
} from "./chunk-63TP3FNY.js";
import {
  parseLedger
} from "./chunk-YXY5G25S.js";
import {
  LEDGER_DIR,
  isPostPath,
  postIdOfLedgerPath
} from "./chunk-RZ3CGBG7.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/publish/calendar.ts
var CALENDAR_DAYS = 30;
var LOCAL_REF = "refs/herald/calendar-base";
var ATTEMPTS = 5;
async function writeCalendar(options) {
  const { cwd, remote } = options;
  const author = options.author ?? { name: "herald[bot]", email: "herald@users.noreply.github.com" };
  const posts = await postsAt(cwd, options.tip, options.config.timezone);
  for (let attempt = 1; ; attempt++) {
    const fetched = await gitRaw(cwd, ["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${LEDGER_BRANCH}:${LOCAL_REF}`]);
    if (fetched.code !== 0) {
      if (/couldn't find remote ref|no such ref|not our ref/i.test(fetched.stderr)) return { kind: "no-ledger" };
      throw new HeraldError(`git fetch of ${LEDGER_BRANCH} for the calendar failed: ${fetched.stderr.trim()}`);
    }
    const tip = (await git(cwd, ["rev-parse", LOCAL_REF])).trim();
    const ledgers = await ledgerAt(cwd, tip);
    const events = calendarEvents({ posts, ledgers, config: options.config, now: options.now, recentDays: CALENDAR_DAYS });
    const text = renderCalendar(events, { name: options.name, timeZone: options.config.timezone, now: options.now });
    const current = await gitRaw(cwd, ["show", `${tip}:${CALENDAR_FILE}`]);
    if (current.code === 0 && withoutStamps(current.stdout.toString("utf8")) === withoutStamps(text))
      return { kind: "unchanged", events: events.length };
    const tree = await updateTree(
      cwd,
      (await git(cwd, ["rev-parse", `${tip}^{tree}`])).trim(),
      /* @__PURE__ */ new Map([[CALENDAR_FILE, { type: "blob", oid: await writeBlob(cwd, text) }]])
    );
    const commit = await commitTree(cwd, tree, tip, `herald: calendar (${events.length} events)`, author);
    const pushed = await gitRaw(cwd, ["push", "--quiet", remote, `${commit}:refs/heads/${LEDGER_BRANCH}`]);
    if (pushed.code === 0) return { kind: "written", events: events.length };
    if (!/\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref/i.test(pushed.stderr) || attempt >= ATTEMPTS)
      throw new HeraldError(`git push of the calendar to ${LEDGER_BRANCH} failed: ${pushed.stderr.trim()}`);
  }
}
function withoutStamps(text) {
  return text.replace(/^DTSTAMP:.*\r?\n/gm, "");
}
async function postsAt(cwd, tip, timeZone) {
  const reader = batchReader(cwd);
  try {
    const posts = [];
    for (const [file, entry] of await listTree(cwd, tip, "posts")) {
      if (!isPostPath(file) || !/^1006[0-7]{2}$/.test(entry.mode)) continue;
      const blob = await reader.object(entry.oid);
      if (!blob) continue;
      const parsed = parsePost(file, blob.bytes, { timeZone });
      if (parsed.ok) posts.push(parsed.post);
    }
    return posts;
  } finally {
    reader.close();
  }
}
async function ledgerAt(cwd, tip) {
  const reader = batchReader(cwd);
  try {
    const entries = {};
    for (const [path, entry] of await listTree(cwd, tip, LEDGER_DIR)) {
      if (postIdOfLedgerPath(path) === void 0) continue;
      const blob = await reader.object(entry.oid);
      if (!blob) continue;
      try {
        const parsed = parseLedger(path, blob.bytes.toString("utf8"));
        entries[parsed.postId] = parsed;
      } catch {
      }
    }
    return entries;
  } finally {
    reader.close();
  }
}
export {
  CALENDAR_DAYS,
  CALENDAR_FILE,
  writeCalendar
};
