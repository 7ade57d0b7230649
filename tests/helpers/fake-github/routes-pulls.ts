// Pull request listing, creation, files and reviews, as the feed runner and the report use them.
// GitHub's rules: one open PR per head branch, no PR without commits, `head` filter as owner:branch.
import { simpleUser } from './rest-shapes.ts';
import type { RestHandler } from './rest.ts';
import { allowed, fail, isResult, nextNumber, paginate, pullExtras, repositoryShape, repoOf } from './repo-extras.ts';
import { shaped } from './schema-example.ts';
import type { FakePull, FakeRepo } from './state.ts';

type Ctx = Parameters<RestHandler>[0];

/** The PR a read route names, after the caller's pull_requests: read permission is checked. */
function readablePull(ctx: Ctx): { repo: FakeRepo; pull: FakePull } | ReturnType<typeof fail> {
  const repo = repoOf(ctx);
  if (isResult(repo)) return repo;
  const who = allowed(ctx.caller, 'pull_requests', 'read');
  if (isResult(who)) return who;
  const pull = repo.pulls.get(Number(ctx.params.pull_number));
  return pull ? { repo, pull } : fail(404, 'Not Found');
}

export function pullShape(repo: FakeRepo, pull: FakePull, schema: 'pull-request' | 'pull-request-simple') {
  const info = pullExtras(repo, pull);
  const full = `${repo.owner}/${repo.name}`;
  const api = `https://api.github.com/repos/${full}`;
  const side = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser({ login: repo.owner, type: 'User' }),
    repo: repositoryShape(repo),
  });
  return shaped(schema, {
    id: 50_000 + pull.number,
    node_id: Buffer.from(`PullRequest:${pull.number}`).toString('base64'),
    number: pull.number,
    state: info.state,
    title: pull.title,
    body: info.body,
    user: simpleUser(pull.author),
    draft: pull.draft,
    created_at: info.createdAt,
    updated_at: info.mergedAt ?? info.createdAt,
    closed_at: info.state === 'closed' ? (info.mergedAt ?? info.createdAt) : null,
    merged_at: info.mergedAt,
    url: `${api}/pulls/${pull.number}`,
    html_url: `https://github.com/${full}/pull/${pull.number}`,
    head: side(pull.headRef, pull.headSha),
    base: side(pull.baseRef, pull.mergeBase),
    labels: [],
  });
}

export const PULLS_HANDLERS: Record<string, RestHandler> = {
  'pulls/list': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'pull_requests', 'read');
    if (isResult(who)) return who;
    const q = ctx.query;
    const state = q?.get('state') ?? 'open';
    const head = q?.get('head');
    if (head && !head.includes(':')) return fail(422, 'Validation Failed', `head "${head}" must be owner:branch`);
    let pulls = [...repo.pulls.values()].filter((p) => state === 'all' || pullExtras(repo, p).state === state);
    if (head) pulls = pulls.filter((p) => `${repo.owner}:${p.headRef}`.toLowerCase() === head.toLowerCase());
    const sort = q?.get('sort') ?? 'created';
    const key = (p: FakePull) =>
      sort === 'updated' ? (pullExtras(repo, p).mergedAt ?? pullExtras(repo, p).createdAt) : pullExtras(repo, p).createdAt;
    pulls.sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
    // GitHub's default direction: desc for sort=created, asc otherwise.
    if ((q?.get('direction') ?? (sort === 'created' ? 'desc' : 'asc')) === 'desc') pulls.reverse();
    const { page, headers } = paginate(pulls, q, ctx.origin, `/repos/${repo.owner}/${repo.name}/pulls`);
    return { status: 200, body: page.map((p) => pullShape(repo, p, 'pull-request-simple')), headers };
  },

  'pulls/create': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'pull_requests', 'write');
    if (isResult(who)) return who;
    const headRef = String(ctx.body.head).replace(/^[^:]+:/, '');
    const baseRef = String(ctx.body.base);
    const headSha = repo.branches.get(headRef);
    const baseSha = repo.branches.get(baseRef);
    if (!headSha || !baseSha) return fail(422, 'Validation Failed', `no branch ${headSha ? baseRef : headRef}`);
    if (headSha === baseSha) return fail(422, `No commits between ${baseRef} and ${headRef}`);
    const existing = [...repo.pulls.values()].find((p) => p.headRef === headRef && pullExtras(repo, p).state === 'open');
    if (existing) return fail(422, `A pull request already exists for ${repo.owner}:${headRef}.`);
    const pull: FakePull = {
      number: nextNumber(repo),
      title: String(ctx.body.title),
      author: { login: who, type: 'Bot' },
      headRef,
      headSha,
      baseRef,
      mergeBase: baseSha,
      draft: ctx.body.draft === true,
      labels: [],
      fromFork: false,
      reviews: [],
    };
    repo.pulls.set(pull.number, pull);
    pullExtras(repo, pull).body = typeof ctx.body.body === 'string' ? ctx.body.body : '';
    return { status: 201, body: pullShape(repo, pull, 'pull-request') };
  },

  'pulls/list-files': (ctx) => {
    const found = readablePull(ctx);
    if (isResult(found)) return found;
    const { repo, pull } = found;
    const status = { ADDED: 'added', DELETED: 'removed', MODIFIED: 'modified' } as Record<string, string>;
    const files = ctx.state.changedFiles(repo, pull).map((f) =>
      shaped('diff-entry', {
        filename: f.path,
        status: status[f.changeType],
        additions: f.additions,
        deletions: f.deletions,
        changes: f.additions + f.deletions,
      }),
    );
    const { page, headers } = paginate(files, ctx.query, ctx.origin, `/repos/${repo.owner}/${repo.name}/pulls/${pull.number}/files`);
    return { status: 200, body: page, headers };
  },

  'pulls/list-reviews': (ctx) => {
    const found = readablePull(ctx);
    if (isResult(found)) return found;
    const { repo, pull } = found;
    const reviews = pull.reviews.map((r) =>
      shaped('pull-request-review', {
        id: r.id,
        user: simpleUser(r.author),
        body: r.body,
        state: r.state,
        submitted_at: r.submittedAt,
        commit_id: r.commitOid,
        html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${pull.number}#pullrequestreview-${r.id}`,
        pull_request_url: `https://api.github.com/repos/${repo.owner}/${repo.name}/pulls/${pull.number}`,
      }),
    );
    const { page, headers } = paginate(reviews, ctx.query, ctx.origin, `/repos/${repo.owner}/${repo.name}/pulls/${pull.number}/reviews`);
    return { status: 200, body: page, headers };
  },
};
