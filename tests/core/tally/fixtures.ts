// Builders for tally inputs: a roster of five members whose terms cover 2026-03-15.
import type { ApprovalPolicy, Role, RosterMember } from '../../../src/core/types.ts';
import type { Review, ReviewState, TallyInput } from '../../../src/core/tally/types.ts';

export const TODAY = '2026-03-15';
export const HEAD = 'head000';

export function member(
  login: string,
  roles: Role[] = ['member'],
  termStart = '2026-01-01',
  termEnd = '2026-06-30',
  line = 1,
): RosterMember {
  return { login, roles, termStart, termEnd, admins: [], line };
}

export const ROSTER: RosterMember[] = [
  member('chair-cho', ['chair'], '2026-01-01', '2026-06-30', 10),
  member('co-chair-kai', ['co-chair'], '2026-01-01', '2026-06-30', 15),
  member('liaison-lee', ['board-liaison'], '2026-01-01', '2026-06-30', 20),
  member('mia', ['member'], '2026-01-01', '2026-06-30', 25),
  member('noor', ['member'], '2026-01-01', '2026-06-30', 30),
];

let clock = 0;
/** A review; each call is one minute after the previous unless `at` is given. */
export function review(author: string, state: ReviewState, options: { at?: string; oid?: string | null; bot?: boolean } = {}): Review {
  clock += 1;
  const at = options.at ?? new Date(Date.UTC(2026, 2, 10, 0, clock)).toISOString();
  return {
    author,
    isBot: options.bot ?? false,
    state,
    submittedAt: state === 'PENDING' ? null : at,
    commitOid: options.oid === undefined ? HEAD : options.oid,
  };
}

export const POLICY: ApprovalPolicy = { staleApprovals: 'ignore', authorApproves: true, outsideGoalsLabel: 'outside-goals' };

/** Commits whose post content differs from head. */
export const STALE_COMMITS = new Set(['old111', 'old222']);

export function input(overrides: Partial<TallyInput> = {}): TallyInput {
  return {
    roster: ROSTER,
    policy: POLICY,
    today: TODAY,
    prAuthor: 'outside-olga',
    reviews: [],
    contentChangedSince: (oid) => STALE_COMMITS.has(oid),
    needsBoard: [],
    membershipVote: false,
    ...overrides,
  };
}
