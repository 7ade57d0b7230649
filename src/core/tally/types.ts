// The vote tally's input and output (DESIGN principle 3: the decision is a discriminated union).
import type { ApprovalPolicy, Role, RosterMember } from '../types.ts';

/** GitHub's review states (REST `state` / GraphQL `PullRequestReviewState`). */
export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface Review {
  /** GitHub login of the reviewer (compared case-insensitively). */
  author: string;
  isBot: boolean;
  state: ReviewState;
  /** ISO 8601 timestamp; null for PENDING reviews (GitHub gives none). */
  submittedAt: string | null;
  /** The commit the review was given on; null when GitHub does not say (treated as stale). */
  commitOid: string | null;
}

/** Why a PR also needs the board liaison's approval (charter). */
export type BoardReason =
  | { kind: 'outside-goals-label'; label: string }
  | { kind: 'outside-goals-flag'; file: string }
  | { kind: 'sponsor'; file: string; sponsor: string };

export interface TallyInput {
  /** Roster from `.github/herald.yml` on the DEFAULT branch, never the PR's. */
  roster: RosterMember[];
  /** Set when the roster could not be read or is invalid: the vote fails closed with this reason. */
  rosterError?: string;
  policy: ApprovalPolicy;
  /** Today as YYYY-MM-DD in the config's time zone (see `localDate`). */
  today: string;
  prAuthor: string;
  /** The PR was opened by a bot (a GitHub App): it is never a member author, whatever its login. */
  prAuthorIsBot?: boolean;
  /** Every review on the PR, in any order. */
  reviews: Review[];
  /**
   * Whether what the PR publishes (posts, their media, the config) differs between `commitOid` and
   * the head, i.e. an approval given on that commit is stale: false, true, or what changed
   * (e.g. "image posts/media/pic.png"), which the vote table shows.
   */
  contentChangedSince: (commitOid: string) => boolean | string;
  /** Empty when the board liaison is not needed. */
  needsBoard: BoardReason[];
  /** The PR changes the roster in `.github/herald.yml`. */
  membershipVote: boolean;
  /** What makes it a membership vote, e.g. ["the roster", "platforms.mastodon.server"]; shown in the comment. */
  membershipReasons?: string[];
  /** Changed paths Herald's vote cannot cover (code, workflows, the ledger...): the vote fails, naming them. */
  uncovered?: string[];
}

/** A reviewer's effective vote, after the latest-review rule. */
export type Vote = 'approved' | 'changes-requested' | 'dismissed' | 'commented' | 'none';

/** Where a login stands against the roster today. */
type Standing = 'active' | 'inactive' | 'non-member' | 'bot';

/** One line of the vote table. */
export interface VoteRow {
  login: string;
  /** Roles from the roster (empty for non-members and bots). */
  roles: Role[];
  standing: Standing;
  vote: Vote;
  /** Whether this row adds an approval towards quorum. */
  counted: boolean;
  /** Why it is (not) counted, e.g. "stale: content changed after this approval"; '' when nothing to say. */
  note: string;
  isAuthor: boolean;
}

export type BoardStatus =
  | { required: false }
  | {
      required: true;
      reasons: BoardReason[];
      /** Active board liaisons (who can give the board approval). */
      liaisons: string[];
      /** The liaison whose counted approval satisfies the requirement, if any. */
      approvedBy: string | undefined;
    };

interface TallyCommon {
  membershipVote: boolean;
  /** What makes it a membership vote (empty or absent: the roster, or not one). */
  membershipReasons?: string[];
  /** Active members first (roster order), then other reviewers (first review order). */
  rows: VoteRow[];
}

interface TallyCounts {
  /** Active members today. */
  active: number;
  /** floor(active / 2) + 1 */
  quorum: number;
  /** Counted approvals. */
  approvals: number;
  board: BoardStatus;
}

export type Tally =
  | (TallyCommon & TallyCounts & { status: 'passed' })
  | (TallyCommon &
      TallyCounts & {
        status: 'pending';
        /** More counted approvals needed to reach quorum (0 when only the board approval is missing). */
        approvalsNeeded: number;
        /** Active members whose approval would still count (no counted approval yet, not the author). */
        canStillVote: string[];
        /** The board liaison's approval is required and not given yet. */
        boardNeeded: boolean;
      })
  | (TallyCommon & {
      status: 'failed-closed';
      reason: string;
      /** What fixes it; absent: the roster on the default branch. */
      fix?: string;
    });
