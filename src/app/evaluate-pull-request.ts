// One evaluation of one pull request: guard → GitHub reads → core → GitHub writes.
import { GUIDELINES_CHECK_NAME, VOTE_CHECK_NAME } from '../core/check-runs/types.ts';
import { writeCheckRun, type CheckRunWrite } from '../github/check-runs.ts';
import { upsertComment, type CommentWrite } from '../github/comment.ts';
import { readPullRequest } from '../github/read-pull-request.ts';
import type { GitHubClient, PullRequestTarget } from '../github/types.ts';
import type { ServerLimitsReader } from '../platforms/server-limits.ts';
import { reviewedElsewhere } from './changed-paths.ts';
import { readDefaultBranchConfig } from './configs.ts';
import { evaluate } from './evaluate.ts';
import { gatherContent } from './gather-content.ts';
import { CONFIG_PATH, POSTS_DIR, needsHerald } from './paths.ts';

export interface HeraldDeps {
  now: () => Date;
  /** This GitHub App's id: only its check runs are Herald's. Undefined in Actions mode. */
  appId: number | undefined;
  /** A fresh reader of servers' published limits per evaluation (each asks each server once). */
  serverLimits?: () => ServerLimitsReader;
  /** Tests only (local stand-in servers): accept http:// platform servers on loopback. Never set in production. */
  loopbackHttp?: boolean;
}

export type EvaluationOutcome =
  | { kind: 'skipped'; reason: string }
  | { kind: 'evaluated'; comment: CommentWrite; checks: Record<string, CheckRunWrite>; vote: string };

export async function evaluatePullRequest(
  client: GitHubClient,
  target: PullRequestTarget,
  deps: HeraldDeps,
  options: { force: boolean },
): Promise<EvaluationOutcome> {
  const snapshot = await readPullRequest(client, target, {
    configPath: CONFIG_PATH,
    postsPath: POSTS_DIR,
    checkNames: { guidelines: GUIDELINES_CHECK_NAME, vote: VOTE_CHECK_NAME },
    appId: deps.appId,
  });
  const base = readDefaultBranchConfig(snapshot.defaultConfig, { loopbackHttp: deps.loopbackHttp === true });
  const globs = base.config.approval.reviewedElsewhere ?? [];
  if (!needsHerald(snapshot.changedFiles.map((f) => f.path), (path) => reviewedElsewhere(path, globs))) {
    return { kind: 'skipped', reason: `touches neither ${POSTS_DIR}/ nor ${CONFIG_PATH}, only paths reviewed elsewhere` };
  }
  const content = await gatherContent(client, target, snapshot, base.config);
  const now = deps.now();
  const result = await evaluate(snapshot, base, content, now, deps.serverLimits?.());
  const completedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // allSettled, not all: the per-PR lock must not be released while a write is still in flight.
  const settled = await Promise.allSettled([
    upsertComment(client, target, snapshot.comment, result.comment),
    ...result.checks.map((output) =>
      writeCheckRun(client, target, snapshot.checkRuns.get(output.name), output, {
        headSha: snapshot.headSha,
        completedAt,
        detailsUrl: `${snapshot.repoUrl}/pull/${target.number}`,
        force: options.force,
      }),
    ),
  ]);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const [comment, ...written] = settled.map((s) => (s as PromiseFulfilledResult<string>).value);
  const checks = Object.fromEntries(result.checks.map((output, i) => [output.name, written[i] as CheckRunWrite]));
  return { kind: 'evaluated', comment: comment as CommentWrite, checks, vote: result.tally.status };
}
