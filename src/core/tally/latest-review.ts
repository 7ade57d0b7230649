// Each reviewer's effective vote: their latest review that is not a comment or pending.
import type { Review, Vote } from './types.ts';
import { loginKey } from './roster.ts';

export interface Effective {
  login: string;
  isBot: boolean;
  vote: Vote;
  /** The review the vote comes from (undefined when 'commented' or 'none'). */
  review: Review | undefined;
}

const VOTE_OF = { APPROVED: 'approved', CHANGES_REQUESTED: 'changes-requested', DISMISSED: 'dismissed' } as const;

function time(review: Review): number {
  const ms = review.submittedAt === null ? Number.NaN : Date.parse(review.submittedAt);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/**
 * Groups reviews per reviewer (bots apart from humans) in first-review order. COMMENTED and
 * PENDING reviews never change a vote; a DISMISSED latest review is no vote, with no fallback.
 */
export function latestReviews(reviews: Review[]): Effective[] {
  const groups = new Map<string, Review[]>();
  for (const review of reviews) {
    if (review.state === 'PENDING') continue;
    const key = `${review.isBot ? 'bot' : 'human'}:${loginKey(review.author)}`;
    const group = groups.get(key);
    if (group) group.push(review);
    else groups.set(key, [review]);
  }
  const result: Effective[] = [];
  for (const group of groups.values()) {
    // Stable sort: equal timestamps keep the order GitHub listed them in.
    const ordered = [...group].sort((a, b) => time(a) - time(b));
    const deciding = ordered.filter((r) => r.state !== 'COMMENTED').at(-1);
    const first = group[0]!;
    if (deciding && deciding.state !== 'COMMENTED' && deciding.state !== 'PENDING') {
      result.push({ login: first.author, isBot: first.isBot, vote: VOTE_OF[deciding.state], review: deciding });
    } else {
      result.push({ login: first.author, isBot: first.isBot, vote: 'commented', review: undefined });
    }
  }
  return result;
}
