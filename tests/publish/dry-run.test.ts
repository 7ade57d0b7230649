// The dry run says scheduled times the way `herald preview` does: in the config's time zone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { dryRun } from '../../src/publish/dry-run.ts';
import { captureIO } from '../cli/_io.ts';

const NOW = new Date('2026-11-21T12:00:00Z');

function repoWith(timezone: string): string {
  const repo = mkdtempSync(join(tmpdir(), 'herald-dry-run-'));
  mkdirSync(join(repo, 'posts'));
  mkdirSync(join(repo, '.github'));
  writeFileSync(join(repo, '.github/herald.yml'), `timezone: ${timezone}\nplatforms:\n  mastodon:\n    server: https://fosstodon.org\n`);
  // 09:00 UTC: 10:00 in Amsterdam, 03:00 in Chicago; the other post has no publish_at.
  writeFileSync(join(repo, 'posts/later.md'), '---\nlanguage: en\nplatforms: [mastodon]\npublish_at: 2026-12-03T09:00:00Z\n---\nLater\n');
  writeFileSync(join(repo, 'posts/now.md'), '---\nlanguage: en\nplatforms: [mastodon]\n---\nNow\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'posts');
  return repo;
}

let amsterdam: string;
let chicago: string;

beforeAll(() => {
  amsterdam = repoWith('Europe/Amsterdam');
  chicago = repoWith('America/Chicago');
});

describe('dryRun', () => {
  it("prints a scheduled post's time in the config's time zone, not UTC", async () => {
    const out = await dryRun(amsterdam, { now: NOW });
    expect(out).toContain('posts/later.md: scheduled for 2026-12-03 10:00 (Europe/Amsterdam)\n');
    expect(out).not.toContain('2026-12-03T09:00:00');
    expect(out).toMatch(/posts\/now\.md:\n {2}mastodon \(1 of 1 part\):\n {4}POST https:\/\/fosstodon\.org\/api\/v1\/statuses /);
    expect(await dryRun(chicago, { now: NOW })).toContain('posts/later.md: scheduled for 2026-12-03 03:00 (America/Chicago)\n');
  });

  it('shows the same time `herald preview` shows for the same post', async () => {
    for (const repo of [amsterdam, chicago]) {
      const preview = captureIO(repo, NOW);
      expect(await run(['preview', 'posts/later.md'], preview)).toBe(0);
      const shown = /scheduled for ([^\n]+)/.exec(preview.stdout())?.[1];
      expect(shown).toMatch(/^2026-12-03 \d\d:00 \(/);
      const dry = captureIO(repo, NOW);
      expect(await run(['publish', '--dry-run'], dry)).toBe(0);
      expect(dry.stdout()).toContain(`posts/later.md: scheduled for ${shown}\n`);
    }
  });
});
