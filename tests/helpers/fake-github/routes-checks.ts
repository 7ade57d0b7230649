// The check runs of a commit, as the publish Action reads the "Herald vote" of a merged PR's head
// (GET /repos/{owner}/{repo}/commits/{ref}/check-runs). Like GitHub: the token needs `checks: read`
// (a workflow that sets `permissions:` without it gets 403), `check_name` and `app_id` filter, and by
// default (`filter=latest`) only the newest run of each name per app is listed.
import { can } from './auth.ts';
import { fail, isResult, paginate, repoOf } from './repo-extras.ts';
import type { RestHandler } from './rest.ts';
import { checkRun } from './rest-shapes.ts';
import type { FakeCheckRun, FakeRepo } from './state.ts';

export const CHECKS_HANDLERS: Record<string, RestHandler> = {
  'checks/list-for-ref': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    if (ctx.caller.kind !== 'token') return fail(401, 'Requires authentication', 'needs a token');
    if (!can(ctx.caller.identity.permissions, 'checks', 'read'))
      return fail(403, 'Resource not accessible by integration', 'token lacks checks: read');
    const ref = ctx.params.ref!;
    const sha = repo.branches.get(ref) ?? (repo.commits.has(ref) ? ref : undefined);
    if (!sha) return fail(422, `No commit found for SHA: ${ref}`);
    const name = ctx.query?.get('check_name');
    const appId = ctx.query?.get('app_id');
    let runs = repo.checkRuns.filter((r) => r.headSha === sha && (!name || r.name === name) && (!appId || r.appId === Number(appId)));
    if ((ctx.query?.get('filter') ?? 'latest') === 'latest') runs = latestPerAppAndName(runs);
    const sorted = runs.sort((a, b) => b.id - a.id);
    const { page, headers } = paginate(sorted, ctx.query, ctx.origin, `/repos/${repo.owner}/${repo.name}/commits/${ref}/check-runs`);
    return {
      status: 200,
      body: {
        total_count: sorted.length,
        check_runs: page.map((r) =>
          checkRun(
            repo,
            r,
            ctx.auth.apps.get(r.appId) ?? { id: r.appId, slug: 'github-actions', name: 'GitHub Actions', permissions: {}, events: [] },
          ),
        ),
      },
      headers,
    };
  },
};

function latestPerAppAndName(runs: FakeCheckRun[]): FakeCheckRun[] {
  const latest = new Map<string, FakeCheckRun>();
  for (const run of runs) {
    const key = `${run.appId}\u0000${run.name}`;
    if ((latest.get(key)?.id ?? -1) < run.id) latest.set(key, run);
  }
  return [...latest.values()];
}

/** A completed check run on `headSha` by app `appId` (15368 is GitHub Actions), as Herald's vote writes it. */
export function recordCheckRun(
  repo: FakeRepo,
  run: { id: number; appId: number; headSha: string; name: string; conclusion: string; at: string },
): FakeCheckRun {
  const created: FakeCheckRun = {
    id: run.id,
    appId: run.appId,
    headSha: run.headSha,
    name: run.name,
    status: 'completed',
    conclusion: run.conclusion,
    title: run.conclusion === 'success' ? 'Vote passed' : 'Vote pending',
    summary: '',
    text: null,
    annotations: [],
    detailsUrl: null,
    externalId: null,
    startedAt: run.at,
    completedAt: run.at,
  };
  repo.checkRuns.push(created);
  return created;
}
