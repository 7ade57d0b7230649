// Plain objects that graphql-js resolves by default (functions are called with the field's arguments).
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { can, type FakeAuth, type TokenIdentity } from './auth.ts';
import { pullExtras } from './repo-extras.ts';
import { gitBlobOid, type Actor, type FakeGitHubState, type FakePull, type FakeRepo } from './state.ts';

export interface GraphQLContext {
  state: FakeGitHubState;
  auth: FakeAuth;
  viewer: TokenIdentity;
  /** Misuse that a correct client never causes (fails the test). */
  violations: string[];
}

interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

const cursor = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64');
const uncursor = (c: string) => Number(Buffer.from(c, 'base64').toString().split(':')[2]);
const id = (kind: string, key: string | number) => Buffer.from(`${kind}:${key}`).toString('base64');

export function connection<T>(ctx: GraphQLContext, name: string, items: T[], args: PageArgs) {
  if (args.first == null && args.last == null) {
    ctx.violations.push(`GraphQL: ${name} without first/last`);
    throw new GraphQLError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`, {
      extensions: { type: 'MISSING_PAGINATION_BOUNDARIES' },
    });
  }
  for (const [key, value] of [
    ['first', args.first],
    ['last', args.last],
  ] as const) {
    if (value != null && (value < 0 || value > 100)) {
      ctx.violations.push(`GraphQL: ${name}(${key}: ${value}) exceeds 100`);
      throw new GraphQLError(`Requesting ${value} records on the \`${name}\` connection exceeds the \`${key}\` limit of 100 records.`, {
        extensions: { type: 'EXCESSIVE_PAGINATION' },
      });
    }
  }
  let start = args.after ? uncursor(args.after) + 1 : 0;
  let end = args.before ? uncursor(args.before) : items.length;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  return {
    nodes: items.slice(start, end),
    totalCount: items.length,
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: end > start ? cursor(start) : null,
      endCursor: end > start ? cursor(end - 1) : null,
    },
  };
}

function need(ctx: GraphQLContext, scope: string): void {
  if (!can(ctx.viewer.permissions, scope, 'read')) {
    ctx.violations.push(`GraphQL: token lacks ${scope}: read`);
    throw new GraphQLError('Resource not accessible by integration', { extensions: { type: 'FORBIDDEN' } });
  }
}

export function actorNode(actor: Actor) {
  const login = actor.type === 'Bot' ? actor.login.replace(/\[bot\]$/, '') : actor.login;
  return {
    __typename: actor.type,
    id: id(actor.type, login),
    login,
    avatarUrl: `https://avatars.githubusercontent.com/${login}`,
    resourcePath: `/${login}`,
    url: `https://github.com/${login}`,
  };
}

export function repositoryNode(ctx: GraphQLContext, repo: FakeRepo): Record<string, unknown> {
  return {
    __typename: 'Repository',
    id: id('Repository', repo.id),
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    url: `https://github.com/${repo.owner}/${repo.name}`,
    owner: { __typename: 'User', id: id('User', repo.owner), login: repo.owner },
    defaultBranchRef: () => ({
      __typename: 'Ref',
      id: id('Ref', repo.defaultBranch),
      name: repo.defaultBranch,
      prefix: 'refs/heads/',
      target: () => commitNode(ctx, repo, repo.branches.get(repo.defaultBranch)!),
    }),
    ref: ({ qualifiedName }: { qualifiedName: string }) => {
      need(ctx, 'contents');
      const name = qualifiedName.replace(/^refs\/heads\//, '');
      const oid = repo.branches.get(name);
      // GitHub answers null (no error) for a ref that does not exist.
      return oid === undefined
        ? null
        : { __typename: 'Ref', id: id('Ref', name), name, prefix: 'refs/heads/', target: () => commitNode(ctx, repo, oid) };
    },
    object: ({ oid, expression }: { oid?: string; expression?: string }) => {
      need(ctx, 'contents');
      const key = oid ?? expression ?? '';
      return repo.commits.has(key) ? commitNode(ctx, repo, key) : null;
    },
    pullRequest: ({ number }: { number: number }) => {
      need(ctx, 'pull_requests');
      const pull = repo.pulls.get(number);
      if (!pull)
        throw new GraphQLError(`Could not resolve to a PullRequest with the number of ${number}.`, { extensions: { type: 'NOT_FOUND' } });
      return pullRequestNode(ctx, repo, pull);
    },
    pullRequests: (a: PageArgs & { states?: string[] | null; orderBy?: { field: string; direction: string } | null }) => {
      need(ctx, 'pull_requests');
      const key = (p: FakePull) => {
        const info = pullExtras(repo, p);
        return a.orderBy?.field === 'UPDATED_AT' ? (info.mergedAt ?? info.createdAt) : info.createdAt;
      };
      const pulls = [...repo.pulls.values()]
        .filter((p) => !a.states || a.states.includes(pullState(repo, p)))
        .sort((x, y) => key(x).localeCompare(key(y)) || x.number - y.number);
      if (a.orderBy?.direction === 'DESC') pulls.reverse();
      return connection(
        ctx,
        'pullRequests',
        pulls.map((p) => pullRequestNode(ctx, repo, p)),
        a,
      );
    },
  };
}

function pullState(repo: FakeRepo, pull: FakePull): 'OPEN' | 'CLOSED' | 'MERGED' {
  const info = pullExtras(repo, pull);
  return info.mergedAt ? 'MERGED' : info.state === 'closed' ? 'CLOSED' : 'OPEN';
}

function pullRequestNode(ctx: GraphQLContext, repo: FakeRepo, pull: FakePull) {
  const commits: string[] = [];
  for (let oid: string | undefined = pull.headSha; oid && oid !== pull.mergeBase; oid = repo.commits.get(oid)?.parents[0])
    commits.unshift(oid);
  return {
    __typename: 'PullRequest',
    id: id('PullRequest', `${repo.id}:${pull.number}`),
    number: pull.number,
    title: pull.title,
    state: pullState(repo, pull),
    createdAt: pullExtras(repo, pull).createdAt,
    mergedAt: pullExtras(repo, pull).mergedAt,
    updatedAt: pullExtras(repo, pull).mergedAt ?? pullExtras(repo, pull).createdAt,
    isDraft: pull.draft,
    isCrossRepository: pull.fromFork,
    author: actorNode(pull.author),
    headRefName: pull.headRef,
    headRefOid: pull.headSha,
    baseRefName: pull.baseRef,
    baseRefOid: repo.branches.get(pull.baseRef),
    labels: (a: PageArgs) =>
      pull.nullConnections?.has('labels')
        ? null
        : connection(
            ctx,
            'labels',
            pull.labels.map((name) => ({ __typename: 'Label', id: id('Label', name), name, color: 'ededed' })),
            a,
          ),
    files: (a: PageArgs) => (pull.nullConnections?.has('files') ? null : connection(ctx, 'files', ctx.state.changedFiles(repo, pull), a)),
    commits: (a: PageArgs) =>
      // GitHub's commits connection on a PR stops at 250 commits.
      connection(
        ctx,
        'commits',
        commits.slice(0, 250).map((oid) => ({ __typename: 'PullRequestCommit', id: id('PRC', oid), commit: commitNode(ctx, repo, oid) })),
        a,
      ),
    reviews: (a: PageArgs & { states?: string[] | null; author?: string | null }) =>
      pull.nullConnections?.has('reviews')
        ? null
        : connection(
            ctx,
            'reviews',
            pull.reviews
              // A review GitHub has accepted but its API does not show yet (replication lag).
              .filter((r) => r.visibleAt === undefined || Date.now() >= r.visibleAt)
              .filter((r) => !a.states || a.states.includes(r.state))
              .filter((r) => !a.author || r.author.login === a.author)
              .map((r) => ({
                __typename: 'PullRequestReview',
                id: id('PullRequestReview', r.id),
                databaseId: r.id,
                author: actorNode(r.author),
                body: r.body,
                state: r.state,
                submittedAt: r.submittedAt,
                commit: () => commitNode(ctx, repo, r.commitOid),
              })),
            a,
          ),
    comments: (a: PageArgs) =>
      connection(
        ctx,
        'comments',
        repo.comments
          .filter((c) => c.issueNumber === pull.number)
          .map((c) => ({
            __typename: 'IssueComment',
            id: id('IssueComment', c.id),
            databaseId: c.id,
            author: actorNode(c.author),
            body: c.body,
            createdAt: c.createdAt,
            viewerDidAuthor: c.author.login === ctx.viewer.login,
          })),
        a,
      ),
  };
}

function commitNode(ctx: GraphQLContext, repo: FakeRepo, oid: string) {
  const commit = repo.commits.get(oid);
  if (!commit) return null;
  return {
    __typename: 'Commit',
    id: id('Commit', oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    message: commit.message,
    committedDate: commit.date,
    repository: () => repositoryNode(ctx, repo),
    tree: () => treeNode(ctx, repo, commit.files, ''),
    file: ({ path }: { path: string }) => {
      need(ctx, 'contents');
      const entry = entryNode(ctx, repo, commit.files, path.replace(/\/+$/, ''));
      if (!entry) throw new GraphQLError(`Could not resolve file for path '${path}'.`, { extensions: { type: 'NOT_FOUND' } });
      return entry;
    },
    checkSuites: (a: PageArgs & { filterBy?: { appId?: number | null; checkName?: string | null } | null }) => {
      need(ctx, 'checks');
      const runs = repo.checkRuns.filter((r) => r.headSha === oid);
      const appIds = [...new Set(runs.map((r) => r.appId))]
        .filter((appId) => a.filterBy?.appId == null || appId === a.filterBy.appId)
        .filter((appId) => !a.filterBy?.checkName || runs.some((r) => r.appId === appId && r.name === a.filterBy!.checkName));
      const suites = appIds.map((appId) => {
        const app = ctx.auth.apps.get(appId);
        return {
          __typename: 'CheckSuite',
          id: id('CheckSuite', `${oid}:${appId}`),
          databaseId: appId * 1000 + 1,
          app: {
            __typename: 'App',
            id: id('App', appId),
            databaseId: appId,
            slug: app?.slug ?? 'github-actions',
            name: app?.name ?? 'GitHub Actions',
          },
          commit: () => commitNode(ctx, repo, oid),
          checkRuns: (b: PageArgs & { filterBy?: { checkName?: string | null } | null }) =>
            connection(
              ctx,
              'checkRuns',
              runs
                .filter((r) => r.appId === appId && (!b.filterBy?.checkName || r.name === b.filterBy.checkName))
                .map((r) => ({
                  __typename: 'CheckRun',
                  id: id('CheckRun', r.id),
                  databaseId: r.id,
                  name: r.name,
                  status: r.status.toUpperCase(),
                  conclusion: r.conclusion?.toUpperCase() ?? null,
                  title: r.title,
                  summary: r.summary,
                  text: r.text,
                  detailsUrl: r.detailsUrl,
                  externalId: r.externalId,
                  annotations: (c: PageArgs) => connection(ctx, 'annotations', r.annotations, c),
                })),
              b,
            ),
        };
      });
      return connection(ctx, 'checkSuites', suites, a);
    },
  };
}

/** Per commit's file map: each folder's child names and tree oid, built once (large trees stay fast). */
interface Folders {
  children: Map<string, Set<string>>;
  oids: Map<string, string>;
}
const folderCache = new WeakMap<ReadonlyMap<string, string>, Folders>();

function folders(files: ReadonlyMap<string, string>): Folders {
  let known = folderCache.get(files);
  if (known) return known;
  const children = new Map<string, Set<string>>();
  const listings = new Map<string, string[]>();
  for (const [path, content] of files) {
    const segments = path.split('/');
    for (let i = 0; i < segments.length; i++) {
      const dir = segments.slice(0, i).join('/');
      let names = children.get(dir);
      if (!names) children.set(dir, (names = new Set()));
      names.add(segments[i]!);
      let listing = listings.get(dir);
      if (!listing) listings.set(dir, (listing = []));
      listing.push(`${path}:${gitBlobOid(content)}`);
    }
  }
  const oids = new Map(
    [...listings].map(([dir, listing]) => [
      dir,
      createHash('sha1')
        .update(`tree\0${listing.sort().join('\n')}`)
        .digest('hex'),
    ]),
  );
  folderCache.set(files, (known = { children, oids }));
  return known;
}

function treeOid(files: ReadonlyMap<string, string>, dir: string): string {
  return folders(files).oids.get(dir) ?? createHash('sha1').update('tree\0').digest('hex');
}

function treeNode(ctx: GraphQLContext, repo: FakeRepo, files: ReadonlyMap<string, string>, dir: string) {
  const prefix = dir ? `${dir}/` : '';
  const names = folders(files).children.get(dir) ?? new Set<string>();
  const oid = treeOid(files, dir);
  return {
    __typename: 'Tree',
    id: id('Tree', oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    repository: () => repositoryNode(ctx, repo),
    entries: () => [...names].sort().map((name) => entryNode(ctx, repo, files, `${prefix}${name}`)),
  };
}

function entryNode(ctx: GraphQLContext, repo: FakeRepo, files: ReadonlyMap<string, string>, path: string) {
  const content = files.get(path);
  const isTree = content === undefined && folders(files).children.has(path);
  if (content === undefined && !isTree) return null;
  const name = path.split('/').at(-1)!;
  const oid = content === undefined ? treeOid(files, path) : gitBlobOid(content);
  const binary = content?.includes('\u0000') ?? false;
  const blob = () => ({
    __typename: 'Blob',
    id: id('Blob', oid),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize: Buffer.byteLength(content!),
    isBinary: binary,
    isTruncated: false,
    text: binary ? null : content,
    repository: () => repositoryNode(ctx, repo),
  });
  return {
    name,
    nameRaw: name,
    path,
    pathRaw: path,
    oid,
    type: isTree ? 'tree' : 'blob',
    mode: isTree ? 16384 : 33188,
    extension: name.includes('.') ? `.${name.split('.').at(-1)}` : null,
    isGenerated: false,
    lineCount: content?.split('\n').length ?? null,
    size: content === undefined ? 0 : Buffer.byteLength(content),
    repository: () => repositoryNode(ctx, repo),
    object: () => (isTree ? treeNode(ctx, repo, files, path) : blob()),
  };
}
