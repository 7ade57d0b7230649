// GitHub's rate-limit answers, primary and secondary, REST and GraphQL, in both modes: waited out
// as GitHub's headers say (the fake flags a retry that comes too early) and the result is right;
// when the retries run out the error names the limit, not a permission problem.
import { afterEach, describe, expect, test } from 'vitest';
import { run, type ActionsDeps } from '../../src/actions-app.ts';
import type { Permissions } from '../helpers/fake-github/auth.ts';
import {
  INSTALLATION_ID,
  signedDelivery,
  startHerald,
  startServerFromEnv,
  type HeraldHarness,
} from '../helpers/fake-github/herald-harness.ts';
import type { LimitRule } from '../helpers/fake-github/limits.ts';
import { pullRequestEvent } from '../helpers/fake-github/payloads.ts';
import { fixture, person, scenario } from '../helpers/fake-github/scenario.ts';
import type { FakeGitHub } from '../helpers/fake-github/server.ts';

const VOTE = 'Herald vote';
const CASES: [string, Omit<LimitRule, 'times'>][] = [
  ['primary, REST', { kind: 'primary', api: 'rest', match: 'checks/create' }],
  ['secondary, REST', { kind: 'secondary', api: 'rest', match: 'issues/create-comment' }],
  ['primary, GraphQL', { kind: 'primary', api: 'graphql' }],
  ['secondary, GraphQL', { kind: 'secondary', api: 'graphql' }],
];
let h: HeraldHarness | undefined;

afterEach(async () => {
  try {
    h?.github.assertNoViolations();
  } finally {
    await h?.close();
    h = undefined;
  }
});

describe('app mode', () => {
  test.each(CASES)('a %s limit is waited out and the PR ends right', async (_, rule) => {
    h = await startHerald({ now: () => new Date('2026-12-01T10:00:00Z') });
    const s = scenario(h);
    h.github.limits.limit({ ...rule, times: 1 });
    const pull = await s.open({ 'posts/a.md': fixture('release.md') });
    expect(h.github.limits.answered).toBe(1);
    expect(s.comments(pull)).toHaveLength(1);
    expect(s.runs(pull).get(VOTE)).toMatchObject({ conclusion: 'action_required', count: 1 });
  });

  test('when the retries run out: the delivery fails naming the limit, nothing half-written, the next event repairs', async () => {
    h = await startHerald({ now: () => new Date('2026-12-01T10:00:00Z') });
    const s = scenario(h);
    h.github.limits.limit({ kind: 'secondary', api: 'rest', match: 'checks/create', times: 4 });
    const pull = h.github.state.openPull(s.repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
    expect(await s.deliverPull(pull, 'opened')).toBe(500);
    expect(h.lastError).toMatch(/GitHub rate limit \(secondary\); retried 3 times over \d+ s/);
    expect(h.lastError).not.toMatch(/refused a write/);
    // The pending vote goes first; it was refused, so nothing else was written either.
    expect(s.comments(pull)).toEqual([]);
    expect(s.runs(pull).size).toBe(0);
    // The next event comes after the time GitHub gave (sooner, it would be limited and waited out again).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await s.deliverPull(pull, 'edited')).toBe(200);
    expect(s.comments(pull)).toHaveLength(1);
    expect(s.runs(pull).get(VOTE)).toMatchObject({ conclusion: 'action_required', count: 1 });
  });
});

test('the server as `npm start` runs it (production throttling) waits out a secondary limit on a write', async () => {
  h = await startHerald({ now: () => new Date('2026-12-01T10:00:00Z'), instances: 0 });
  const server = await startServerFromEnv(h.github);
  try {
    const s = scenario(h);
    const pull = h.github.state.openPull(s.repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
    h.github.limits.limit({ kind: 'secondary', api: 'rest', match: 'checks/create', times: 1 });
    expect(await signedDelivery(server, 'pull_request', pullRequestEvent(s.repo, pull, 'opened', INSTALLATION_ID))).toBe(200);
    expect(h.github.limits.answered).toBe(1);
    expect(s.comments(pull)).toHaveLength(1);
    expect(s.runs(pull).get(VOTE)).toMatchObject({ conclusion: 'action_required', count: 1 });
  } finally {
    await server.close();
  }
}, 30_000);

describe('Actions-only mode', () => {
  const WORKFLOW: Permissions = { contents: 'read', pull_requests: 'write', checks: 'write', metadata: 'read' };
  const deps = (github: FakeGitHub, payload: object): ActionsDeps => ({
    env: {
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_REPOSITORY: 'g/social',
      GITHUB_API_URL: github.url,
      GITHUB_TOKEN: github.auth.issueToken({ login: 'github-actions[bot]', appId: 15368, permissions: WORKFLOW }),
    },
    readFile: () => JSON.stringify(payload),
    fetch: globalThis.fetch,
    now: () => new Date('2026-12-01T10:00:00Z'),
    log: () => {},
    limits: { pacedWrites: false },
  });
  const setup = async () => {
    h = await startHerald({ now: () => new Date('2026-12-01T10:00:00Z') });
    const github = h.github;
    const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': fixture('herald.yml') });
    const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
    return { github, repo, payload: pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID) };
  };

  test.each(CASES)('a %s limit is waited out and the PR ends right', async (_, rule) => {
    const { github, repo, payload } = await setup();
    github.limits.limit({ ...rule, times: 1 });
    expect(await run(deps(github, payload))).toMatchObject({ kind: 'evaluated', comment: 'created', vote: 'pending' });
    expect(github.limits.answered).toBe(1);
    expect(repo.comments).toHaveLength(1);
    expect(repo.checkRuns.filter((r) => r.name === VOTE).map((r) => r.conclusion)).toEqual(['action_required']);
  });

  test('when the retries run out the error names the rate limit, without the fork-token hint', async () => {
    const { github, repo, payload } = await setup();
    github.limits.limit({ kind: 'primary', api: 'graphql', times: 4 });
    const error = await run(deps(github, payload)).then(
      () => undefined,
      (e: unknown) => e as { message: string; hint?: string },
    );
    expect(error?.message).toMatch(/^g\/social#1: GitHub rate limit \(primary\); retried 3 times over \d+ s$/);
    expect(error?.hint).not.toMatch(/pull_request_target/);
    expect(repo.comments).toEqual([]);
  });
});
