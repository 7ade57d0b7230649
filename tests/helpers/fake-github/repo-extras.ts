// State the scheduled runs need beyond the app's: issues, pull request bodies and merge times, and the
// helpers their routes share (who may write, GitHub's pagination, repository shapes). Kept beside the
// repository in a WeakMap so the shared FakeRepo stays as the app engineer defined it.
import { can, type Caller } from './auth.ts';
import { githubError, simpleUser } from './rest-shapes.ts';
import type { RestHandler, RestResult } from './rest.ts';
import { shaped } from './schema-example.ts';
import { tick, type Actor, type FakeGitHubState, type FakePull, type FakeRepo } from './state.ts';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  author: Actor;
  createdAt: string;
  updatedAt: string;
}

export interface PullExtras {
  body: string;
  createdAt: string;
  state: 'open' | 'closed';
  mergedAt: string | null;
}

interface RepoExtras {
  issues: FakeIssue[];
  pulls: Map<number, PullExtras>;
}

const extras = new WeakMap<FakeRepo, RepoExtras>();

export function extrasOf(repo: FakeRepo): RepoExtras {
  let found = extras.get(repo);
  if (!found) {
    found = { issues: [], pulls: new Map() };
    extras.set(repo, found);
  }
  return found;
}

export function pullExtras(repo: FakeRepo, pull: FakePull): PullExtras {
  const all = extrasOf(repo).pulls;
  let found = all.get(pull.number);
  if (!found) {
    found = { body: '', createdAt: repo.commits.get(pull.headSha)?.date ?? tick(), state: 'open', mergedAt: null };
    all.set(pull.number, found);
  }
  return found;
}

/** Issues and pull requests share one sequence of numbers, as on GitHub. */
export function nextNumber(repo: FakeRepo): number {
  return Math.max(0, ...repo.pulls.keys(), ...extrasOf(repo).issues.map((i) => i.number)) + 1;
}

/** Marks a pull request merged at `at` (the report reads merge times). */
export function mergePull(state: FakeGitHubState, repo: FakeRepo, pull: FakePull, at: string, createdAt?: string): void {
  const info = pullExtras(repo, pull);
  info.state = 'closed';
  info.mergedAt = at;
  if (createdAt) info.createdAt = createdAt;
  state.pushToDefaultBranch(repo, Object.fromEntries(repo.commits.get(pull.headSha)!.files));
}

export function addIssue(repo: FakeRepo, issue: Omit<FakeIssue, 'number' | 'createdAt' | 'updatedAt'>): FakeIssue {
  const at = tick();
  const created: FakeIssue = { ...issue, number: nextNumber(repo), createdAt: at, updatedAt: at };
  extrasOf(repo).issues.push(created);
  return created;
}

export const fail = (status: number, message: string, violation?: string): RestResult => ({
  status,
  body: githubError(message, status),
  ...(violation ? { violation } : {}),
});

/** The caller's login when it may act on `scope` at `level` (Actions' GITHUB_TOKEN or an installation token). */
export function allowed(caller: Caller, scope: string, level: 'read' | 'write'): string | RestResult {
  if (caller.kind !== 'token') return fail(401, 'Requires authentication', 'needs a token');
  if (level === 'read' && can(caller.identity.permissions, 'metadata', 'read')) return caller.identity.login;
  if (!can(caller.identity.permissions, scope, level)) {
    return fail(403, 'Resource not accessible by integration', `token lacks ${scope}: ${level}`);
  }
  return caller.identity.login;
}

/** The repository a route names, or the 404 GitHub answers. */
export function repoOf(ctx: Parameters<RestHandler>[0]): FakeRepo | RestResult {
  return (
    ctx.state.repo(ctx.params.owner!, ctx.params.repo!) ?? fail(404, 'Not Found', `no repository ${ctx.params.owner}/${ctx.params.repo}`)
  );
}

export const isResult = (x: unknown): x is RestResult => typeof x === 'object' && x !== null && 'status' in x && 'body' in x;

/** One page of `items` as GitHub serves it: per_page capped at 100, a Link header to the next and last pages. */
export function paginate<T>(
  items: T[],
  query: URLSearchParams | undefined,
  origin: string | undefined,
  path: string,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(query?.get('per_page') ?? 30)));
  const page = Math.max(1, Number(query?.get('page') ?? 1));
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const params = new URLSearchParams(query);
    params.set('page', String(n));
    return `<${origin}${path}?${params}>; rel="${rel}"`;
  };
  const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
}

export function repositoryShape(repo: FakeRepo, schema: 'repository' | 'full-repository' = 'repository') {
  const full = `${repo.owner}/${repo.name}`;
  return shaped(schema, {
    id: repo.id,
    node_id: Buffer.from(`Repository:${repo.id}`).toString('base64'),
    name: repo.name,
    full_name: full,
    owner: simpleUser({ login: repo.owner, type: 'User' }),
    private: false,
    html_url: `https://github.com/${full}`,
    url: `https://api.github.com/repos/${full}`,
    default_branch: repo.defaultBranch,
    visibility: 'public',
  });
}
