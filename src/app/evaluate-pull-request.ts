// One evaluation of one pull request: read (until current) → core → converge, then read again to
// confirm; when the confirming read shows a newer state (another review, another instance's write,
// a duplicate) it is evaluated and written too. Bounded rounds; no state of Herald's own.
import type { CheckRunWrite } from '../github/check-runs.ts';
import type { CommentWrite } from '../github/comment.ts';
import { converge } from '../github/converge.ts';
import type { GitHubClient, PullRequestTarget } from '../github/types.ts';
import type { ServerLimitsReader } from '../platforms/server-limits.ts';
import { reviewedElsewhere } from './changed-paths.ts';
import { readDefaultBranchConfig } from './configs.ts';
import { evaluate } from './evaluate.ts';
import { gatherContent } from './gather-content.ts';
import type { Evidence } from './evidence.ts';
import { CONFIG_PATH, POSTS_DIR, needsHerald } from './paths.ts';
import { LAG_BACKOFF_MS, readCurrent } from './read-current.ts';
import { requestReviews } from './request-reviews.ts';

export interface HeraldDeps {
  now: () => Date;
  /** This GitHub App's id: only its check runs are Herald's. Undefined in Actions mode. */
  appId: number | undefined;
  /** A fresh reader of servers' published limits per evaluation (each asks each server once). */
  serverLimits?: () => ServerLimitsReader;
  /** Tests only (local stand-in servers): accept http:// platform servers on loopback. Never set in production. */
  loopbackHttp?: boolean;
  /** Waits between reads while a read lags the delivery (ms). */
  lagBackoffMs?: readonly number[];
  /** Called with every evaluation's outcome (metrics; the bench counts writes per evaluation). */
  onOutcome?: (pullRequest: string, outcome: EvaluationOutcome) => void;
}

/** Rounds of read → write per evaluation; two instances racing settle within two or three. */
export const MAX_ROUNDS = 4;

export type EvaluationOutcome =
  | { kind: 'skipped'; reason: string }
  | { kind: 'superseded'; reason: string }
  | {
      kind: 'evaluated';
      comment: CommentWrite;
      checks: Record<string, CheckRunWrite>;
      vote: string;
      rounds: number;
      reads: number;
      writes: number;
      /** What the reads still did not show when the delivery's word was taken instead. */
      lag: string[];
      /** Members asked for a review this time (`approval.request_reviews`). */
      requested?: string[];
      /** Why GitHub refused the review requests, if it did. */
      requestRefused?: string;
    };

export async function evaluatePullRequest(
  client: GitHubClient,
  target: PullRequestTarget,
  deps: HeraldDeps,
  options: { force: boolean; evidence?: readonly Evidence[] },
): Promise<EvaluationOutcome> {
  let comment: CommentWrite = 'unchanged';
  const checks: Record<string, CheckRunWrite> = {};
  let reads = 0;
  let writes = 0;
  const serverLimits = deps.serverLimits?.();
  let backoff = deps.lagBackoffMs ?? LAG_BACKOFF_MS;
  // The content read depends only on the head, the config and which reviews are where: a confirming
  // read that shows the same reuses it instead of reading the posts again.
  let gathered: { key: string; content: Awaited<ReturnType<typeof gatherContent>> } | undefined;
  for (let round = 1; ; round++) {
    const current = await readCurrent(client, target, deps.appId, options.evidence ?? [], backoff);
    // Once the reads are known to lag the delivery, confirming reads do not wait for it again.
    if (current.lag.length > 0) backoff = [];
    reads += current.reads;
    const { snapshot } = current;
    const base = readDefaultBranchConfig(snapshot.defaultConfig, { loopbackHttp: deps.loopbackHttp === true });
    const globs = base.config.approval.reviewedElsewhere ?? [];
    if (
      !needsHerald(
        snapshot.changedFiles.map((f) => f.path),
        (path) => reviewedElsewhere(path, globs),
      )
    ) {
      return { kind: 'skipped', reason: `touches neither ${POSTS_DIR}/ nor ${CONFIG_PATH}, only paths reviewed elsewhere` };
    }
    // Still behind another instance's write after the bounded wait: when that write saw everything
    // this read shows, it stands; otherwise this read may only take a pass back, never grant one.
    if (current.covered) return { kind: 'superseded', reason: 'another instance already wrote from a newer read of this PR' };
    const key = JSON.stringify([snapshot.headSha, snapshot.defaultConfig, snapshot.reviews.map((r) => [r.id, r.state, r.commitOid])]);
    const now = deps.now();
    const content = gathered?.key === key ? gathered.content : await gatherContent(client, target, snapshot, base.config, now);
    gathered = { key, content };
    const result = await evaluate(snapshot, base, content, now, serverLimits);
    if (current.superseded && result.tally.status === 'passed') {
      return { kind: 'superseded', reason: 'this read lags a review another instance saw; it grants no pass' };
    }
    const done = await converge(client, target, snapshot, result, current.stamp, {
      completedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      detailsUrl: `${snapshot.repoUrl}/pull/${target.number}`,
      force: options.force && round === 1,
    });
    writes += done.writes;
    if (comment === 'unchanged' || comment === 'gone') comment = done.comment;
    for (const [name, write] of Object.entries(done.checks))
      if (checks[name] === undefined || checks[name] === 'unchanged') checks[name] = write;
    if (done.writes === 0 || round === MAX_ROUNDS) {
      const asked = await requestReviews(client, target, snapshot, base.config, result.tally, now);
      return {
        kind: 'evaluated',
        comment,
        checks,
        vote: result.tally.status,
        rounds: round,
        reads: reads + asked.reads,
        writes: writes + asked.writes,
        lag: current.lag,
        ...(asked.requested.length > 0 ? { requested: asked.requested } : {}),
        ...(asked.refused ? { requestRefused: asked.refused } : {}),
      };
    }
  }
}
