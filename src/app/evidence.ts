// The delivery is evidence: a webhook GitHub signed says a review exists (in a state) or that the
// head moved. A read that does not show it yet is behind; the evaluation reads again, and when the
// read still lags after a bounded time the delivered review counts as delivered.
import type { ReviewState } from '../core/tally/types.ts';
import type { PullRequestSnapshot, SnapshotReview } from '../github/types.ts';

export interface DeliveredReview {
  id: number;
  author: string;
  isBot: boolean;
  state: ReviewState;
  submittedAt: string | null;
  commitOid: string | null;
}

export interface Evidence {
  /** The head a `synchronize` delivery named. */
  headSha?: string;
  review?: DeliveredReview;
}

interface ReviewPayload {
  action?: string;
  review?: {
    id?: number;
    state?: string;
    user?: { login?: string; type?: string } | null;
    submitted_at?: string | null;
    commit_id?: string | null;
  };
  pull_request?: { head?: { sha?: string } };
}

const STATES: Record<string, ReviewState> = {
  approved: 'APPROVED',
  changes_requested: 'CHANGES_REQUESTED',
  commented: 'COMMENTED',
  dismissed: 'DISMISSED',
};

/** What a delivery proves about the PR (nothing for events that prove nothing new). */
export function evidenceOf(event: 'pull_request' | 'pull_request_review', payload: ReviewPayload): Evidence {
  if (event === 'pull_request') {
    const sha = payload.pull_request?.head?.sha;
    return payload.action === 'synchronize' && sha ? { headSha: sha } : {};
  }
  const review = payload.review;
  const state = payload.action === 'dismissed' ? 'DISMISSED' : STATES[String(review?.state).toLowerCase()];
  if (!review || typeof review.id !== 'number' || !state || !review.user?.login) return {};
  return {
    review: {
      id: review.id,
      author: review.user.login.replace(/\[bot\]$/, ''),
      isBot: review.user.type === 'Bot',
      state,
      submittedAt: review.submitted_at ?? null,
      commitOid: review.commit_id ?? null,
    },
  };
}

/** Why the read is behind the deliveries (empty: it shows everything they proved). */
export function lagOf(snapshot: PullRequestSnapshot, evidence: readonly Evidence[]): string[] {
  const reasons: string[] = [];
  for (const e of evidence) {
    if (e.headSha && e.headSha !== snapshot.headSha) reasons.push(`head ${e.headSha.slice(0, 7)} not read yet`);
    if (e.review && !shows(snapshot.reviews, e.review)) reasons.push(`review ${e.review.id} (${e.review.state}) not read yet`);
  }
  return reasons;
}

function shows(reviews: readonly SnapshotReview[], delivered: DeliveredReview): boolean {
  const read = reviews.find((r) => r.id === delivered.id);
  // Only a dismissal changes an existing review's state later; anything else, once read, is current.
  return read !== undefined && (delivered.state !== 'DISMISSED' || read.state === 'DISMISSED');
}

/** The snapshot with each delivered review the read still does not show, as the delivery says. */
export function withDeliveredReviews(snapshot: PullRequestSnapshot, evidence: readonly Evidence[]): PullRequestSnapshot {
  let reviews = [...snapshot.reviews];
  for (const { review } of evidence) {
    if (!review || shows(reviews, review)) continue;
    const known = reviews.find((r) => r.id === review.id);
    // What the approval covers is read at the delivered commit, like any review's (gather-content).
    const entry: SnapshotReview = known ? { ...known, state: review.state } : { ...review };
    reviews = [...reviews.filter((r) => r.id !== review.id), entry];
  }
  return { ...snapshot, reviews };
}
