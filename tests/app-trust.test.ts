// The vote sees the whole PR, through the real path: signed deliveries → the Probot server → the
// fake GitHub. Each test is an attack or a hole that current main let through (issues 9 and 15).
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startHerald, type HeraldHarness } from './helpers/fake-github/herald-harness.ts';
import { pullRequestEvent } from './helpers/fake-github/payloads.ts';
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

const withApproval = (lines: string) =>
  fixture('herald.yml').replace('outside_goals_label: outside-goals\n', `outside_goals_label: outside-goals\n${lines}`);
const imagePost = (path = 'media/pic.png') =>
  `---\nplatforms: [mastodon]\nlanguage: en\n---\nOur new logo!\n\n![The Django pony, redrawn in green](${path} "Image: the Django Software Foundation")\n`;
const PNG_A = '\u0000PNG first picture';
const PNG_B = '\u0000PNG a different picture';
const lastRun = (s: ReturnType<typeof scenario>, name: string) => s.repo.checkRuns.filter((r) => r.name === name).at(-1)!;

test('a post four folders below posts/ is checked like any other (it was "no post files to check")', async () => {
  const s = scenario(h);
  const pull = await s.open({ 'posts/2027/01/15/long.md': fixture('too-long.md') });
  const guidelines = lastRun(s, GUIDELINES);
  expect(guidelines.conclusion).toBe('failure');
  expect(guidelines.annotations.every((a) => a.path === 'posts/2027/01/15/long.md')).toBe(true);
  expect(s.comments(pull)[0]!.body).toContain('posts/2027/01/15/long.md');
});

describe('changes outside posts/', () => {
  test('code riding along on a post fails the vote, naming each path, however many members approve', async () => {
    const s = scenario(h);
    const pull = await s.open({
      'posts/a.md': fixture('release.md'),
      'action/dist/index.js': 'steal()',
      '.github/workflows/x.yml': 'on: push',
    });
    await s.review(pull, 'liam', 'APPROVED');
    await s.review(pull, 'mei', 'APPROVED');
    const vote = lastRun(s, VOTE);
    expect(vote.conclusion).toBe('failure');
    expect(vote.title).toContain(".github/workflows/x.yml, action/dist/index.js: Herald's vote covers posts and the config only");
    const body = s.comments(pull)[0]!.body;
    expect(body).toContain('Changes outside posts/');
    expect(body).toMatch(/`action\/dist\/index\.js` \| ⛔ not covered/);
  });

  test('a PR touching only the ledger gets a failing vote with the reason, not silence', async () => {
    const s = scenario(h);
    const pull = await s.open({ 'published/x.yml': 'file: docs/notes.md\nscheduled_for: 2026-01-01T00:00:00Z\n' });
    const vote = lastRun(s, VOTE);
    expect(vote.conclusion).toBe('failure');
    expect(vote.title).toContain('published/x.yml');
    expect(s.comments(pull)[0]!.body).toMatch(/`published\/x\.yml` \| ⛔ the publish ledger/);
  });

  test('paths the default-branch config says are reviewed elsewhere do not fail the vote, and are listed', async () => {
    const s = scenario(h, { '.github/herald.yml': withApproval('  reviewed_elsewhere: [docs/**]\n') });
    const pull = await s.open({ 'posts/a.md': fixture('release.md'), 'docs/howto.md': 'How to post' });
    await s.review(pull, 'liam', 'APPROVED');
    await s.review(pull, 'mei', 'APPROVED');
    expect(lastRun(s, VOTE).conclusion).toBe('success');
    expect(s.comments(pull)[0]!.body).toMatch(/`docs\/howto\.md` \| ➖ reviewed elsewhere/);
  });
});

describe('credential-bearing config', () => {
  test("changing a platform's server needs the membership vote and is shown as such", async () => {
    const s = scenario(h);
    const moved = fixture('herald.yml').replace('server: https://fosstodon.org', 'server: https://mastodon.example.net');
    const pull = await s.open({ '.github/herald.yml': moved });
    const vote = lastRun(s, VOTE);
    expect(vote.title).toMatch(/^Membership vote/);
    const body = s.comments(pull)[0]!.body;
    expect(body).toContain('This PR changes `platforms.mastodon.server`, so it is a **membership vote**');
    expect(body).toMatch(/`\.github\/herald\.yml` \| 🗳️ the Herald config: needs the membership vote/);
  });

  test('turning off the vote requirement of the publisher needs the membership vote', async () => {
    const s = scenario(h);
    const pull = await s.open({ '.github/herald.yml': `${fixture('herald.yml')}publish:\n  require_vote: false\n` });
    expect(lastRun(s, VOTE).title).toMatch(/^Membership vote/);
    expect(s.comments(pull)[0]!.body).toContain('This PR changes `publish`, so it is a **membership vote**');
  });

  test.each(['http://mastodon.example.net', 'http://127.0.0.1:8080'])('an http:// server (%s) is refused', async (server) => {
    const s = scenario(h);
    const pull = await s.open({
      '.github/herald.yml': fixture('herald.yml').replace('server: https://fosstodon.org', `server: ${server}`),
    });
    expect(lastRun(s, GUIDELINES).conclusion).toBe('failure');
    expect(s.comments(pull)[0]!.body).toContain('is http://: the platform');
  });
});

describe('an approval covers everything the post publishes', () => {
  test('swapping the image after the approvals makes them stale, naming the image', async () => {
    const s = scenario(h);
    const pull = await s.open({ 'posts/a.md': imagePost(), 'posts/media/pic.png': PNG_A });
    await s.review(pull, 'liam', 'APPROVED');
    await s.review(pull, 'mei', 'APPROVED');
    expect(lastRun(s, VOTE).conclusion).toBe('success');
    await s.push(pull, { 'posts/media/pic.png': PNG_B });
    expect(lastRun(s, VOTE).conclusion).toBe('action_required');
    expect(s.comments(pull)[0]!.body).toContain('stale: image posts/media/pic.png changed after this approval');
  });

  test('an image the diff no longer lists (changed, approved, then reverted) still makes the approvals stale', async () => {
    const s = scenario(h, { '.github/herald.yml': fixture('herald.yml'), 'posts/media/pic.png': PNG_A });
    const pull = await s.open({ 'posts/a.md': imagePost(), 'posts/media/pic.png': PNG_B });
    await s.review(pull, 'liam', 'APPROVED');
    await s.review(pull, 'mei', 'APPROVED');
    expect(lastRun(s, VOTE).conclusion).toBe('success');
    await s.push(pull, { 'posts/media/pic.png': PNG_A });
    expect(h.github.state.changedFiles(s.repo, pull).map((f) => f.path)).toEqual(['posts/a.md']);
    expect(lastRun(s, VOTE).conclusion).toBe('action_required');
    expect(s.comments(pull)[0]!.body).toContain('stale: image posts/media/pic.png changed after this approval');
  });

  test('a push changing only README.md (reviewed elsewhere) keeps the approvals', async () => {
    const s = scenario(h, { '.github/herald.yml': withApproval('  reviewed_elsewhere: [README.md]\n') });
    const pull = await s.open({ 'posts/a.md': imagePost(), 'posts/media/pic.png': PNG_A });
    await s.review(pull, 'liam', 'APPROVED');
    await s.review(pull, 'mei', 'APPROVED');
    await s.push(pull, { 'README.md': '# Our posts, reworded\n' });
    expect(lastRun(s, VOTE).conclusion).toBe('success');
    expect(s.comments(pull)[0]!.body).not.toMatch(/stale/);
  });
});

test("a bot whose login is a member's is never counted as that member authoring the PR", async () => {
  const s = scenario(h, { '.github/herald.yml': fixture('herald.yml').replace('author_approves: false', 'author_approves: true') });
  const pull = h.github.state.openPull(s.repo, {
    author: { login: 'liam[bot]', type: 'Bot' },
    changes: { 'posts/a.md': fixture('release.md') },
  });
  expect(await h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'opened', 77))).toBe(200);
  await s.review(pull, 'mei', 'APPROVED');
  const vote = lastRun(s, VOTE);
  expect(vote.conclusion).toBe('action_required');
  expect(vote.title).toContain('1 of 2 approvals');
  const body = s.comments(pull)[0]!.body;
  expect(body).toMatch(/\| `liam` \(author\) \| bot \|/);
  expect(body).not.toContain('counts as approving');
});
