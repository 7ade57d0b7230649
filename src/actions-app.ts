// Herald inside GitHub Actions, with no hosting: the same evaluation as the app, authenticated with
// the workflow's GITHUB_TOKEN. Runs on pull_request_target / pull_request / pull_request_review /
// check_run events (see .github/workflows/herald-pr.yml and docs/deployment.md). Runs that overlap
// (another workflow, another repository's hosted app) are safe: each evaluation converges from a
// current read; the workflow's `concurrency` group only saves runs.
import { readFileSync } from 'node:fs';
import { HeraldError } from './core/errors.ts';
import { evaluatePullRequest, type EvaluationOutcome } from './app/evaluate-pull-request.ts';
import { GUIDELINES_CHECK_NAME, VOTE_CHECK_NAME } from './core/check-runs/types.ts';
import type { GitHubClient, PullRequestTarget } from './github/types.ts';
import { evidenceOf, type Evidence } from './app/evidence.ts';
import { serverLimitsReader } from './platforms/server-limits.ts';
import { explainLimit, isRateLimit, restOctokit, splitClient, type LimitPolicy } from './app/octokit-options.ts';

export interface ActionsDeps {
  env: NodeJS.ProcessEnv;
  readFile: (path: string) => string;
  fetch: typeof globalThis.fetch;
  now: () => Date;
  log: (message: string) => void;
  /** Rate-limit policy (default LIMIT_POLICY) and, for tests, ms per second of wait. */
  limits?: { policy?: LimitPolicy; retryAfterBaseValue?: number; pacedWrites?: boolean };
  /** Waits between reads while a read lags the event (ms). */
  lagBackoffMs?: readonly number[];
}

export type ActionsOutcome = EvaluationOutcome | { kind: 'ignored'; reason: string };

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

export async function run(deps: ActionsDeps): Promise<ActionsOutcome> {
  const { env } = deps;
  const eventName = required(env, 'GITHUB_EVENT_NAME');
  const payload = JSON.parse(deps.readFile(required(env, 'GITHUB_EVENT_PATH'))) as EventPayload;
  const [owner, repo] = required(env, 'GITHUB_REPOSITORY').split('/') as [string, string];
  const token = env.GITHUB_TOKEN ?? env['INPUT_GITHUB-TOKEN'];
  if (!token) throw new HeraldError('no GITHUB_TOKEN in the environment', { hint: 'Pass it: env: { GITHUB_TOKEN: ${{ github.token }} }' });

  let number: number | undefined;
  let force = false;
  let evidence: Evidence[] = [];
  if (PR_EVENTS.has(eventName)) {
    number = payload.pull_request?.number;
    evidence = [evidenceOf(eventName === 'pull_request_review' ? 'pull_request_review' : 'pull_request', payload)];
  } else if (eventName === 'check_run' && payload.action === 'rerequested') {
    const name = payload.check_run?.name;
    if (name !== GUIDELINES_CHECK_NAME && name !== VOTE_CHECK_NAME)
      return { kind: 'ignored', reason: `check run "${name}" is not Herald's` };
    number = payload.check_run?.pull_requests?.[0]?.number;
    force = true;
  }
  if (number === undefined) return { kind: 'ignored', reason: `${eventName} is not about a pull request Herald can see` };

  const clientOptions = {
    auth: { token },
    baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    fetch: deps.fetch,
    log: { debug: () => {}, info: () => {}, warn: deps.log, error: deps.log },
    ...(deps.limits?.policy ? { policy: deps.limits.policy } : {}),
    ...(deps.limits?.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: deps.limits.retryAfterBaseValue }),
    ...(deps.limits?.pacedWrites === false ? { pacedWrites: false } : {}),
  };
  const writer = restOctokit(clientOptions);
  const reader = restOctokit(clientOptions, true);
  const client = splitClient(writer as unknown as GitHubClient, reader as unknown as GitHubClient);
  const target: PullRequestTarget = { owner, repo, number };
  const evaluationDeps = {
    now: deps.now,
    appId: undefined,
    serverLimits: () => serverLimitsReader(),
    ...(deps.lagBackoffMs ? { lagBackoffMs: deps.lagBackoffMs } : {}),
  };
  try {
    const outcome = await evaluatePullRequest(client, target, evaluationDeps, { force, evidence });
    deps.log(`herald: ${owner}/${repo}#${number}: ${JSON.stringify(outcome)}`);
    return outcome;
  } catch (error) {
    if (isRateLimit(error)) throw explainLimit(error, `${owner}/${repo}#${number}`, [writer, reader]);
    // A 403 that is no rate limit is a permission refusal: the read-only token of a fork PR.
    if ((error as { status?: number }).status === 403) {
      throw new HeraldError(`${owner}/${repo}#${number}: GitHub refused a write with this workflow's token`, {
        cause: error,
        hint:
          'Pull requests from forks get a read-only GITHUB_TOKEN on pull_request and pull_request_review. ' +
          'Run Herald on pull_request_target (it never checks out or runs PR code), grant ' +
          '"permissions: { pull-requests: write, checks: write, contents: read }", or use the hosted app.',
      });
    }
    throw error;
  }
}

interface EventPayload {
  action?: string;
  pull_request?: { number: number; head?: { sha?: string } };
  review?: {
    id?: number;
    state?: string;
    user?: { login?: string; type?: string } | null;
    submitted_at?: string | null;
    commit_id?: string | null;
  };
  check_run?: { name: string; pull_requests?: { number: number }[] };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new HeraldError(`${name} is not set: run this inside GitHub Actions`);
  return value;
}

if (import.meta.main) {
  const core = await import('@actions/core');
  try {
    await run({
      env: process.env,
      readFile: (p) => readFileSync(p, 'utf8'),
      fetch: globalThis.fetch,
      now: () => new Date(),
      log: core.info,
    });
  } catch (error) {
    const hint = error instanceof HeraldError && error.hint ? `\n${error.hint}` : '';
    core.setFailed(`${(error as Error).message}${hint}`);
  }
}
