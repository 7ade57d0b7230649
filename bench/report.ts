// Issue 11's figure for `herald report`: the GitHub calls that read a quarter's votes, 300 merged post PRs with
// three reviews each, from the fake GitHub (tests/helpers/fake-github). Target: at most 1 GraphQL call per 50 PRs.
import { votesFromGitHub } from '../src/quarterly-report/votes-from-github.ts';
import { mergePull } from '../tests/helpers/fake-github/repo-extras.ts';
import { startRepoGitHub } from '../tests/helpers/fake-github/repo-routes.ts';

const PULLS = 300;

export async function run(): Promise<void> {
  const gh = await startRepoGitHub({ 'README.md': '# Social\n' });
  try {
    const { state } = gh.github;
    for (let i = 0; i < PULLS; i++) {
      const day = new Date(Date.UTC(2026, 6, 1 + (i % 90), 9)).toISOString().replace('.000', '');
      const pull = state.openPull(gh.repo, {
        author: { login: 'ada', type: 'User' },
        changes: { [`posts/2026-q3-${i}.md`]: `post ${i}` },
        title: `post ${i}`,
      });
      for (const member of ['grace', 'linus', 'guido']) state.review(pull, { login: member, type: 'User' }, 'APPROVED').submittedAt = day;
      mergePull(state, gh.repo, pull, day, day);
    }
    const mark = gh.github.requests.length;
    const start = performance.now();
    const votes = await votesFromGitHub(
      gh.octokit,
      { owner: 'django', repo: 'social' },
      new Date('2026-07-01T00:00:00Z'),
      new Date('2026-09-30T23:59:59Z'),
    );
    const ms = performance.now() - start;
    if (votes.length !== PULLS) throw new Error(`expected ${PULLS} votes, read ${votes.length}`);
    const calls = gh.github.since(mark);
    const graphql = calls.filter((call) => call.operation === 'graphql').length;
    const target = Math.ceil(PULLS / 50);
    const ok = calls.length <= target && graphql === calls.length;
    console.log(
      `report: votes of ${PULLS} merged PRs: ${calls.length} GitHub calls (${graphql} GraphQL, ${calls.length - graphql} REST), ${(calls.length / PULLS).toFixed(2)} per PR, ${Math.round(ms)} ms against the local fake (target ≤ ${target} GraphQL calls, 1 per 50 PRs) ${ok ? 'ok' : 'MISSED'}`,
    );
  } finally {
    await gh.github.close();
  }
}
