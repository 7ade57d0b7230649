// The votes behind the posts of a period: pull requests merged in it that touched posts/, with their reviews.
import type { Octokit } from '@octokit/rest';
import type { VoteRecord } from '../core/report/types.ts';
import type { Review, ReviewState } from '../core/tally/types.ts';

export async function votesFromGitHub(
  octokit: Octokit,
  repo: { owner: string; repo: string },
  since: Date,
  until: Date,
): Promise<VoteRecord[]> {
  const votes: VoteRecord[] = [];
  // Newest-updated first: stop paging once PRs were last touched before the period began.
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.list, { ...repo, state: 'closed', sort: 'updated', direction: 'desc', per_page: 100 })) {
    for (const pull of page.data) {
      const merged = pull.merged_at ? new Date(pull.merged_at) : undefined;
      if (!merged || merged < since || merged > until) continue;
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { ...repo, pull_number: pull.number, per_page: 100 });
      if (!files.some((f) => f.filename.startsWith('posts/'))) continue;
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { ...repo, pull_number: pull.number, per_page: 100 });
      votes.push({
        number: pull.number,
        title: pull.title,
        author: pull.user?.login ?? '',
        openedAt: pull.created_at,
        mergedAt: pull.merged_at as string,
        reviews: reviews.map(
          (r): Review => ({
            author: r.user?.login ?? '',
            isBot: r.user?.type === 'Bot',
            state: r.state as ReviewState,
            submittedAt: r.submitted_at ?? null,
            commitOid: r.commit_id ?? null,
          }),
        ),
      });
    }
    const last = page.data[page.data.length - 1];
    if (last && new Date(last.updated_at) < since) break;
  }
  return votes.sort((a, b) => a.number - b.number);
}
