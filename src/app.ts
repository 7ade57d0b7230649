// The Herald Probot app: which events re-evaluate which pull request, one evaluation per PR at a time.
import type { ApplicationFunction, Context, Probot } from 'probot';
import { GUIDELINES_CHECK_NAME, VOTE_CHECK_NAME } from './core/check-runs/types.ts';
import { CoalescingQueue } from './app/coalescing-queue.ts';
import { evaluatePullRequest, type HeraldDeps } from './app/evaluate-pull-request.ts';
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
export const REVIEW_EVENTS = [
  'pull_request_review.submitted',
  'pull_request_review.edited',
  'pull_request_review.dismissed',
] as const;

type RepoPayload = { repository: { name: string; owner: { login: string } } };

export function heraldApp(options: Partial<HeraldDeps> = {}): ApplicationFunction {
  const deps: HeraldDeps = { now: options.now ?? (() => new Date()), appId: options.appId, serverLimits: options.serverLimits ?? (() => serverLimitsReader()), loopbackHttp: options.loopbackHttp === true };
  const queue = new CoalescingQueue<{ force: boolean }>((a, b) => ({ force: a.force || b.force }));

  return (app: Probot) => {
    const evaluateQueued = (context: Context, target: PullRequestTarget, force: boolean): Promise<void> => {
      const key = `${target.owner}/${target.repo}#${target.number}`.toLowerCase();
      return queue.run(key, { force }, async (merged) => {
        const outcome = await evaluatePullRequest(context.octokit as unknown as GitHubClient, target, deps, merged);
        context.log.info({ pullRequest: key, outcome }, 'herald: evaluated');
      });
    };
    const targetOf = (payload: RepoPayload, number: number): PullRequestTarget => ({
      owner: payload.repository.owner.login,
      repo: payload.repository.name,
      number,
    });

    app.on([...PULL_REQUEST_EVENTS], async (context) => {
      await evaluateQueued(context, targetOf(context.payload, context.payload.pull_request.number), false);
    });
    app.on([...REVIEW_EVENTS], async (context) => {
      await evaluateQueued(context, targetOf(context.payload, context.payload.pull_request.number), false);
    });
    app.on('check_run.rerequested', async (context) => {
      const run = context.payload.check_run;
      if (run.name !== GUIDELINES_CHECK_NAME && run.name !== VOTE_CHECK_NAME) return;
      // GitHub lists no pull requests here for PRs from forks; their next PR or review event re-evaluates.
      await Promise.all(run.pull_requests.map((pr) => evaluateQueued(context, targetOf(context.payload, pr.number), true)));
    });
  };
}
