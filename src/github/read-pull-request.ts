// Reads what one evaluation needs to know about a pull request before it reads any content: normally
// ONE GraphQL request (plus one more per extra 100 items of a listing that has more than 100): the
// PR, its changed files, reviews (with their commits), both configs and a names-only index of posts/.
// The changed posts' text is read afterwards (read-blobs.ts), so the cost follows the change.
import { isHeraldComment } from '../core/comment/marker.ts';
import { HeraldError } from '../core/errors.ts';
import { graphqlAllowingMissingFiles } from './graphql.ts';
import type { CheckRunNode, Connection, HeadNode, PullRequestResponse, ReviewNode, SuiteNode } from './graphql-shapes.ts';
import {
  CHECK_SUITES_PAGE_QUERY,
  HEAD_COMMIT_QUERY,
  PULL_REQUEST_QUERY,
  pullRequestPageQuery,
  type PageField,
} from './pull-request-query.ts';
import { readPostsIndex } from './posts-index.ts';
import { toFileRead } from './tree.ts';
import type { ExistingCheckRun, GitHubClient, PullRequestSnapshot, PullRequestTarget, SnapshotReview } from './types.ts';
import type { ReviewState } from '../core/tally/types.ts';

export interface ReadOptions {
  configPath: string;
  postsPath: string;
  checkNames: { guidelines: string; vote: string };
  /** Only check runs of this GitHub App are Herald's (undefined: Actions-only mode, see `actionsAppSlug`). */
  appId: number | undefined;
}

/** In Actions-only mode (no app id), Herald's check runs are those GitHub Actions created, never another app's. */
export const ACTIONS_APP_SLUG = 'github-actions';

export async function readPullRequest(client: GitHubClient, target: PullRequestTarget, options: ReadOptions): Promise<PullRequestSnapshot> {
  const base = { owner: target.owner, name: target.repo, number: target.number };
  const headVariables = {
    configPath: options.configPath,
    postsPath: options.postsPath,
    appId: options.appId ?? null,
    guidelinesName: options.checkNames.guidelines,
    voteName: options.checkNames.vote,
  };
  const data = await graphqlAllowingMissingFiles<PullRequestResponse>(client, PULL_REQUEST_QUERY, { ...base, ...headVariables });
  const repository = data.repository;
  const pr = repository?.pullRequest;
  if (!repository || !pr) {
    throw new HeraldError(`${target.owner}/${target.repo}#${target.number}: pull request not found`, {
      hint: 'Check that the app is installed on this repository with pull_requests: read.',
    });
  }
  const more = <T>(field: PageField, first: Connection<T> | null, extra: Record<string, unknown> = {}) =>
    allNodes(first, async (cursor) => {
      const page = await graphqlAllowingMissingFiles<{
        repository: { pullRequest: Record<PageField, Connection<T> | null> | null } | null;
      }>(client, pullRequestPageQuery(field), { ...base, cursor, ...extra });
      return page.repository?.pullRequest?.[field] ?? null;
    });

  let head = pr.commits.nodes?.at(-1)?.commit;
  if (!head || head.oid !== pr.headRefOid) {
    // commits(last: 1) stops at the 250th commit; read the head by oid instead.
    const byOid = await graphqlAllowingMissingFiles<{ repository: { object: HeadNode | null } }>(client, HEAD_COMMIT_QUERY, {
      ...base,
      oid: pr.headRefOid,
      ...headVariables,
    });
    head = byOid.repository?.object ?? undefined;
    if (!head) throw new HeraldError(`${target.owner}/${target.repo}#${target.number}: head commit ${pr.headRefOid} not found`);
  }
  const suites = head.checkSuites
    ? await allNodes(head.checkSuites, async (cursor) => {
        const page = await client.graphql<{ repository: { object: { checkSuites: Connection<SuiteNode> | null } | null } | null }>(
          CHECK_SUITES_PAGE_QUERY,
          {
            owner: target.owner,
            name: target.repo,
            oid: pr.headRefOid,
            cursor,
            appId: headVariables.appId,
            guidelinesName: headVariables.guidelinesName,
            voteName: headVariables.voteName,
          },
        );
        return page.repository?.object?.checkSuites ?? null;
      })
    : [];

  const [labels, files, reviews, comments, postsIndex] = await Promise.all([
    more('labels', pr.labels),
    more('files', pr.files),
    more('reviews', pr.reviews),
    more('comments', pr.comments),
    head.posts?.object ? readPostsIndex(client, target, head.oid, options.postsPath, head.posts.object.entries) : Promise.resolve([]),
  ]);
  // Every comment with the marker written by this app or bot; the oldest is the one to keep.
  const ours = comments
    .filter((c) => c.viewerDidAuthor && c.databaseId !== null && isHeraldComment(c.body))
    .map((c) => ({ id: c.databaseId!, body: c.body }))
    .sort((a, b) => a.id - b.id);
  // Actions-only mode: only GitHub Actions' own check runs are Herald's (another app may use the same name).
  const runs = runsByName(options.appId === undefined ? suites.filter((s) => s.app?.slug === ACTIONS_APP_SLUG) : suites);
  return {
    target,
    repoUrl: repository.url,
    headSha: pr.headRefOid,
    // A fork's branch is edited in the fork, which this query does not name.
    ...(pr.isCrossRepository ? {} : { headBranch: pr.headRefName }),
    isDraft: pr.isDraft,
    author: { login: pr.author?.login ?? 'ghost', isBot: pr.author?.__typename === 'Bot' },
    labels: labels.map((l) => l.name),
    changedFiles: files.map((f) => ({ path: f.path, changeType: f.changeType })),
    defaultBranchOid: repository.defaultBranchRef?.target?.oid,
    ledgerOid: repository.ledger?.target?.oid,
    defaultConfig: toFileRead(repository.defaultBranchRef?.target?.config),
    headConfig: toFileRead(head.config),
    headConfigOid: head.config?.oid,
    postsIndex,
    headPostsOid: head.posts?.oid,
    reviews: reviews.map(toReview),
    comment: ours[0],
    extraComments: ours.slice(1),
    checkRuns: new Map([...runs].map(([name, [newest]]) => [name, newest!])),
    olderCheckRuns: new Map([...runs].map(([name, [, ...older]]) => [name, older])),
  };
}

/** Every node of a listing; GitHub's schema lets a connection, its nodes and each node be null. */
async function allNodes<T>(first: Connection<T> | null, next: (cursor: string) => Promise<Connection<T> | null>): Promise<T[]> {
  const nodes: T[] = [];
  for (let page = first; page;) {
    nodes.push(...(page.nodes ?? []).filter((n): n is T => n !== null));
    const cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    page = cursor ? await next(cursor) : null;
  }
  return nodes;
}

function toReview(node: ReviewNode): SnapshotReview {
  return {
    id: node.databaseId,
    author: node.author?.login ?? 'ghost',
    isBot: node.author?.__typename === 'Bot',
    state: node.state as ReviewState,
    submittedAt: node.submittedAt,
    commitOid: node.commit?.oid ?? null,
  };
}

/** Every run of each name across every suite, newest (highest id) first. */
function runsByName(suites: SuiteNode[]): Map<string, ExistingCheckRun[]> {
  const runs = new Map<string, ExistingCheckRun[]>();
  const all: CheckRunNode[] = suites.flatMap((s) => [...(s.guidelines?.nodes ?? []), ...(s.vote?.nodes ?? [])].filter((r) => r !== null));
  for (const run of all.sort((a, b) => (b.databaseId ?? 0) - (a.databaseId ?? 0))) {
    if (run.databaseId === null) continue;
    const list = runs.get(run.name) ?? [];
    list.push({
      id: run.databaseId,
      status: run.status,
      conclusion: run.conclusion,
      title: run.title,
      summary: run.summary,
      annotations: run.annotations?.totalCount ?? 0,
      externalId: run.externalId ?? null,
    });
    runs.set(run.name, list);
  }
  return runs;
}
