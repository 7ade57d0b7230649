// Actions-only mode: the same evaluation with a GITHUB_TOKEN, from the event file Actions provides.
import { generateKeyPairSync } from 'node:crypto';
import { expect, test } from 'vitest';
import { run, type ActionsDeps } from '../src/actions-app.ts';
import { INSTALLATION_ID } from './helpers/fake-github/herald-harness.ts';
import { pullRequestEvent, reviewEvent } from './helpers/fake-github/payloads.ts';
import { fixture, person } from './helpers/fake-github/scenario.ts';
import type { FakeGitHub } from './helpers/fake-github/server.ts';
import { useFakeGitHub } from './helpers/fake-github/use-fake-github.ts';
import type { Permissions } from './helpers/fake-github/auth.ts';
import { liveEntry, writeLedgerBranch } from './helpers/fake-github/ledger-branch.ts';
import { reviewRequests } from './helpers/fake-github/routes-review-requests.ts';

const ACTIONS_APP_ID = 15368;
const WORKFLOW_PERMISSIONS: Permissions = { contents: 'read', pull_requests: 'write', checks: 'write', metadata: 'read' };
let github: FakeGitHub;

useFakeGitHub((started) => (github = started));

function deps(eventName: string, payload: object, permissions = WORKFLOW_PERMISSIONS): ActionsDeps {
  const token = github.auth.issueToken({ login: 'github-actions[bot]', appId: ACTIONS_APP_ID, permissions });
  return {
    env: {
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: '/github/workflow/event.json',
      GITHUB_REPOSITORY: 'g/social',
      GITHUB_API_URL: github.url,
      GITHUB_TOKEN: token,
    },
    readFile: (path) => {
      if (path !== '/github/workflow/event.json') throw new Error(`unexpected read of ${path}`);
      return JSON.stringify(payload);
    },
    fetch: globalThis.fetch,
    now: () => new Date('2026-12-01T10:00:00Z'),
    log: () => {},
    // GitHub's one write a second is production's; here it would only slow the test down.
    limits: { pacedWrites: false },
  };
}

test('pull_request_target and review events keep one comment and the two checks up to date', async () => {
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': fixture('herald.yml') });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
  const opened = await run(deps('pull_request_target', pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID)));
  expect(opened).toMatchObject({ kind: 'evaluated', comment: 'created', vote: 'pending' });
  for (const login of ['liam', 'mei']) {
    const review = github.state.review(pull, person(login), 'APPROVED');
    await run(deps('pull_request_review', reviewEvent(repo, pull, review, 'submitted', INSTALLATION_ID)));
  }
  expect(repo.comments).toHaveLength(1);
  expect(repo.comments[0]!.author.login).toBe('github-actions[bot]');
  const vote = repo.checkRuns.filter((r) => r.name === 'Herald vote');
  expect(vote).toHaveLength(1);
  expect(vote[0]).toMatchObject({ conclusion: 'success', appId: ACTIONS_APP_ID });
});

test('a read-only token (fork PR on pull_request) fails with what to do instead', async () => {
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': fixture('herald.yml') });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') }, fromFork: true });
  const readOnly: Permissions = { contents: 'read', pull_requests: 'read', checks: 'read', metadata: 'read' };
  await expect(run(deps('pull_request', pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID), readOnly))).rejects.toMatchObject({
    message: expect.stringContaining('refused a write'),
    hint: expect.stringContaining('pull_request_target'),
  });
  expect(repo.comments).toEqual([]);
  // The fake refused the writes as GitHub would; those refusals are this test's point.
  expect(github.violations.splice(0).every((v) => v.includes('lacks'))).toBe(true);
});

test('events that are not about a pull request are ignored without a call', async () => {
  const outcome = await run(deps('check_run', { action: 'rerequested', check_run: { name: 'build', pull_requests: [] } }));
  expect(outcome).toMatchObject({ kind: 'ignored' });
  expect(github.requests).toEqual([]);
});

test('another app\'s "Herald vote" check run is never adopted: GitHub Actions writes its own', async () => {
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': fixture('herald.yml') });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  github.auth.registerApp({
    id: 999,
    slug: 'herald-impostor',
    name: 'Herald vote (not ours)',
    publicKey,
    permissions: { checks: 'write' },
    events: [],
  });
  const impostor = {
    id: github.state.nextId(),
    appId: 999,
    headSha: pull.headSha,
    name: 'Herald vote',
    status: 'completed',
    conclusion: 'success',
    title: 'Vote passed',
    summary: 'trust me',
    text: null,
    annotations: [],
    detailsUrl: null,
    externalId: null,
    startedAt: '2026-01-01T00:00:00Z',
    completedAt: '2026-01-01T00:00:00Z',
  };
  repo.checkRuns.push(impostor);
  const outcome = await run(deps('pull_request_target', pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID)));
  expect(outcome).toMatchObject({ kind: 'evaluated', checks: { 'Herald vote': 'created' }, vote: 'pending' });
  const ours = repo.checkRuns.filter((r) => r.name === 'Herald vote' && r.appId === ACTIONS_APP_ID);
  expect(ours).toHaveLength(1);
  expect(ours[0]!.conclusion).toBe('action_required');
  expect(impostor.conclusion).toBe('success');
});

test('the pr mode shows what merging does to a live post and asks members for a review, once, with the workflow token', async () => {
  const live = '---\nplatforms: [mastodon]\nlanguage: en\n---\nDjango 6.0 ships on 4 December.\n';
  const config = fixture('herald.yml').replace('  author_approves: false\n', '  author_approves: false\n  request_reviews: true\n');
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': config, 'posts/ships.md': live });
  writeLedgerBranch(github.state, repo, [
    liveEntry('posts/ships.md', live, { mastodon: 'https://fosstodon.org/@group/1' }, '2026-11-20T09:00:00Z'),
  ]);
  const pull = github.state.openPull(repo, {
    author: person('ada'),
    changes: { 'posts/ships.md': live.replace('4 December', '5 December') },
  });
  for (const action of ['opened', 'edited']) await run(deps('pull_request_target', pullRequestEvent(repo, pull, action, INSTALLATION_ID)));
  expect(repo.comments[0]!.body).toContain('**Mastodon**: ✏️ edited in place · [live post](https://fosstodon.org/@group/1)');
  expect(reviewRequests(pull).map((r) => [r.login, r.requester.login])).toEqual([
    ['liam', 'github-actions[bot]'],
    ['mei', 'github-actions[bot]'],
  ]);
});
