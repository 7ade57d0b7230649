// `approval.request_reviews`: after an evaluation, ask the active members who have not voted for a
// review. GitHub is the only state: who was already asked is read from the PR's timeline
// (review_requested events), never remembered, so instances and re-deliveries ask each person once.
import { reviewersToRequest } from '../core/review-requests.ts';
import { localDate } from '../core/tally/local-date.ts';
import type { Tally } from '../core/tally/types.ts';
import type { HeraldConfig } from '../core/types.ts';
import type { GitHubClient, PullRequestSnapshot, PullRequestTarget } from '../github/types.ts';

export interface ReviewRequestOutcome {
  requested: string[];
  reads: number;
  writes: number;
  /** GitHub refused the request (e.g. a member who is no collaborator); the evaluation stands. */
  refused?: string;
}

const PER_PAGE = 100;

export async function requestReviews(
  client: GitHubClient,
  target: PullRequestTarget,
  snapshot: PullRequestSnapshot,
  config: HeraldConfig,
  tally: Tally,
  now: Date,
): Promise<ReviewRequestOutcome> {
  const none: ReviewRequestOutcome = { requested: [], reads: 0, writes: 0 };
  if (!config.approval.requestReviews || snapshot.isDraft || tally.status !== 'pending') return none;
  const input = {
    roster: config.roster,
    today: localDate(now, config.timezone),
    author: snapshot.author.login,
    reviews: snapshot.reviews,
  };
  // Nobody left to ask whatever the timeline says: no read.
  if (reviewersToRequest({ ...input, asked: [] }).length === 0) return none;
  const asked: string[] = [];
  let reads = 0;
  for (let page = 1; ; page++) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/issues/{issue_number}/timeline', {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: PER_PAGE,
      page,
    });
    reads++;
    const events = data as { event?: string; requested_reviewer?: { login?: string } | null }[];
    for (const e of events) if (e.event === 'review_requested' && e.requested_reviewer?.login) asked.push(e.requested_reviewer.login);
    if (events.length < PER_PAGE) break;
  }
  const reviewers = reviewersToRequest({ ...input, asked });
  if (reviewers.length === 0) return { requested: [], reads, writes: 0 };
  try {
    await client.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', {
      owner: target.owner,
      repo: target.repo,
      pull_number: target.number,
      reviewers,
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
    return {
      requested: [],
      reads,
      writes: 1,
      refused: `GitHub refused review requests for ${reviewers.join(', ')}: ${(error as Error).message.slice(0, 200)}`,
    };
  }
  return { requested: reviewers, reads, writes: 1 };
}
