// Whom the app asks for a review (`approval.request_reviews`): active members of the roster (in their
// term today) who have not voted and were never asked on this PR, never the PR's author. "Asked"
// comes from GitHub (the PR timeline's review_requested events), so any number of app instances and
// re-deliveries ask each person once. Pure.
import { loginKey, readRoster } from './tally/roster.ts';
import type { RosterMember } from './types.ts';

export interface ReviewRequestInput {
  roster: RosterMember[];
  /** YYYY-MM-DD in the config's time zone. */
  today: string;
  author: string;
  reviews: { author: string; isBot: boolean; state: string }[];
  /** Logins a review was ever requested from on this PR (by anyone). */
  asked: string[];
}

/** A review that is a vote, or was one (a dismissed vote was seen): that member needs no reminder. */
const VOTES = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

export function reviewersToRequest(input: ReviewRequestInput): string[] {
  const roster = readRoster(input.roster, input.today);
  if (!roster.ok) return [];
  const voted = new Set(input.reviews.filter((r) => !r.isBot && VOTES.has(r.state)).map((r) => loginKey(r.author)));
  const asked = new Set(input.asked.map(loginKey));
  return roster.order.flatMap((key) => {
    const voter = roster.byLogin.get(key)!;
    if (!voter.active || key === loginKey(input.author) || voted.has(key) || asked.has(key)) return [];
    return [voter.login];
  });
}
