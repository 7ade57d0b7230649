// A read that is not older than what the deliveries proved or what another instance already wrote
// from: read, and while the read lags, wait and read again (bounded backoff).
import { GUIDELINES_CHECK_NAME, VOTE_CHECK_NAME } from '../core/check-runs/types.ts';
import { readPullRequest } from '../github/read-pull-request.ts';
import { contextDigest, parseStamp, readIsBehind, writtenCovers, type ReadStamp } from '../github/stamp.ts';
import type { GitHubClient, PullRequestSnapshot, PullRequestTarget } from '../github/types.ts';
import { lagOf, withDeliveredReviews, type Evidence } from './evidence.ts';
import { CONFIG_PATH, POSTS_DIR } from './paths.ts';

/** Waits between reads while a read lags (ms): about 3 s in all, then the delivery's word counts. */
export const LAG_BACKOFF_MS = [100, 200, 400, 800, 1600];

export interface CurrentRead {
  snapshot: PullRequestSnapshot;
  stamp: ReadStamp;
  /** Reads it took. */
  reads: number;
  /** What the last read still did not show (the deliveries' own reviews were added in). */
  lag: string[];
  /** Another instance already wrote from a read that saw a review this one still does not show. */
  superseded: boolean;
  /** ...and that read saw everything this one shows (same head, labels and config). */
  covered: boolean;
}

export async function readCurrent(
  client: GitHubClient,
  target: PullRequestTarget,
  appId: number | undefined,
  evidence: readonly Evidence[],
  backoff: readonly number[] = LAG_BACKOFF_MS,
): Promise<CurrentRead> {
  for (let attempt = 0; ; attempt++) {
    const read = await readPullRequest(client, target, {
      configPath: CONFIG_PATH,
      postsPath: POSTS_DIR,
      checkNames: { guidelines: GUIDELINES_CHECK_NAME, vote: VOTE_CHECK_NAME },
      appId,
    });
    const lag = lagOf(read, evidence);
    const snapshot = withDeliveredReviews(read, evidence);
    const stamp = stampOf(snapshot);
    const written = writtenStamps(snapshot);
    const superseded = written.some((w) => readIsBehind(stamp, w));
    const wait = backoff[attempt];
    if ((lag.length === 0 && !superseded) || wait === undefined) {
      return { snapshot, stamp, reads: attempt + 1, lag, superseded, covered: written.some((w) => writtenCovers(stamp, w)) };
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

export function stampOf(snapshot: PullRequestSnapshot): ReadStamp {
  return {
    head: snapshot.headSha,
    review: Math.max(0, ...snapshot.reviews.map((r) => r.id ?? 0)),
    context: contextDigest([[...snapshot.labels].sort(), snapshot.defaultConfig]),
  };
}

/** The stamps of what Herald (any instance) wrote that this read shows, on this head. */
function writtenStamps(snapshot: PullRequestSnapshot): ReadStamp[] {
  const texts = [snapshot.comment?.body, ...[...snapshot.checkRuns.values()].map((r) => r.externalId)];
  return texts.map(parseStamp).filter((s): s is ReadStamp => s !== undefined && s.head === snapshot.headSha);
}
