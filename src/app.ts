// The Herald Probot app: which events re-evaluate which pull request. Correctness needs no lock:
// every evaluation converges GitHub's state from a current read (evaluate-pull-request.ts), so any
// number of instances may run. The CoalescingQueue is only an optimisation: events for one PR that
// arrive together in one process are evaluated once, with all their deliveries as evidence.
import type { ApplicationFunction, Context, Probot } from 'probot';
import { GUIDELINES_CHECK_NAME, VOTE_CHECK_NAME } from './core/check-runs/types.ts';
import { CoalescingQueue } from './app/coalescing-queue.ts';
import { evaluatePullRequest, type HeraldDeps } from './app/evaluate-pull-request.ts';
import { evidenceOf, type Evidence } from './app/evidence.ts';
import { explainLimit, restOctokit, splitClient } from './app/octokit-options.ts';
import { serverLimitsReader } from './platforms/server-limits.ts';
import type { GitHubClient, PullRequestTarget } from './github/types.ts';

export const PULL_REQUEST_EVENTS = [
  'pull_request.opened',
  'pull_request.synchronize',
  'pull_request.reopened',
  'pull_request.edited',
  'pull_request.ready_for_review',
  'pull_request.labeled',
  'pull_request.unlabeled',
] as const;
export const REVIEW_EVENTS = ['pull_request_review.submitted', 'pull_request_review.edited', 'pull_request_review.dismissed'] as const;

type RepoPayload = { repository: { name: string; owner: { login: string } } };
interface Request {
  force: boolean;
  evidence: Evidence[];
}

export function heraldApp(options: Partial<HeraldDeps> = {}): ApplicationFunction {
  const deps: HeraldDeps = {
    ...options,
    now: options.now ?? (() => new Date()),
    appId: options.appId,
    serverLimits: options.serverLimits ?? (() => serverLimitsReader()),
    loopbackHttp: options.loopbackHttp === true,
  };
  const queue = new CoalescingQueue<Request>((a, b) => ({ force: a.force || b.force, evidence: [...a.evidence, ...b.evidence] }));

  return (app: Probot) => {
    const evaluateQueued = (context: Context, target: PullRequestTarget, request: Request): Promise<void> => {
      const key = `${target.owner}/${target.repo}#${target.number}`.toLowerCase();
      return queue.run(key, request, async (merged) => {
        const reader = readerFor(context);
        const client = splitClient(context.octokit as unknown as GitHubClient, reader as unknown as GitHubClient);
        try {
          const outcome = await evaluatePullRequest(client, target, deps, merged);
          context.log.info({ pullRequest: key, outcome }, 'herald: evaluated');
          deps.onOutcome?.(key, outcome);
        } catch (error) {
          throw explainLimit(error, key, [context.octokit, reader]);
        }
      });
    };
    const targetOf = (payload: RepoPayload, number: number): PullRequestTarget => ({
      owner: payload.repository.owner.login,
      repo: payload.repository.name,
      number,
    });

    app.on([...PULL_REQUEST_EVENTS], async (context) => {
      const evidence = evidenceOf('pull_request', context.payload);
      await evaluateQueued(context, targetOf(context.payload, context.payload.pull_request.number), { force: false, evidence: [evidence] });
    });
    app.on([...REVIEW_EVENTS], async (context) => {
      const evidence = evidenceOf('pull_request_review', context.payload);
      await evaluateQueued(context, targetOf(context.payload, context.payload.pull_request.number), { force: false, evidence: [evidence] });
    });
    app.on('check_run.rerequested', async (context) => {
      const run = context.payload.check_run;
      if (run.name !== GUIDELINES_CHECK_NAME && run.name !== VOTE_CHECK_NAME) return;
      // GitHub lists no pull requests here for PRs from forks; their next PR or review event re-evaluates.
      await Promise.all(
        run.pull_requests.map((pr) => evaluateQueued(context, targetOf(context.payload, pr.number), { force: true, evidence: [] })),
      );
    });
  };
}

/** The installation's GraphQL reader (octokit-options.ts): same auth, reads not paced behind writes. */
function readerFor(context: Context) {
  const defaults = context.octokit.request.endpoint.DEFAULTS as { baseUrl: string; request?: { fetch?: typeof fetch } };
  const custom = defaults.request?.fetch;
  return restOctokit({ auth: { shared: context.octokit.auth }, baseUrl: defaults.baseUrl, ...(custom ? { fetch: custom } : {}) }, true);
}
