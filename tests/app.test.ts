// End to end over HTTP: signed deliveries → the Probot server → the fake GitHub (validated requests).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startHerald, type HeraldHarness } from './helpers/fake-github/herald-harness.ts';
import { fixture, scenario } from './helpers/fake-github/scenario.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
const GUIDELINES = 'Herald guidelines';
const VOTE = 'Herald vote';
let h: HeraldHarness;

beforeEach(async () => {
  h = await startHerald({ now: () => NOW });
});
afterEach(async () => {
  try {
    h.github.assertNoViolations();
  } finally {
    await h.close();
  }
});

/** API calls an action caused (the installation token is fetched once per hour, not per event). */
async function calls(action: () => Promise<unknown>): Promise<string[]> {
  const mark = h.github.requests.length;
  await action();
  return h.github
    .since(mark)
    .filter((r) => r.operation !== 'apps/create-installation-access-token')
    .map((r) => r.operation);
}

describe('a PR that touches posts/', () => {
  test('gets one comment and two check runs with the right conclusions: two reads (the PR, then the posts it changes), three writes, one confirming read', async () => {
    const s = scenario(h);
    let pull!: Awaited<ReturnType<typeof s.open>>;
    const made = await calls(async () => {
      pull = await s.open({ 'posts/2026-12-01-release.md': fixture('release.md'), 'posts/2026-12-02-long.md': fixture('too-long.md') });
    });
    // A vote that is not passing is written first (fails closed if a limit interrupts the rest).
    expect(made).toEqual(['graphql', 'graphql', 'checks/create', 'issues/create-comment', 'checks/create', 'graphql']);
    const [comment, ...others] = s.comments(pull);
    expect(others).toEqual([]);
    expect(comment!.body).toContain('posts/2026-12-01-release.md');
    expect(comment!.body).toContain('posts/2026-12-02-long.md');
    // The edit link opens the file on the PR's own branch; the status line opens the comment.
    expect(comment!.body).toContain(`/edit/change-${pull.number}/posts/2026-12-01-release.md`);
    expect(comment!.body.split('\n\n')[1]).toMatch(/^### 📣 Herald · 2 posts · ❌ /);
    const runs = s.runs(pull);
    expect(runs.get(GUIDELINES)).toMatchObject({ conclusion: 'failure', count: 1 });
    expect(runs.get(GUIDELINES)!.annotations).toBeGreaterThan(0);
    expect(runs.get(VOTE)).toMatchObject({ conclusion: 'action_required', count: 1 });
    const annotated = s.repo.checkRuns.find((r) => r.name === GUIDELINES)!.annotations;
    expect(annotated.every((a) => a.path === 'posts/2026-12-02-long.md')).toBe(true);
  });

  test('later events edit the same comment in place, and an unchanged result writes nothing', async () => {
    const s = scenario(h);
    const pull = await s.open({ 'posts/a.md': fixture('release.md') });
    const first = s.comments(pull)[0]!;
    expect(await s.push(pull, { 'posts/a.md': fixture('release.md').replace('is out', 'has been released') })).toBe(200);
    const after = s.comments(pull);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(first.id);
    expect(after[0]!.body).toContain('has been released');
    expect(after[0]!.body).toContain(pull.headSha.slice(0, 12));
    expect(await calls(() => s.deliverPull(pull, 'edited'))).toEqual(['graphql', 'graphql']);
  });

  test('a check run re-run writes the check runs again even when nothing changed', async () => {
    const s = scenario(h);
    const pull = await s.open({ 'posts/a.md': fixture('release.md') });
    const made = await calls(() => s.rerun(pull, VOTE));
    expect(made).toEqual(['graphql', 'graphql', 'checks/update', 'checks/update', 'graphql']);
    expect(s.runs(pull).get(VOTE)!.count).toBe(1);
  });
});

test('a PR touching only paths the config says are reviewed elsewhere gets nothing, after one read', async () => {
  const config = fixture('herald.yml').replace(
    'outside_goals_label: outside-goals\n',
    'outside_goals_label: outside-goals\n  reviewed_elsewhere: [docs/**, README.md]\n',
  );
  const s = scenario(h, { '.github/herald.yml': config });
  let pull!: Awaited<ReturnType<typeof s.open>>;
  const made = await calls(async () => {
    pull = await s.open({ 'README.md': '# Our posts, reworded\n', 'docs/howto.md': 'How to post' });
  });
  expect(made).toEqual(['graphql']);
  expect(s.comments(pull)).toEqual([]);
  expect(s.runs(pull).size).toBe(0);
});

describe('the vote', () => {
  test('reviews submitted and dismissed move the vote; each event costs at most 5 calls', async () => {
    const s = scenario(h);
    const pull = await s.open({ 'posts/a.md': fixture('release.md') });
    await s.review(pull, 'liam', 'APPROVED');
    expect(s.runs(pull).get(VOTE)!.conclusion).toBe('action_required');
    let mei!: Awaited<ReturnType<typeof s.review>>;
    const made = await calls(async () => {
      mei = await s.review(pull, 'mei', 'APPROVED');
    });
    expect(made.length).toBeLessThanOrEqual(5);
    expect(s.runs(pull).get(VOTE)).toMatchObject({ conclusion: 'success', count: 1 });
    expect(await s.dismiss(pull, mei)).toBe(200);
    expect(s.runs(pull).get(VOTE)!.conclusion).toBe('action_required');
    expect(s.comments(pull)[0]!.body).toMatch(/mei/);
  });

  test('non-members, members out of term and bots are shown but never counted', async () => {
    const s = scenario(h);
    const pull = await s.open({ 'posts/a.md': fixture('release.md') });
    await s.review(pull, 'old-timer', 'APPROVED');
    await s.review(pull, 'mallory', 'APPROVED');
    await s.review(pull, 'liam', 'APPROVED');
    expect(s.runs(pull).get(VOTE)!.conclusion).toBe('action_required');
    const body = s.comments(pull)[0]!.body;
    expect(body).toContain('mallory');
    expect(body).toContain('old-timer');
  });

  test('an approval given before the post changed is stale; a change elsewhere keeps it', async () => {
    const s = scenario(h);
    const pull = await s.open({ 'posts/a.md': fixture('release.md') });
    await s.review(pull, 'liam', 'APPROVED');
    await s.review(pull, 'mei', 'APPROVED');
    expect(s.runs(pull).get(VOTE)!.conclusion).toBe('success');
    await s.push(pull, { 'posts/media/unused-note.txt': 'not a post' });
    expect(s.runs(pull).get(VOTE)!.conclusion).toBe('success');
    await s.push(pull, { 'posts/a.md': fixture('release.md').replace('6.0', '6.1') });
    expect(s.runs(pull).get(VOTE)!.conclusion).toBe('action_required');
    expect(s.comments(pull)[0]!.body).toMatch(/stale/i);
  });

  test('a PR changing the roster is a membership vote tallied by the default branch roster', async () => {
    const s = scenario(h);
    const withMallory = fixture('herald.yml').replace(
      'roster:\n',
      'roster:\n  - login: mallory\n    role: member\n    term: { start: 2026-06-01, end: 2027-05-31 }\n',
    );
    const pull = await s.open({ '.github/herald.yml': withMallory }, { author: 'mallory' });
    await s.review(pull, 'liam', 'APPROVED');
    expect(s.runs(pull).get(VOTE)!.conclusion).toBe('action_required');
    expect(s.runs(pull).get(VOTE)!.title).toMatch(/membership/i);
    await s.review(pull, 'mei', 'APPROVED');
    expect(s.runs(pull).get(VOTE)!.conclusion).toBe('success');
  });

  test('a roster PR is checked against the charter: admins, roles, term length', async () => {
    const s = scenario(h);
    const withoutAdmins = fixture('herald.yml').replace(
      'term: { start: 2026-06-01, end: 2027-05-31 }\n  - login: liam',
      'term: { start: 2026-06-01, end: 2027-06-30 }\n  - login: liam',
    );
    const pull = await s.open({ '.github/herald.yml': withoutAdmins });
    const guidelines = s.runs(pull).get(GUIDELINES)!;
    expect(guidelines.conclusion).toBe('failure');
    const comment = s.comments(pull)[0]!.body;
    expect(comment).toMatch(/mastodon has nobody as admin/);
    expect(comment).toMatch(/no active co-chair/);
    expect(comment).toMatch(/longer than the charter(’|'|&#39;)s 12 months/);
  });

  test('an invalid roster on the default branch fails the vote closed, with the reason', async () => {
    const s = scenario(h, { '.github/herald.yml': 'roster: [unterminated\n' });
    const pull = await s.open({ 'posts/a.md': fixture('release.md') });
    await s.review(pull, 'liam', 'APPROVED');
    await s.review(pull, 'mei', 'APPROVED');
    const vote = s.repo.checkRuns.filter((r) => r.name === VOTE).at(-1)!;
    expect(vote.conclusion).toBe('failure');
    expect(`${vote.title} ${vote.summary}`).toMatch(/herald\.yml/);
  });

  test('a missing config on the default branch fails the vote closed too', async () => {
    const s = scenario(h, {});
    const pull = await s.open({ 'posts/a.md': fixture('release.md') });
    const vote = s.repo.checkRuns.find((r) => r.name === VOTE)!;
    expect(vote.conclusion).toBe('failure');
    expect(`${vote.title} ${vote.summary}`).toMatch(/does not exist/);
    expect(s.runs(pull).get(GUIDELINES)).toBeDefined();
  });
});

test('20 simultaneous deliveries for one PR leave exactly one comment and one check run of each name', async () => {
  const s = scenario(h);
  const pull = h.github.state.openPull(s.repo, {
    author: { login: 'ada', type: 'User' },
    changes: { 'posts/a.md': fixture('release.md') },
  });
  h.github.state.review(pull, { login: 'liam', type: 'User' }, 'APPROVED');
  h.github.state.review(pull, { login: 'mei', type: 'User' }, 'APPROVED');
  const actions = ['opened', 'synchronize', 'edited', 'labeled', 'reopened'];
  const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => s.deliverPull(pull, actions[i % actions.length]!)));
  expect(statuses.every((code) => code === 200)).toBe(true);
  expect(s.comments(pull)).toHaveLength(1);
  const runs = s.runs(pull);
  expect(runs.get(GUIDELINES)).toMatchObject({ conclusion: 'success', count: 1 });
  expect(runs.get(VOTE)).toMatchObject({ conclusion: 'success', count: 1 });
  // Coalesced: far fewer reads than deliveries.
  expect(h.github.requests.filter((r) => r.operation === 'graphql').length).toBeLessThan(20);
});

describe('webhook signatures', () => {
  test.each([
    ['a wrong signature', 'sha256=' + '0'.repeat(64)],
    ['a signature made with another secret', 'sha256=' + 'f'.repeat(64)],
    ['no signature', null],
  ])('%s is refused and changes nothing', async (_, signature) => {
    const s = scenario(h);
    const pull = h.github.state.openPull(s.repo, {
      author: { login: 'ada', type: 'User' },
      changes: { 'posts/a.md': fixture('release.md') },
    });
    const { pullRequestEvent } = await import('./helpers/fake-github/payloads.ts');
    const status = await h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'opened', 77), { signature });
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(h.github.requests).toEqual([]);
    expect(s.comments(pull)).toEqual([]);
  });
});
