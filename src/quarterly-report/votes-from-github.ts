// The votes behind the posts of a period: pull requests merged in it that touched posts/, with their reviews.
// One GraphQL call reads 50 merged pull requests with their files and reviews (the REST API needed two calls
// per pull request); only a pull request with more than 100 files or reviews costs a call per further 100.
import type { Octokit } from '@octokit/rest';
import type { VoteRecord } from '../core/quarterly-report/types.ts';
import type { Review, ReviewState } from '../core/tally/types.ts';

const PAGE = 50;

interface Actor {
  login: string;
  __typename: string;
}
interface ReviewNode {
  author: Actor | null;
  state: string;
  submittedAt: string | null;
  commit: { oid: string } | null;
}
interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}
interface PullNode {
  number: number;
  title: string;
  createdAt: string;
  mergedAt: string | null;
  updatedAt: string;
  author: Actor | null;
  files: Connection<{ path: string }> | null;
  reviews: Connection<ReviewNode> | null;
}

const FILES = 'files(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { path } }';
const REVIEWS =
  'reviews(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { author { login __typename } state submittedAt commit { oid } } }';

const PULLS = `query($owner: String!, $name: String!, $cursor: String, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: [MERGED], first: ${PAGE}, after: $cursor, orderBy: { field: UPDATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number title createdAt mergedAt updatedAt author { login __typename } ${FILES} ${REVIEWS} }
    }
  }
}`;

const MORE = (field: string) => `query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${field} } }
}`;

type Repo = { owner: string; repo: string };

/** The rest of a connection after its first page, a call per further 100. */
async function rest<T>(
  octokit: Octokit,
  repo: Repo,
  number: number,
  field: 'files' | 'reviews',
  first: Connection<T> | null,
): Promise<T[]> {
  const items = [...(first?.nodes ?? [])];
  let page = first;
  while (page?.pageInfo.hasNextPage) {
    const data: { repository: { pullRequest: Record<string, Connection<T>> } } = await octokit.graphql(
      MORE(field === 'files' ? FILES : REVIEWS),
      {
        owner: repo.owner,
        name: repo.repo,
        number,
        after: page.pageInfo.endCursor,
      },
    );
    page = data.repository.pullRequest[field] ?? null;
    items.push(...(page?.nodes ?? []));
  }
  return items;
}

export async function votesFromGitHub(octokit: Octokit, repo: Repo, since: Date, until: Date): Promise<VoteRecord[]> {
  const votes: VoteRecord[] = [];
  let cursor: string | null = null;
  for (;;) {
    const data: { repository: { pullRequests: Connection<PullNode> } } = await octokit.graphql(PULLS, {
      owner: repo.owner,
      name: repo.repo,
      cursor,
      after: null,
    });
    const page = data.repository.pullRequests;
    for (const pull of page.nodes) {
      const merged = pull.mergedAt ? new Date(pull.mergedAt) : undefined;
      if (!merged || merged < since || merged > until) continue;
      const files = await rest(octokit, repo, pull.number, 'files', pull.files);
      if (!files.some((f) => f.path.startsWith('posts/'))) continue;
      const reviews = await rest(octokit, repo, pull.number, 'reviews', pull.reviews);
      votes.push({
        number: pull.number,
        title: pull.title,
        author: pull.author?.login ?? '',
        openedAt: pull.createdAt,
        mergedAt: pull.mergedAt as string,
        reviews: reviews.map((r): Review => ({
          author: r.author?.login ?? '',
          isBot: r.author?.__typename === 'Bot',
          state: r.state as ReviewState,
          submittedAt: r.submittedAt,
          commitOid: r.commit?.oid ?? null,
        })),
      });
    }
    // Newest-updated first: stop once pull requests were last touched before the period began.
    const last = page.nodes[page.nodes.length - 1];
    if (!page.pageInfo.hasNextPage || (last && new Date(last.updatedAt) < since)) break;
    cursor = page.pageInfo.endCursor;
  }
  return votes.sort((a, b) => a.number - b.number);
}
