// The vote figures: when each PR reached quorum (replaying its reviews through the tally) and who took part.
import { tally } from '../tally/index.ts';
import { localDateFormatter } from '../tally/local-date.ts';
import type { ApprovalPolicy, RosterMember } from '../types.ts';
import type { VoteRecord } from './types.ts';

/** The time the PR first reached quorum, replaying reviews in order; undefined if it never did. */
export function quorumReachedAt(vote: VoteRecord, roster: RosterMember[], policy: ApprovalPolicy, timezone: string): string | undefined {
  const submitted = vote.reviews
    .filter((r) => r.submittedAt !== null)
    .sort((a, b) => (a.submittedAt as string).localeCompare(b.submittedAt as string));
  const localDate = localDateFormatter(timezone);
  const moments = [vote.openedAt, ...submitted.map((r) => r.submittedAt as string)];
  for (const moment of moments) {
    const result = tally({
      roster,
      policy,
      today: localDate(new Date(moment)),
      prAuthor: vote.author,
      reviews: submitted.filter((r) => (r.submittedAt as string) <= moment),
      contentChangedSince: () => false,
      needsBoard: [],
      membershipVote: false,
    });
    if (result.status === 'passed') return moment;
  }
  return undefined;
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface Participation {
  login: string;
  /** PRs opened during the member's term in the period. */
  eligible: number;
  /** Of those, how many the member reviewed (any review state but PENDING) or authored. */
  took: number;
}

export function participation(votes: VoteRecord[], roster: RosterMember[], timezone: string): Participation[] {
  const logins = [...new Set(roster.map((m) => m.login))];
  const localDate = logins.length > 0 ? localDateFormatter(timezone) : undefined;
  const days = localDate ? votes.map((v) => localDate(new Date(v.openedAt))) : [];
  return logins
    .map((login) => {
      const terms = roster.filter((m) => m.login.toLowerCase() === login.toLowerCase());
      const eligibleVotes = votes.filter((_v, i) => {
        const day = days[i]!;
        return terms.some((t) => t.termStart <= day && day <= t.termEnd);
      });
      const took = eligibleVotes.filter(
        (v) =>
          v.author.toLowerCase() === login.toLowerCase() ||
          v.reviews.some((r) => r.state !== 'PENDING' && r.author.toLowerCase() === login.toLowerCase()),
      ).length;
      return { login, eligible: eligibleVotes.length, took };
    })
    .filter((p) => p.eligible > 0);
}
