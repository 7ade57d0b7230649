// The posting calendar kept up to date by the publish and schedule runs: `calendar.ics` at the root
// of the herald/ledger branch (the only branch the publish job writes), built from the posts at the
// default branch's tip and the ledger, so members subscribe to its raw URL. Committed only when an
// event changed (DTSTAMP, the time of writing, alone is no change); a push that loses a race reads
// the new ledger tip and builds the calendar again.
import { calendarEvents, renderCalendar } from '../core/calendar.ts';
import { HeraldError } from '../core/errors.ts';
import { parseLedger } from '../core/ledger/format.ts';
import { isPostPath, LEDGER_DIR, postIdOfLedgerPath } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { parsePost } from '../core/post/parse.ts';
import type { HeraldConfig, Post } from '../core/types.ts';
import { batchReader } from '../git/batch.ts';
import { listTree } from '../git/read.ts';
import { git, gitRaw } from '../git/run.ts';
import { commitTree, updateTree, writeBlob } from '../ledger/objects.ts';
import { LEDGER_BRANCH } from '../ledger/store.ts';

import { CALENDAR_FILE } from './calendar-due.ts';

export { CALENDAR_FILE };
/** How far back live posts stay in the calendar. */
export const CALENDAR_DAYS = 30;
const LOCAL_REF = 'refs/herald/calendar-base';
const ATTEMPTS = 5;

export interface CalendarWrite {
  cwd: string;
  remote: string;
  /** The default branch's tip the run published from. */
  tip: string;
  config: HeraldConfig;
  now: Date;
  /** The calendar's name, e.g. "django/social posts". */
  name: string;
  author?: { name: string; email: string };
}

export type CalendarResult = { kind: 'unchanged' | 'written'; events: number } | { kind: 'no-ledger' };

export async function writeCalendar(options: CalendarWrite): Promise<CalendarResult> {
  const { cwd, remote } = options;
  const author = options.author ?? { name: 'herald[bot]', email: 'herald@users.noreply.github.com' };
  const posts = await postsAt(cwd, options.tip, options.config.timezone);
  for (let attempt = 1; ; attempt++) {
    const fetched = await gitRaw(cwd, ['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${LEDGER_BRANCH}:${LOCAL_REF}`]);
    if (fetched.code !== 0) {
      if (/couldn't find remote ref|no such ref|not our ref/i.test(fetched.stderr)) return { kind: 'no-ledger' };
      throw new HeraldError(`git fetch of ${LEDGER_BRANCH} for the calendar failed: ${fetched.stderr.trim()}`);
    }
    const tip = (await git(cwd, ['rev-parse', LOCAL_REF])).trim();
    const ledgers = await ledgerAt(cwd, tip);
    const events = calendarEvents({ posts, ledgers, config: options.config, now: options.now, recentDays: CALENDAR_DAYS });
    const text = renderCalendar(events, { name: options.name, timeZone: options.config.timezone, now: options.now });
    const current = await gitRaw(cwd, ['show', `${tip}:${CALENDAR_FILE}`]);
    if (current.code === 0 && withoutStamps(current.stdout.toString('utf8')) === withoutStamps(text))
      return { kind: 'unchanged', events: events.length };
    const tree = await updateTree(
      cwd,
      (await git(cwd, ['rev-parse', `${tip}^{tree}`])).trim(),
      new Map([[CALENDAR_FILE, { type: 'blob', oid: await writeBlob(cwd, text) }]]),
    );
    const commit = await commitTree(cwd, tree, tip, `herald: calendar (${events.length} events)`, author);
    const pushed = await gitRaw(cwd, ['push', '--quiet', remote, `${commit}:refs/heads/${LEDGER_BRANCH}`]);
    if (pushed.code === 0) return { kind: 'written', events: events.length };
    if (!/\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref/i.test(pushed.stderr) || attempt >= ATTEMPTS)
      throw new HeraldError(`git push of the calendar to ${LEDGER_BRANCH} failed: ${pushed.stderr.trim()}`);
  }
}

/** The calendar without its DTSTAMP lines (when it was written): what a subscriber sees change. */
function withoutStamps(text: string): string {
  return text.replace(/^DTSTAMP:.*\r?\n/gm, '');
}

/** Every post at the default branch's tip that parses (one that does not cannot be scheduled). */
async function postsAt(cwd: string, tip: string, timeZone: string): Promise<Post[]> {
  const reader = batchReader(cwd);
  try {
    const posts: Post[] = [];
    for (const [file, entry] of await listTree(cwd, tip, 'posts')) {
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

/** The ledger entries at the ledger branch's tip, by post id (a file that does not parse is left out). */
async function ledgerAt(cwd: string, tip: string): Promise<Record<string, LedgerEntry>> {
  const reader = batchReader(cwd);
  try {
    const entries: Record<string, LedgerEntry> = {};
    for (const [path, entry] of await listTree(cwd, tip, LEDGER_DIR)) {
      if (postIdOfLedgerPath(path) === undefined) continue;
      const blob = await reader.object(entry.oid);
      if (!blob) continue;
      try {
        const parsed = parseLedger(path, blob.bytes.toString('utf8'));
        entries[parsed.postId] = parsed;
      } catch {
        // The publisher reports an unreadable ledger file; the calendar leaves it out.
      }
    }
    return entries;
  } finally {
    reader.close();
  }
}
