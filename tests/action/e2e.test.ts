// End to end: a real git repository and origin, a push event, and the BUNDLED Action run as a process
// with the environment Actions gives it; Mastodon and GitHub (the shared fake, which checks every
// request against GitHub's OpenAPI description) are local servers.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import { useRepoRoutes } from '../helpers/fake-github/repo-routes.ts';
import { recordCheckRun } from '../helpers/fake-github/routes-checks.ts';
import { recordMerge } from '../helpers/fake-github/routes-commits.ts';
import { startFakeGitHub } from '../helpers/fake-github/server.ts';
import { tick } from '../helpers/fake-github/state.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';
import { pushedLedger } from '../publish/_harness.ts';
import { createRepo, heraldConfig, PNG, threadPost, type TestRepo } from '../publish/_repo.ts';

const bundle = resolve(import.meta.dirname, '../../action/dist/index.js');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function setup() {
  const mastodon = await startMastodonServer({ token: 'mastodon-secret-token' });
  const repo: TestRepo = createRepo({ '.github/herald.yml': heraldConfig({ mastodon: mastodon.url }), 'posts/media/square.png': PNG });
  const before = repo.git('rev-parse', 'HEAD').trim();
  // The pull request: its head on refs/pull/1/head (as GitHub keeps it), merged with a merge commit.
  repo.git('checkout', '-q', '-b', 'launch');
  const head = repo.commit(
    { 'posts/2026-12-01-launch.md': threadPost(['Herald is live! #Herald', 'Every post exactly once.'], { media: true }) },
    'Launch post',
    false,
  );
  repo.git('push', '-q', 'origin', `${head}:refs/pull/1/head`);
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #1 from wg/launch', 'launch');
  repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
  const after = repo.git('rev-parse', 'HEAD').trim();
  useRepoRoutes();
  const github = await startFakeGitHub();
  const ghRepo = github.state.createRepo('wg', 'social', { '.github/herald.yml': repo.git('show', 'HEAD:.github/herald.yml') });
  const pull = github.state.openPull(ghRepo, {
    author: { login: 'ada', type: 'User' },
    changes: { 'posts/2026-12-01-launch.md': repo.git('show', `${after}:posts/2026-12-01-launch.md`) },
    title: 'Launch post',
  });
  ghRepo.commits.set(head, { ...ghRepo.commits.get(pull.headSha)!, oid: head });
  pull.headSha = head;
  // The vote passed on the PR's head (in Actions-only mode the check run is GitHub Actions').
  recordCheckRun(ghRepo, {
    id: github.state.nextId(),
    appId: 15368,
    headSha: head,
    name: 'Herald vote',
    conclusion: 'success',
    at: tick(),
  });
  recordMerge(ghRepo, pull, after);
  // What `permissions:` the publish workflow grants the job's GITHUB_TOKEN (docs/security-publisher.md).
  const token = github.auth.issueToken({
    login: 'github-actions[bot]',
    appId: 15368,
    permissions: { metadata: 'read', contents: 'write', pull_requests: 'write', checks: 'read' },
  });
  cleanups.push(
    () => mastodon.close(),
    () => expect(mastodon.violations, 'requests the Mastodon description does not allow').toEqual([]),
    () => github.close(),
    () => repo.remove(),
  );
  // Checked after every test: a request GitHub would refuse fails it.
  cleanups.push(() => github.assertNoViolations());
  const event = join(repo.root, 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before, after, repository: { full_name: 'wg/social' } }));
  let runs = 0;
  const run = async (extraEnv: Record<string, string> = {}) => {
    const n = ++runs;
    const workspace = join(repo.root, `checkout-${n}`);
    execFileSync('git', ['clone', '-q', repo.origin, workspace]);
    execFileSync('git', ['checkout', '-q', '-B', 'main', after], { cwd: workspace });
    const output = join(repo.root, `output-${n}`);
    const summary = join(repo.root, `summary-${n}`);
    writeFileSync(output, '');
    writeFileSync(summary, '');
    const env: Record<string, string> = {
      PATH: process.env['PATH']!,
      HOME: process.env['HOME'] ?? repo.root,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REPOSITORY: 'wg/social',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_SHA: after,
      GITHUB_RUN_ID: String(1000 + n),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
      INPUT_CONFIG: '.github/herald.yml',
      'INPUT_DRY-RUN': 'false',
      INPUT_PLATFORMS: '',
      'INPUT_RETRY-POST': '',
      'INPUT_GITHUB-TOKEN': token,
      MASTODON_ACCESS_TOKEN: 'mastodon-secret-token',
      GIT_AUTHOR_NAME: 'github-actions',
      GIT_AUTHOR_EMAIL: 'actions@example.test',
      GIT_COMMITTER_NAME: 'github-actions',
      GIT_COMMITTER_EMAIL: 'actions@example.test',
      ...extraEnv,
    };
    const proc = spawn(process.execPath, [bundle], { cwd: workspace, env, timeout: 60_000 });
    let log = '';
    proc.stdout.on('data', (d: Buffer) => (log += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const code = await new Promise<number | null>((r) => proc.on('close', (c) => r(c)));
    return { code, log, output: readFileSync(output, 'utf8'), summary: readFileSync(summary, 'utf8') };
  };
  return { mastodon, repo, github, ghRepo, pull, run, after };
}

describe('the bundled Action, end to end', () => {
  it('publishes the merged post once, records the ledger, comments the links on the PR, and writes outputs and summary', async () => {
    const { mastodon, repo, github, ghRepo, pull, run } = await setup();
    const first = await run();
    expect(first.code, first.log).toBe(0);
    expect(first.log).toContain('::add-mask::mastodon-secret-token');
    const statuses = mastodon.state.statuses;
    expect(statuses.map((s) => s.text)).toEqual(['Herald is live! #Herald', 'Every post exactly once.']);
    expect(statuses[1]!.inReplyToId).toBe(statuses[0]!.id);

    const published = JSON.parse(/published<<(\S+)\n([\s\S]*?)\n\1/.exec(first.output)![2]!) as {
      post: string;
      platforms: { platform: string; urls: string[] }[];
    }[];
    expect(published[0]!.post).toBe('2026-12-01-launch');
    const urls = published[0]!.platforms[0]!.urls;
    expect(urls).toHaveLength(2);
    expect(first.summary).toContain('| Post | Platform | Status | Links |');
    expect(github.requests.map((r) => [r.operation, r.status])).toEqual([
      ['repos/list-pull-requests-associated-with-commit', 200],
      ['checks/list-for-ref', 200],
      ['issues/create-comment', 201],
    ]);
    expect(ghRepo.comments).toHaveLength(1);
    expect(ghRepo.comments[0]).toMatchObject({ issueNumber: pull.number, author: { login: 'github-actions[bot]' } });
    for (const url of urls) expect(ghRepo.comments[0]!.body).toContain(url);
    github.assertNoViolations();

    repo.git('fetch', '-q', 'origin');
    const ledger = parseLedger('l', pushedLedger(repo, '2026-12-01-launch')!);
    expect(ledger.platforms.mastodon!.map((p) => p.url)).toEqual(urls);

    // A re-run of the same push sends nothing.
    const again = await run();
    expect(again.code, again.log).toBe(0);
    expect(mastodon.state.statuses).toHaveLength(2);
    expect(github.requests).toHaveLength(3);
    expect(ghRepo.comments).toHaveLength(1);
  }, 120_000);

  it('checks credentials before anything is sent, naming the missing secret', async () => {
    const { mastodon, repo, run } = await setup();
    const result = await run({ MASTODON_ACCESS_TOKEN: '' });
    expect(result.code).toBe(1);
    expect(result.log).toContain('MASTODON_ACCESS_TOKEN');
    expect(result.log).toContain('nothing was sent');
    expect(mastodon.requests).toHaveLength(0);
    repo.git('fetch', '-q', 'origin');
    expect(pushedLedger(repo, '2026-12-01-launch')).toBeUndefined();
  }, 120_000);
});
