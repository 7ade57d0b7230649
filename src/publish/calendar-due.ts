// Whether a run rebuilds the posting calendar (calendar.ts): when its plan had posts (something was
// published, scheduled or changed), or the calendar on the ledger branch is missing or half a day old
// (live posts leave its 30-day window). Only git here, so a run with nothing to do loads no parser.
import { gitRaw } from '../git/run.ts';
import { LOCAL_REF } from '../ledger/store.ts';

export const CALENDAR_FILE = 'calendar.ics';
const REFRESH_MS = 12 * 3_600_000;

export async function calendarDue(cwd: string, planned: boolean, now: Date): Promise<boolean> {
  if (planned) return true;
  const last = await gitRaw(cwd, ['log', '-1', '--format=%ct', LOCAL_REF, '--', CALENDAR_FILE]);
  const at = Number(last.stdout.toString('utf8').trim()) * 1000;
  return last.code !== 0 || !at || now.getTime() - at > REFRESH_MS;
}
