// Every `command` of the one Herald Action, end to end: the bundled Action as a process, with the inputs a
// workflow step gives it, against the fake GitHub (which checks every request against GitHub's OpenAPI
// description), a local git remote, and local Mastodon and feed servers.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import { extrasOf, pullExtras } from '../helpers/fake-github/repo-extras.ts';
import { startRepoGitHub, useRepoRoutes } from '../helpers/fake-github/repo-routes.ts';
import { INSTALLATION_ID } from '../helpers/fake-github/herald-harness.ts';
import { pullRequestEvent } from '../helpers/fake-github/payloads.ts';
import { fixture, person } from '../helpers/fake-github/scenario.ts';
import { startFakeGitHub } from '../helpers/fake-github/server.ts';
import { rssDocument, startFeedServer } from '../helpers/feed-server.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';
import { reportConfig, reportRepo } from '../cli/_report-repo.ts';
import { createRepo, heraldConfig, threadPost } from '../publish/_repo.ts';
import { pushedLedger } from '../publish/_harness.ts';
import { runBundle } from './_bundle.ts';
import { GITHUB_ACTIONS_APP, mergeVotedPull } from './_voted-pull.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('the bundled Action runs every command', () => {
  it('command: schedule publishes a merged post once its publish_at has come, after the push run left it waiting', async () => {
    const mastodon = await startMastodonServer({ token: 'mastodon-token' });
    const repo = createRepo({ '.github/herald.yml': heraldConfig({ mastodon: mastodon.url }) });
    useRepoRoutes();
    const github = await startFakeGitHub();
    cleanups.push(
      () => github.assertNoViolations(),
      () => mastodon.close(),
      () => expect(mastodon.violations, 'requests the Mastodon description does not allow').toEqual([]),
      () => github.close(),
      () => repo.remove(),
    );
    const before = repo.git('rev-parse', 'HEAD').trim();
    const publishAt = new Date(Date.now() + 4000);
    // A merged pull request whose head has a passed "Herald vote": what the publisher verifies before sending.
    const ghRepo = github.state.createRepo('wg', 'social', { '.github/herald.yml': repo.git('show', 'HEAD:.github/herald.yml') });
    const { merge: after } = mergeVotedPull({ repo, github, ghRepo }, 1, {
      'posts/2026-12-01-later.md': threadPost(['See you soon! #Herald'], { publishAt: publishAt.toISOString().replace(/\.\d+Z$/, 'Z') }),
    });
    const token = github.auth.issueToken({
      login: 'github-actions[bot]',
      appId: GITHUB_ACTIONS_APP,
      permissions: { metadata: 'read', contents: 'write', pull_requests: 'write', checks: 'read' },
    });
    const checkout = (name: string) => {
      const dir = join(repo.root, name);
      execFileSync('git', ['clone', '-q', repo.origin, dir]);
      return dir;
    };
    const env = {
      MASTODON_ACCESS_TOKEN: 'mastodon-token',
      GITHUB_REPOSITORY: 'wg/social',
      GITHUB_API_URL: github.url,
      'INPUT_GITHUB-TOKEN': token,
    };
    const push = await runBundle({
      workspace: checkout('push'),
      eventName: 'push',
      event: { before, after },
      inputs: { command: 'publish' },
      env,
    });
    expect(push.code, push.log).toBe(0);
    expect(mastodon.state.statuses).toHaveLength(0);
    await new Promise((r) => setTimeout(r, Math.max(0, publishAt.getTime() - Date.now() + 1000)));
    const due = await runBundle({ workspace: checkout('schedule'), eventName: 'schedule', inputs: { command: 'schedule' }, env });
    expect(due.code, due.log).toBe(0);
    expect(mastodon.state.statuses.map((s) => s.text)).toEqual(['See you soon! #Herald']);
    repo.git('fetch', '-q', 'origin');
    const ledger = parseLedger('l', pushedLedger(repo, '2026-12-01-later')!);
    expect(ledger.platforms.mastodon?.[0]?.state).toBe('live');
    const again = await runBundle({ workspace: checkout('again'), eventName: 'schedule', inputs: { command: 'schedule' }, env });
    expect(again.code, again.log).toBe(0);
    expect(mastodon.state.statuses).toHaveLength(1);
  }, 120_000);

  it('command: feeds opens one draft pull request per new feed entry', async () => {
    const gh = await startRepoGitHub({ 'README.md': '# Social\n' });
    const feeds = await startFeedServer({ '/weblog.rss': { body: rssDocument(3) } });
    cleanups.push(
      () => gh.github.assertNoViolations(),
      () => gh.github.close(),
      () => feeds.close(),
    );
    const workspace = reportRepo(
      `timezone: UTC\nplatforms:\n  mastodon: { server: https://fosstodon.org }\nfeeds:\n  - name: Django weblog\n    url: ${feeds.url}/weblog.rss\n`,
    );
    const env = { GITHUB_REPOSITORY: 'django/social', GITHUB_API_URL: gh.github.url };
    const refused = await runBundle({
      workspace,
      eventName: 'schedule',
      inputs: { command: 'feeds', limit: '2', 'github-token': gh.token },
      env,
    });
    expect(refused.code).toBe(1);
    expect(refused.log).toContain('127.0.0.1');
    const run = await runBundle({
      workspace,
      eventName: 'schedule',
      inputs: { command: 'feeds', limit: '2', 'github-token': gh.token, 'private-feed-addresses': '127.0.0.1' },
      env,
    });
    expect(run.code, run.log).toBe(0);
    const pulls = [...gh.repo.pulls.values()];
    expect(pulls.map((p) => p.title)).toEqual(['News: News number 2', 'News: News number 3']);
    expect(pullExtras(gh.repo, pulls[0]!).body).toContain('News number 2');
  }, 120_000);

  it('command: governance opens the renewal issue of a member whose term ends soon, once', async () => {
    const gh = await startRepoGitHub({ 'README.md': '# Social\n' });
    cleanups.push(
      () => gh.github.assertNoViolations(),
      () => gh.github.close(),
    );
    const term = `{ start: ${day(-170)}, end: ${day(7)} }`;
    const later = `{ start: ${day(-30)}, end: ${day(150)} }`;
    const config = `timezone: UTC
platforms:
  mastodon: { server: https://fosstodon.org }
roster:
  - { login: ada, role: chair, term: ${term}, admins: [mastodon] }
  - { login: grace, roles: [co-chair, board-liaison], term: ${later}, admins: [mastodon] }
governance: { term_months: 6, renewal_notice_days: 14 }
`;
    const workspace = reportRepo(config);
    const env = { GITHUB_REPOSITORY: 'django/social', GITHUB_API_URL: gh.github.url };
    for (let i = 0; i < 2; i++) {
      const run = await runBundle({ workspace, eventName: 'schedule', inputs: { command: 'governance', 'github-token': gh.token }, env });
      expect(run.code, run.log).toBe(0);
    }
    const issues = extrasOf(gh.repo).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain('@ada');
  }, 120_000);

  it('command: report writes the quarter and opens it as a pull request to reports/', async () => {
    const gh = await startRepoGitHub({ 'README.md': '# Social\n' });
    cleanups.push(
      () => gh.github.assertNoViolations(),
      () => gh.github.close(),
    );
    const workspace = reportRepo(reportConfig({ mastodon: 'https://fosstodon.org', x: 'https://api.x.com' }));
    const env = { GITHUB_REPOSITORY: 'django/social', GITHUB_API_URL: gh.github.url };
    const run = await runBundle({
      workspace,
      eventName: 'workflow_dispatch',
      inputs: { command: 'report', quarter: '2026Q3', 'github-token': gh.token },
      env,
    });
    expect(run.code, run.log).toBe(0);
    const pulls = [...gh.repo.pulls.values()];
    expect(pulls.map((p) => [p.title, p.headRef])).toEqual([['Herald report 2026Q3', 'herald/report-2026Q3']]);
    const files = gh.repo.commits.get(gh.repo.branches.get('herald/report-2026Q3')!)!.files;
    expect(files.get('reports/2026Q3.md')).toContain('2026Q3');
    expect(files.get('reports/2026Q3.svg')).toMatch(/^<svg/);
    expect(run.output).toContain('report-pull-request');
    const again = await runBundle({
      workspace,
      eventName: 'workflow_dispatch',
      inputs: { command: 'report', quarter: '2026Q3', 'github-token': gh.token },
      env,
    });
    expect(again.code, again.log).toBe(0);
    expect(gh.repo.pulls.size).toBe(1);
  }, 120_000);

  it('command: pr keeps the comment and the two checks of a pull request (Actions-only mode)', async () => {
    useRepoRoutes();
    const github = await startFakeGitHub();
    cleanups.push(
      () => github.assertNoViolations(),
      () => github.close(),
    );
    const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': fixture('herald.yml') });
    const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
    const token = github.auth.issueToken({
      login: 'github-actions[bot]',
      appId: 15368,
      permissions: { contents: 'read', pull_requests: 'write', checks: 'write', metadata: 'read' },
    });
    const workspace = reportRepo('timezone: UTC\n');
    const env = { GITHUB_REPOSITORY: 'g/social', GITHUB_API_URL: github.url };
    const run = await runBundle({
      workspace,
      eventName: 'pull_request_target',
      event: pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID),
      inputs: { command: 'pr', 'github-token': token },
      env,
    });
    expect(run.code, run.log).toBe(0);
    expect(repo.comments).toHaveLength(1);
    expect(repo.checkRuns.map((r) => r.name).sort()).toEqual(['Herald guidelines', 'Herald vote']);
  }, 120_000);

  it('command: propose turns the workflow form into a draft pull request with the post', async () => {
    const gh = await startRepoGitHub({
      '.github/herald.yml': 'timezone: UTC\nplatforms:\n  mastodon: { server: https://fosstodon.org }\n',
      'posts/.keep': '',
    });
    cleanups.push(
      () => gh.github.assertNoViolations(),
      () => gh.github.close(),
    );
    const env = { GITHUB_REPOSITORY: 'django/social', GITHUB_API_URL: gh.github.url, GITHUB_ACTOR: 'ann' };
    const inputs = {
      command: 'propose',
      'github-token': gh.token,
      issue: '',
      title: 'Sprint in Berlin',
      text: 'Join the sprint in Berlin on Saturday!',
      platforms: 'mastodon',
      'publish-at': '',
    };
    const run = await runBundle({ workspace: reportRepo('timezone: UTC\n'), eventName: 'workflow_dispatch', inputs, env });
    expect(run.code, run.log).toBe(0);
    const pulls = [...gh.repo.pulls.values()];
    expect(pulls).toHaveLength(1);
    const files = [...gh.repo.commits.get(pulls[0]!.headSha)!.files].filter(([path]) => path.startsWith('posts/') && path.endsWith('.md'));
    expect(files.map(([, text]) => text).join('\n')).toContain('Join the sprint in Berlin on Saturday!');
  }, 120_000);

  it('an unknown command fails with the list of commands', async () => {
    const run = await runBundle({ workspace: reportRepo('timezone: UTC\n'), eventName: 'push', inputs: { command: 'tweet' } });
    expect(run.code).toBe(1);
    expect(run.log).toContain('unknown "tweet" (known: publish, schedule, feeds, governance, report, pr, propose)');
  });
});
