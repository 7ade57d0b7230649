// `herald calendar` on a repository on disk: scheduled posts and the live ledger become a file that
// an iCalendar parser reads back; a post that does not parse is left out, not fatal.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIO } from './_io.ts';

const CONFIG = 'timezone: Europe/Amsterdam\nplatforms:\n  mastodon: { server: https://fosstodon.org }\n';
const LEDGER = `post: 2026-12-03-release
file: posts/2026-12-03-release.md
content: sha256:00
platforms:
  mastodon:
    - part: 0
      state: live
      key: k-1
      url: https://fosstodon.org/@django/1
      id: "1"
      run: "100-1"
      intent_at: "2026-12-03T10:00:00Z"
      live_at: "2026-12-03T10:00:05Z"
`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-calendar-'));
  for (const [path, content] of Object.entries({ '.github/herald.yml': CONFIG, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('herald calendar', () => {
  it('writes the scheduled and live posts as events', async () => {
    const dir = repo({
      'posts/2026-12-03-release.md': 'Django 6.0 is out!\n',
      'posts/2026-12-15-wellbeing.md': '---\npublish_at: 2026-12-15T17:00:00+01:00\n---\nMaintainer wellbeing.\n',
      'posts/broken.md': '---\npublish_at: [\n---\nx\n',
      'published/2026-12-03-release.yml': LEDGER,
    });
    const io = captureIO(dir, new Date('2026-12-04T09:00:00Z'));
    expect(await run(['calendar', '--out', 'site/calendar.ics'], io)).toBe(0);
    expect(io.stdout()).toBe('Wrote site/calendar.ics: 1 scheduled and 1 live event\n');
    const component = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'site/calendar.ics'), 'utf8')));
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      ['Mastodon: Django 6.0 is out!', '2026-12-03T10:00:05.000Z'],
      ['Mastodon: Maintainer wellbeing. (scheduled)', '2026-12-15T16:00:00.000Z'],
    ]);
  });

  it('refuses a --days that is not a number of days', async () => {
    const io = captureIO(repo({ 'posts/a.md': 'Hi\n' }));
    expect(await run(['calendar', '--days', 'soon'], io)).toBe(2);
    expect(io.stderr()).toContain('--days soon: give a whole number of days from 0 to 3660');
  });
});
