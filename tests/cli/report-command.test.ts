// `herald report` end to end: ledger files in a temp repository, votes from the fake GitHub, engagement and
// followers from the local Mastodon and X servers; LinkedIn without credentials and X's missing tweet fail
// soft; the retired Discord keeps its history. Checked against a golden markdown file and the SVG.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/report-command.ts';
import { run } from '../../src/cli/main.ts';
import { createLinkedInAdapter } from '../../src/platforms/linkedin.ts';
import { createMastodonAdapter } from '../../src/platforms/mastodon.ts';
import { loadersOf } from '../../src/platforms/registry.ts';
import { createXAdapter } from '../../src/platforms/x.ts';
import { mergePull } from '../helpers/fake-github/repo-extras.ts';
import { startRepoGitHub, type RepoGitHub } from '../helpers/fake-github/repo-routes.ts';
import type { FakeGitHubState, FakeRepo } from '../helpers/fake-github/state.ts';
import { startMastodonServer, type MastodonState } from '../helpers/servers/mastodon.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { startXServer, type XState } from '../helpers/servers/x.ts';
import { lastCompleteQuarter } from '../../src/core/quarterly-report/period.ts';
import { captureIO } from './_io.ts';
import { reportConfig, reportRepo } from './_report-repo.ts';

const golden = join(import.meta.dirname, '../fixtures/report/cli-2026Q3.md');
const factories = { mastodon: createMastodonAdapter, x: createXAdapter, linkedin: createLinkedInAdapter };
let gh: RepoGitHub;
let mastodon: FakeServer<MastodonState>;
let x: FakeServer<XState>;
let dir: string;
let markdown: string;
let svg: string;
let stdout: string;

function status(id: string, favourites: number, reply?: string) {
  return {
    id,
    text: 't',
    inReplyToId: reply ?? null,
    quotedStatusId: null,
    mediaIds: [],
    spoilerText: '',
    visibility: 'public',
    language: 'en',
    reblogOf: null,
    idempotencyKey: undefined,
    favourites,
  };
}

function votedPull(
  state: FakeGitHubState,
  repo: FakeRepo,
  files: Record<string, string>,
  author: string,
  opened: string,
  reviews: [string, string][],
  merged: string,
) {
  const pull = state.openPull(repo, { author: { login: author, type: 'User' }, changes: files, title: Object.keys(files)[0] });
  for (const [login, at] of reviews) state.review(pull, { login, type: 'User' }, 'APPROVED').submittedAt = at;
  mergePull(state, repo, pull, merged, opened);
}

beforeAll(async () => {
  mastodon = await startMastodonServer();
  mastodon.state.statuses.push(status('1001', 41), status('1002', 9), status('1003', 2), status('1090', 0, '1001'));
  x = await startXServer();
  x.state.tweets.push({ id: '1860000000000000001', text: 'sprint', mediaIds: [], likes: 17 });
  gh = await startRepoGitHub({ 'README.md': '# Social\n' });
  const { state } = gh.github;
  // PR 1: ada (author, counts) + grace after 6 h = 2 of 2 active members. PR 2: ada + linus after 48 h = 2 of 3.
  votedPull(
    state,
    gh.repo,
    { 'posts/2026-07-02-sprint.md': 'Sprint!' },
    'ada',
    '2026-07-01T08:00:00Z',
    [['grace', '2026-07-01T14:00:00Z']],
    '2026-07-01T15:00:00Z',
  );
  votedPull(
    state,
    gh.repo,
    { 'posts/2026-08-20-django-5-3.md': '5.3' },
    'ada',
    '2026-08-10T09:00:00Z',
    [['linus', '2026-08-12T09:00:00Z']],
    '2026-08-12T10:00:00Z',
  );
  votedPull(state, gh.repo, { 'README.md': 'docs only' }, 'grace', '2026-08-01T09:00:00Z', [], '2026-08-01T10:00:00Z');
  votedPull(
    state,
    gh.repo,
    { 'posts/2026-10-05-late.md': 'late' },
    'grace',
    '2026-10-02T09:00:00Z',
    [['ada', '2026-10-02T10:00:00Z']],
    '2026-10-02T11:00:00Z',
  );

  dir = reportRepo(reportConfig({ mastodon: mastodon.url, x: x.url }));
  const io = captureIO(dir, new Date('2026-10-01T06:00:00Z'));
  io.env = {
    GITHUB_TOKEN: gh.token,
    GITHUB_REPOSITORY: 'django/social',
    GITHUB_API_URL: gh.github.url,
    MASTODON_ACCESS_TOKEN: mastodon.state.token,
    X_API_KEY: 'ck',
    X_API_SECRET: 'cs',
    X_ACCESS_TOKEN: 'tk',
    X_ACCESS_TOKEN_SECRET: 'ts',
  };
  expect(await reportCommand(['--quarter', '2026Q3', '--out', 'reports'], io, { adapters: loadersOf(factories) })).toBe(0);
  stdout = io.stdout();
  markdown = readFileSync(join(dir, 'reports/2026Q3.md'), 'utf8');
  svg = readFileSync(join(dir, 'reports/2026Q3.svg'), 'utf8');
}, 60_000);

afterAll(async () => {
  gh.github.assertNoViolations();
  // Every request the Mastodon adapter sent is one Mastodon's published description allows.
  expect(mastodon.violations).toEqual([]);
  await Promise.all([gh.github.close(), mastodon.close(), x.close()]);
});

describe('herald report --quarter 2026Q3', () => {
  it('matches the golden markdown', () => {
    if (process.env.HERALD_UPDATE_GOLDEN) writeFileSync(golden, markdown);
    expect(markdown).toBe(readFileSync(golden, 'utf8'));
    expect(stdout).toContain('Wrote reports/2026Q3.md and reports/2026Q3.svg');
  });

  it('counts votes from the merged pull requests that touched posts/, in the quarter only', () => {
    expect(markdown).toContain('- 2 pull requests voted and merged');
    expect(markdown).toContain('- Median time from pull request to quorum: 27 hours (2 PRs)');
  });

  it('fetches engagement and followers from the platform servers', () => {
    expect(markdown).toContain('| [2026-07-02-sprint](https://fosstodon.org/@django/1001) | Mastodon | 41 | 0 | 1 |');
    expect(markdown).toContain('| Mastodon | 42 |');
    expect(markdown).toContain('| X | 7 |');
  });

  it('fails soft per platform and says why', () => {
    expect(markdown).toMatch(/- LinkedIn: engagement and followers: (?!linkedin:).*LINKEDIN_ACCESS_TOKEN/);
    expect(markdown).toContain('- X: engagement of 1 post: 2026-08-20-django-5-3: x: post 1860000000000000002 was not found');
  });

  it("keeps the retired platform's history and does not call it", () => {
    expect(markdown).toContain('| Discord | 1 | 0 | 0 | 1 |');
    expect(markdown).toContain('- Discord retired since 2026-08-15 (moved to Mastodon); its history stays in this report');
    expect(markdown).toContain('- Discord: engagement and followers: retired since 2026-08-15: figures are no longer fetched');
  });

  it('lists failures and retries from the ledger', () => {
    expect(markdown).toContain(
      '| 2026-08-20 | 2026-08-20-django-5-3 | X | 2 | published on retry | posts/2026-08-20-django-5-3.md → x: 503 over capacity \\| try later |',
    );
  });

  it('draws the chart: one bar per platform and month, with a text alternative', () => {
    expect(svg).toContain('<desc id="desc">Posts per month: Mastodon 2, X 2, LinkedIn 1, Discord 1</desc>');
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(12);
    expect(svg).toContain('<title>Mastodon, 2026-08: 1</title>');
  });
});

describe('herald report without GitHub', () => {
  it('still writes the report and says the votes are missing and why', async () => {
    const io = captureIO(
      reportRepo(reportConfig({ mastodon: 'http://127.0.0.1:9', x: 'http://127.0.0.1:9' })),
      new Date('2026-10-01T06:00:00Z'),
    );
    expect(await run(['report', '--since', '2026-07-01', '--until', '2026-09-30', '--out', 'out'], io)).toBe(0);
    const text = readFileSync(join(io.cwd, 'out/2026-07-01_2026-09-30.md'), 'utf8');
    expect(text).toContain('# Herald report 2026-07-01 to 2026-09-30');
    expect(text).toContain('- Votes not counted: GITHUB_TOKEN and GITHUB_REPOSITORY are not set');
    expect(text).toContain('- Mastodon: engagement and followers: ');
    expect(text).not.toContain('- Mastodon: engagement and followers: mastodon:');
  });

  it('reports on the last complete quarter when no period is given', async () => {
    const io = captureIO(
      reportRepo(reportConfig({ mastodon: 'http://127.0.0.1:9', x: 'http://127.0.0.1:9' })),
      new Date('2026-10-01T06:00:00Z'),
    );
    expect(await run(['report', '--out', 'out'], io)).toBe(0);
    expect(readFileSync(join(io.cwd, 'out/2026Q3.md'), 'utf8')).toContain('# Herald report 2026Q3');
    expect(lastCompleteQuarter('2026-01-15')).toBe('2025Q4');
    expect(lastCompleteQuarter('2026-09-30')).toBe('2026Q2');
  });

  it('refuses an unclear period', async () => {
    const io = captureIO(reportRepo(reportConfig({ mastodon: 'http://127.0.0.1:9', x: 'http://127.0.0.1:9' })));
    expect(await run(['report', '--quarter', '2026Q5'], io)).toBe(2);
    expect(io.stderr()).toContain('"2026Q5" is not a quarter: write it like 2026Q3');
    expect(await run(['report', '--quarter', '2026Q3', '--since', '2026-07-01'], io)).toBe(2);
  });
});
