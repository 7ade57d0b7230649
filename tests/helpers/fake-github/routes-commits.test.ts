// GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls on the fake: what the publish Action reads.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { octokitFor, startRepoGitHub, type RepoGitHub } from './repo-routes.ts';
import { recordMerge } from './routes-commits.ts';

let gh: RepoGitHub;
beforeEach(async () => {
  gh = await startRepoGitHub({ 'README.md': 'x' }, { metadata: 'read', contents: 'write', pull_requests: 'write' });
});
afterEach(() => gh.github.close());

const MERGE = 'a'.repeat(40);
const list = (sha: string) =>
  gh.octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: 'django', repo: 'social', commit_sha: sha });

test('a merge commit lists the merged PR it brought in; a PR head lists the PRs that contain it', async () => {
  const { state } = gh.github;
  const merged = state.openPull(gh.repo, { author: { login: 'ada', type: 'User' }, changes: { 'posts/a.md': 'a' }, title: 'A' });
  const open = state.openPull(gh.repo, { author: { login: 'bo', type: 'User' }, changes: { 'posts/b.md': 'b' }, title: 'B' });
  recordMerge(gh.repo, merged, MERGE);
  const byMerge = await list(MERGE);
  expect(byMerge.data.map((p) => [p.number, p.state, p.merged_at !== null])).toEqual([[merged.number, 'closed', true]]);
  expect((await list(merged.headSha)).data.map((p) => p.number)).toEqual([merged.number]);
  expect((await list(open.headSha)).data.map((p) => [p.number, p.state])).toEqual([[open.number, 'open']]);
  const initial = gh.repo.commits.get(MERGE)!.parents[0]!;
  expect((await list(initial)).data).toEqual([]);
  gh.github.assertNoViolations();
});

test('a commit GitHub does not know is a 422; a comment on the merged PR is then allowed', async () => {
  await expect(list('b'.repeat(40))).rejects.toMatchObject({ status: 422 });
  gh.github.violations.splice(0);
  const pull = gh.github.state.openPull(gh.repo, { author: { login: 'ada', type: 'User' }, changes: { 'posts/a.md': 'a' } });
  recordMerge(gh.repo, pull, MERGE);
  const reader = octokitFor(gh.github, gh.github.auth.issueToken({ login: 'reader[bot]', appId: 2, permissions: { metadata: 'read' } }));
  expect(
    (await reader.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner: 'django', repo: 'social', commit_sha: MERGE }))
      .data,
  ).toHaveLength(1);
  await expect(
    reader.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: 'django',
      repo: 'social',
      issue_number: pull.number,
      body: 'live',
    }),
  ).rejects.toMatchObject({ status: 403 });
  expect(gh.github.violations.join()).toMatch(/lacks pull_requests: write/);
  gh.github.violations.splice(0);
  await gh.octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: 'django',
    repo: 'social',
    issue_number: pull.number,
    body: 'live',
  });
  expect(gh.repo.comments.map((c) => [c.issueNumber, c.body])).toEqual([[pull.number, 'live']]);
  gh.github.assertNoViolations();
});
