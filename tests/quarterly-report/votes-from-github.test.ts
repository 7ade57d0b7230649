// Votes for the report from the fake GitHub: every merged PR of the period that touched posts/, with its
// reviews, one GraphQL call per 50 merged PRs; PRs merged outside the period, closed unmerged or without posts
// are left out; a PR with more than 100 files or reviews is read to the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { votesFromGitHub } from '../../src/quarterly-report/votes-from-github.ts';
import { mergePull, pullExtras } from '../helpers/fake-github/repo-extras.ts';
import { startRepoGitHub, type RepoGitHub } from '../helpers/fake-github/repo-routes.ts';

let gh: RepoGitHub;
const iso = (day: number, hour = 9) => new Date(Date.UTC(2026, 6, 1 + day, hour)).toISOString().replace('.000', '');

beforeAll(async () => {
  gh = await startRepoGitHub({ 'README.md': '# Social\n' });
  const { state } = gh.github;
  for (let i = 0; i < 130; i++) {
    const pull = state.openPull(gh.repo, {
      author: { login: 'ada', type: 'User' },
      changes: { [`posts/2026-07-${i}.md`]: `post ${i}` },
      title: `post ${i}`,
    });
    state.review(pull, { login: 'grace', type: 'User' }, 'APPROVED').submittedAt = iso(i % 80, 12);
    mergePull(state, gh.repo, pull, iso(i % 80, 13), iso(i % 80));
  }
  const docs = state.openPull(gh.repo, { author: { login: 'ada', type: 'User' }, changes: { 'README.md': 'docs' } });
  mergePull(state, gh.repo, docs, iso(5, 13), iso(5));
  const june = state.openPull(gh.repo, { author: { login: 'ada', type: 'User' }, changes: { 'posts/june.md': 'june' } });
  mergePull(state, gh.repo, june, '2026-06-20T10:00:00Z', '2026-06-19T10:00:00Z');
  const files: Record<string, string> = {};
  for (let i = 0; i < 120; i++) files[`docs/page-${String(i).padStart(3, '0')}.md`] = `page ${i}`;
  files['posts/zz-last.md'] = 'the post is the 121st file';
  const big = state.openPull(gh.repo, { author: { login: 'ada', type: 'User' }, changes: files, title: 'big' });
  for (let i = 0; i < 130; i++) state.review(big, { login: `member-${i}`, type: 'User' }, 'APPROVED').submittedAt = iso(81, 10);
  mergePull(state, gh.repo, big, iso(82, 13), iso(81));
  const closed = state.openPull(gh.repo, { author: { login: 'ada', type: 'User' }, changes: { 'posts/nope.md': 'nope' } });
  pullExtras(gh.repo, closed).state = 'closed';
});
afterAll(async () => {
  gh.github.assertNoViolations();
  await gh.github.close();
});

describe('votesFromGitHub', () => {
  it('finds all 131 merged post PRs of the quarter with their reviews, in one GraphQL call per 50 PRs', async () => {
    const mark = gh.github.requests.length;
    const votes = await votesFromGitHub(
      gh.octokit,
      { owner: 'django', repo: 'social' },
      new Date('2026-07-01T00:00:00Z'),
      new Date('2026-09-30T23:59:59Z'),
    );
    expect(votes).toHaveLength(131);
    expect(votes[0]).toMatchObject({
      number: 1,
      author: 'ada',
      openedAt: iso(0),
      mergedAt: iso(0, 13),
      reviews: [{ author: 'grace', state: 'APPROVED', submittedAt: iso(0, 12), isBot: false }],
    });
    const big = votes.find((v) => v.title === 'big');
    expect(big?.reviews).toHaveLength(130);
    const calls = gh.github.since(mark).map((r) => r.operation);
    // 133 merged PRs: 3 pages; the big PR's files and reviews: one more call each.
    expect(calls).toEqual(Array(5).fill('graphql'));
  });
});
