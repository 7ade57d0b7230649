import { expect, test } from 'vitest';
import { readPullRequest } from '../../src/github/read-pull-request.ts';
import { person } from '../helpers/fake-github/scenario.ts';
import type { FakeGitHub } from '../helpers/fake-github/server.ts';
import { useFakeGitHub } from '../helpers/fake-github/use-fake-github.ts';
import { clientFor } from './_client.ts';

const OPTIONS = {
  configPath: '.github/herald.yml',
  postsPath: 'posts',
  checkNames: { guidelines: 'Herald guidelines', vote: 'Herald vote' },
  appId: 4242,
};
let github: FakeGitHub;
useFakeGitHub((started) => (github = started));

test('one GraphQL request reads the PR, its files, reviews, comments, both configs and a names-only index of posts/', async () => {
  const client = clientFor(github);
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': 'timezone: UTC\n', 'posts/old.md': 'old' });
  const pull = github.state.openPull(repo, {
    author: person('ada'),
    labels: ['outside-goals'],
    changes: { 'posts/new.md': 'new', 'posts/media/a.png': '\u0000PNG', 'posts/2027/deep.md': 'deep' },
  });
  github.state.review(pull, person('liam'), 'APPROVED');
  github.state.pushToPull(repo, pull, { 'posts/new.md': 'newer' });
  const mark = github.requests.length;
  const snap = await readPullRequest(client, { owner: 'g', repo: 'social', number: pull.number }, OPTIONS);
  expect(github.since(mark).map((r) => r.operation)).toEqual(['graphql']);
  expect(snap.headSha).toBe(pull.headSha);
  expect(snap.labels).toEqual(['outside-goals']);
  expect(snap.defaultConfig).toEqual({ state: 'found', text: 'timezone: UTC\n' });
  expect(snap.postsIndex).toEqual(['posts/2027/deep.md', 'posts/media/a.png', 'posts/new.md', 'posts/old.md']);
  // No post text travels in the first read.
  expect(JSON.stringify(github.since(mark)[0]!.body)).not.toContain('newer');
  const [review] = snap.reviews;
  expect(review!.author).toBe('liam');
  expect(review!.commitOid).not.toBe(pull.headSha);
});

test('the index reaches any depth: folders below the first read are listed by follow-up reads', async () => {
  const client = clientFor(github);
  const deep = 'posts/a/b/c/d/e/f/g/h/post.md';
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': 'timezone: UTC\n' });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { [deep]: 'deep', 'posts/2027/01/15/x.md': 'x' } });
  const mark = github.requests.length;
  const snap = await readPullRequest(client, { owner: 'g', repo: 'social', number: pull.number }, OPTIONS);
  expect(snap.postsIndex).toEqual(['posts/2027/01/15/x.md', deep]);
  expect(github.since(mark).map((r) => r.operation)).toEqual(['graphql', 'graphql', 'graphql']);
});

test('listings over 100 items are paginated to the end', async () => {
  const client = clientFor(github);
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': 'timezone: UTC\n' });
  const changes = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`posts/p${String(i).padStart(3, '0')}.md`, `post ${i}`]));
  const pull = github.state.openPull(repo, { author: person('ada'), changes });
  for (let i = 0; i < 205; i++) github.state.review(pull, person(`reviewer-${i}`), 'COMMENTED');
  for (let i = 0; i < 101; i++) {
    repo.comments.push({
      id: github.state.nextId(),
      issueNumber: pull.number,
      author: person('chatty'),
      body: `hi ${i}`,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
  }
  const mark = github.requests.length;
  const snap = await readPullRequest(client, { owner: 'g', repo: 'social', number: pull.number }, OPTIONS);
  expect(snap.changedFiles).toHaveLength(130);
  expect(snap.reviews).toHaveLength(205);
  expect(snap.postsIndex).toHaveLength(130);
  // 1 main query + 1 files page + 2 review pages + 1 comments page.
  expect(github.since(mark)).toHaveLength(5);
});

test('a repository without posts/ or a config reads as missing, not as an error', async () => {
  const client = clientFor(github);
  const repo = github.state.createRepo('g', 'social', { 'README.md': 'x' });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'README.md': 'y' } });
  const snap = await readPullRequest(client, { owner: 'g', repo: 'social', number: pull.number }, OPTIONS);
  expect(snap.defaultConfig).toEqual({ state: 'missing' });
  expect(snap.headConfig).toEqual({ state: 'missing' });
  expect(snap.postsIndex).toEqual([]);
  expect(snap.comment).toBeUndefined();
});

test('connections GitHub may answer with null (labels, files, reviews) read as empty, not a crash', async () => {
  const client = clientFor(github);
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': 'timezone: UTC\n' });
  const pull = github.state.openPull(repo, { author: person('ada'), labels: ['news'], changes: { 'posts/new.md': 'new' } });
  github.state.review(pull, person('liam'), 'APPROVED');
  pull.nullConnections = new Set(['labels', 'files', 'reviews']);
  const snap = await readPullRequest(client, { owner: 'g', repo: 'social', number: pull.number }, OPTIONS);
  expect([snap.labels, snap.changedFiles, snap.reviews]).toEqual([[], [], []]);
  expect(snap.headSha).toBe(pull.headSha);
});
