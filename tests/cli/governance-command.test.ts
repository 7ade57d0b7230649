// `herald governance` end to end: a roster on disk, today in the group's time zone, renewal issues on the
// fake GitHub. Terms end at midnight where the group lives: 2026-12-31 ends 11 hours earlier in Auckland.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { extrasOf } from '../helpers/fake-github/repo-extras.ts';
import { startRepoGitHub, type RepoGitHub } from '../helpers/fake-github/repo-routes.ts';
import { captureIO } from './_io.ts';

const roster = (timezone: string) => `timezone: ${timezone}
platforms:
  mastodon: { server: https://fosstodon.org }
  bluesky: {}
  discord: {}
roster:
  - login: ada
    role: chair
    term: { start: 2026-07-01, end: 2026-12-31 }
    admins: [mastodon, discord]
  - login: grace
    roles: [co-chair, board-liaison]
    term: { start: 2026-10-01, end: 2027-03-31 }
    admins: [mastodon, bluesky]
  - login: linus
    term: { start: 2026-10-01, end: 2027-03-31 }
    admins: [bluesky, discord]
governance:
  term_months: 6
  renewal_notice_days: 14
`;

function repo(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-governance-'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/herald.yml'), config);
  return dir;
}

// 2026-12-31T11:30Z is 2027-01-01 00:30 in Auckland (UTC+13 in summer) and still 2026-12-31 in UTC.
const NEW_YEAR_IN_AUCKLAND = new Date('2026-12-31T11:30:00Z');
let gh: RepoGitHub | undefined;
afterEach(async () => {
  gh?.github.assertNoViolations();
  await gh?.github.close();
  gh = undefined;
});

describe('herald governance', () => {
  it('in UTC the last day of a term is still a voting day, with a renewal notice for today', async () => {
    const io = captureIO(repo(roster('UTC')), NEW_YEAR_IN_AUCKLAND);
    expect(await run(['governance', '--dry-run'], io)).toBe(0);
    expect(io.stdout()).toContain('Roster on 2026-12-31 (UTC): 3 active members: @ada, @grace, @linus');
    expect(io.stdout()).toContain('would open or update the renewal issue for @ada (term ends 2026-12-31, 0 days left)');
  });

  it('in Pacific/Auckland the same instant is past the term: ada no longer votes, and her admin seat is gone', async () => {
    const io = captureIO(repo(roster('Pacific/Auckland')), NEW_YEAR_IN_AUCKLAND);
    expect(await run(['governance', '--dry-run'], io)).toBe(1);
    expect(io.stdout()).toContain('Roster on 2027-01-01 (Pacific/Auckland): 2 active members: @grace, @linus');
    expect(io.stdout()).toContain('the roster has no active chair');
    expect(io.stdout()).toContain('mastodon has only grace as admin among active members');
    expect(io.stdout()).not.toContain('would open');
  });

  it('a minute before Auckland midnight ada still counts', async () => {
    const io = captureIO(repo(roster('Pacific/Auckland')), new Date('2026-12-31T10:59:00Z'));
    expect(await run(['governance', '--dry-run'], io)).toBe(0);
    expect(io.stdout()).toContain('Roster on 2026-12-31 (Pacific/Auckland): 3 active members');
  });

  it('opens the renewal issue on GitHub, and updates rather than duplicates it the next day', async () => {
    gh = await startRepoGitHub({ '.github/herald.yml': roster('UTC') });
    const dir = repo(roster('UTC'));
    const env = { GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: 'django/social', GITHUB_API_URL: gh.github.url };
    const first = { ...captureIO(dir, new Date('2026-12-20T09:00:00Z')), env };
    expect(await run(['governance'], first)).toBe(0);
    expect(first.stdout()).toMatch(/opened the renewal issue for @ada: https:\/\/github\.com\/django\/social\/issues\/1/);
    const next = { ...captureIO(dir, new Date('2026-12-21T09:00:00Z')), env };
    expect(await run(['governance'], next)).toBe(0);
    expect(next.stdout()).toContain('updated the renewal issue for @ada');
    expect(extrasOf(gh.repo).issues).toHaveLength(1);
    expect(extrasOf(gh.repo).issues[0]!.body).toContain('(in 10 days)');
  });

  it('says what is missing instead of guessing a repository', async () => {
    const io = captureIO(repo(roster('UTC')), new Date('2026-12-20T09:00:00Z'));
    expect(await run(['governance'], io)).toBe(1);
    expect(io.stderr()).toContain('cannot open renewal issues: GITHUB_TOKEN and GITHUB_REPOSITORY are not set');
  });

  it('has --help', async () => {
    const io = captureIO(repo(roster('UTC')));
    expect(await run(['governance', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: herald governance');
  });
});
