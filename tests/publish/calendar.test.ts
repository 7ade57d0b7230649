// The calendar the publish and schedule runs keep on herald/ledger: the Action in-process on a fresh
// clone of a real git origin, the .ics read back from the origin's ledger branch with ical.js.
import ICAL from 'ical.js';
import { afterEach, expect, it } from 'vitest';
import { publishWorld, type World } from '../action/_publish-world.ts';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const at = (when: string, text: string) => `---\nlanguage: en\nplatforms: [mastodon]\npublish_at: ${when}\n---\n${text}\n`;
const originCalendar = (w: World) => w.repo.git('--git-dir', w.repo.origin, 'show', 'herald/ledger:calendar.ics');
const ledgerCommits = (w: World) => Number(w.repo.git('--git-dir', w.repo.origin, 'rev-list', '--count', 'herald/ledger').trim());

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

it('the publish and schedule runs keep calendar.ics on herald/ledger: live posts with their link, scheduled ones at their time; an unchanged calendar is not committed again', async () => {
  world = await publishWorld();
  const base = world.head();
  // "now" in the world is 2026-12-01T12:00Z: the first goes out on merge, the second waits.
  const { merge } = world.mergePull({
    'posts/2026-12-01-live.md': '---\nlanguage: en\nplatforms: [mastodon]\n---\nHerald is live.\n',
    'posts/2026-12-15-sprint.md': at('2026-12-15T17:00:00+01:00', 'The sprint starts tonight.'),
  });
  expect((await world.run({ name: 'push', before: base, after: merge })).failed).toEqual([]);
  const scheduled = await world.run({ name: 'schedule' });
  expect(scheduled.failed).toEqual([]);
  expect(scheduled.warnings.filter((w) => w.includes('calendar'))).toEqual([]);

  const parsed = events(originCalendar(world));
  const byId = new Map(parsed.map((e) => [e.uid, e]));
  const live = byId.get('2026-12-01-live.mastodon@herald')!;
  const status = world.mastodon.state.statuses[0]!;
  expect(live.summary).toBe('Mastodon: Herald is live.');
  // The live link, as the ledger recorded it (the status's own id in its URL).
  const url = live.component.getFirstPropertyValue('url') as string;
  expect(url.startsWith(world.mastodon.url)).toBe(true);
  expect(url.endsWith(`/${status.id}`)).toBe(true);
  expect(live.description).toContain(url);
  const sprint = byId.get('2026-12-15-sprint.mastodon@herald')!;
  expect(sprint.summary).toBe('Mastodon: The sprint starts tonight. (scheduled)');
  expect(sprint.startDate.toJSDate().toISOString()).toBe('2026-12-15T16:00:00.000Z');
  expect(parsed).toHaveLength(2);

  // Nothing changed: the next run leaves the branch as it is (only DTSTAMP would differ).
  const commits = ledgerCommits(world);
  expect((await world.run({ name: 'schedule' })).failed).toEqual([]);
  expect(ledgerCommits(world)).toBe(commits);
  // The ledger files are still there beside it.
  expect(world.repo.git('--git-dir', world.repo.origin, 'ls-tree', '--name-only', 'herald/ledger')).toMatch(/^calendar\.ics$/m);
  expect(world.repo.git('--git-dir', world.repo.origin, 'ls-tree', '--name-only', 'herald/ledger')).toMatch(/^published$/m);
}, 60_000);
