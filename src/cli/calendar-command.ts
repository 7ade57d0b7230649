// `herald calendar`: the group's posting calendar as an iCalendar file members can subscribe to:
// scheduled posts and the posts live in the last days, one event per post and platform.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { calendarEvents, renderCalendar } from '../core/calendar.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { parsePost } from '../core/post/parse.ts';
import type { Post } from '../core/types.ts';
import { readLedgerEntries } from '../ledger/read-all.ts';
import { UsageError, type CliIO } from './io.ts';
import { CONFIG_PATH, findPostFiles, loadValidConfig, readPostFiles } from './repo.ts';

export const CALENDAR_HELP = `Usage: herald calendar [options]

Writes the posting calendar as an iCalendar (.ics) file: every scheduled post (publish_at) and every
post that went live in the last --days days, one event per post and platform, with the live link.
Calendar apps subscribe to the file's raw URL; times show in each member's own time zone.

Options:
  --out <file>     where to write it (default: calendar.ics; - for standard output)
  --days <n>       how many days of published posts to list (default: 30)
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;

export async function calendarCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string', default: 'calendar.ics' },
      days: { type: 'string', default: '30' },
      config: { type: 'string', default: CONFIG_PATH },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(CALENDAR_HELP);
    return 0;
  }
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 0 || days > 3660)
    throw new UsageError(`--days ${values.days}: give a whole number of days from 0 to 3660`);
  const { config } = loadValidConfig(io.cwd, values.config);
  const posts: Post[] = [];
  for (const file of readPostFiles(io.cwd, findPostFiles(io.cwd, ['posts']))) {
    const parsed = parsePost(file.path, file.content);
    // A post that does not parse cannot be scheduled: herald check reports it; the calendar skips it.
    if (parsed.ok) posts.push(parsed.post);
  }
  const ledgers: Record<string, LedgerEntry> = {};
  for (const entry of await readLedgerEntries(io.cwd)) ledgers[entry.postId] = entry;
  const events = calendarEvents({ posts, ledgers, config, now: io.now, recentDays: days });
  const text = renderCalendar(events, { name: 'Herald posts', timeZone: config.timezone, now: io.now });
  if (values.out === '-') {
    io.out(text);
    return 0;
  }
  const out = resolve(io.cwd, values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const scheduled = events.filter((e) => e.state === 'scheduled').length;
  io.out(
    `Wrote ${values.out}: ${scheduled} scheduled and ${events.length - scheduled} live event${events.length - scheduled === 1 ? '' : 's'}\n`,
  );
  return 0;
}
