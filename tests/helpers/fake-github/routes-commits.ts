// The pull requests of a commit, as the publish Action finds the merged PR to comment on. GitHub answers
// with the merged PR that brought the commit into the default branch; for a commit not (yet) there,
// with the open and merged PRs whose head contains it. A commit it does not know is a 422.
import type { RestHandler } from './rest.ts';
import { allowed, fail, isResult, pullExtras } from './repo-extras.ts';
import { pullShape } from './routes-pulls.ts';
import { tick, type FakePull, type FakeRepo } from './state.ts';

type Ctx = Parameters<RestHandler>[0];

/** Merge commit id → the pull request it merged, per repository. */
const merges = new WeakMap<FakeRepo, Map<string, number>>();

/**
 * Merges `pull` with the merge commit `sha` (a real git commit id when the test has a real repository
 * beside the fake): the default branch moves to it, and the PR is closed as merged.
 */
export function recordMerge(repo: FakeRepo, pull: FakePull, sha: string, at = tick()): void {
  const head = repo.commits.get(pull.headSha)!;
  const base = repo.branches.get(repo.defaultBranch)!;
  repo.commits.set(sha, {
    oid: sha,
    files: head.files,
    parents: [base, pull.headSha],
    message: `Merge pull request #${pull.number}`,
    date: at,
  });
  repo.branches.set(repo.defaultBranch, sha);
  const info = pullExtras(repo, pull);
  info.state = 'closed';
  info.mergedAt = at;
  let map = merges.get(repo);
  if (!map) merges.set(repo, (map = new Map()));
  map.set(sha, pull.number);
}

function reachable(repo: FakeRepo, from: string, sha: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const oid = stack.pop()!;
    if (oid === sha) return true;
    if (seen.has(oid)) continue;
    seen.add(oid);
    stack.push(...(repo.commits.get(oid)?.parents ?? []));
  }
  return false;
}

/** The PR's own commits: reachable from its head, not from the base it started from. */
const inPull = (repo: FakeRepo, pull: FakePull, sha: string) => reachable(repo, pull.headSha, sha) && !reachable(repo, pull.mergeBase, sha);

export const COMMITS_HANDLERS: Record<string, RestHandler> = {
  'repos/list-pull-requests-associated-with-commit': (ctx: Ctx) => {
    const repo = ctx.state.repo(ctx.params.owner!, ctx.params.repo!);
    if (!repo) return fail(404, 'Not Found', `no repository ${ctx.params.owner}/${ctx.params.repo}`);
    const who = allowed(ctx.caller, 'pull_requests', 'read');
    if (isResult(who)) return who;
    const sha = String(ctx.params.commit_sha).toLowerCase();
    if (!repo.commits.has(sha)) return fail(422, `No commit found for SHA: ${sha}`);
    const merged = merges.get(repo)?.get(sha);
    const onDefault = reachable(repo, repo.branches.get(repo.defaultBranch)!, sha);
    const pulls = [...repo.pulls.values()].filter((p) =>
      onDefault ? p.number === merged || (pullExtras(repo, p).mergedAt !== null && inPull(repo, p, sha)) : inPull(repo, p, sha),
    );
    return { status: 200, body: pulls.sort((a, b) => b.number - a.number).map((p) => pullShape(repo, p, 'pull-request-simple')) };
  },
};
