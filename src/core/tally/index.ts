// The working group's 50%+1 vote, a pure function of the roster, the policy and the reviews.
import { latestReviews } from './latest-review.ts';
import { readRoster, loginKey } from './roster.ts';
import { botAuthorRow, memberRow, outsiderRow } from './rows.ts';
import type { BoardStatus, Tally, TallyInput, VoteRow } from './types.ts';
import { describeBoardReason } from './describe.ts';

export { localDate } from './local-date.ts';
export { describeBoardReason, voteHeadline } from './describe.ts';
export { STALE_NOTE } from './rows.ts';
export type * from './types.ts';

export function tally(input: TallyInput): Tally {
  const membershipVote = input.membershipVote;
  const reasons = input.membershipReasons && input.membershipReasons.length > 0 ? { membershipReasons: input.membershipReasons } : {};
  const failed = (reason: string, fix?: string): Tally => ({
    status: 'failed-closed',
    reason,
    membershipVote,
    ...reasons,
    rows: [],
    ...(fix ? { fix } : {}),
  });
  if (input.rosterError !== undefined) return failed(`the roster cannot be used: ${input.rosterError}`);
  if (input.uncovered && input.uncovered.length > 0) return failed(uncoveredReason(input.uncovered), UNCOVERED_FIX);
  const roster = readRoster(input.roster, input.today);
  if (!roster.ok) return failed(`the roster is invalid: ${roster.reason}`);

  const effective = latestReviews(input.reviews);
  const humanVote = new Map(effective.filter((e) => !e.isBot).map((e) => [loginKey(e.login), e]));
  // A bot is never a member author, whatever its login (GraphQL gives bot logins without "[bot]").
  const prAuthor = input.prAuthorIsBot ? '' : input.prAuthor;
  const ctx = { policy: input.policy, prAuthor, contentChangedSince: input.contentChangedSince };

  const activeVoters = roster.order.map((key) => roster.byLogin.get(key)!).filter((v) => v.active);
  if (activeVoters.length === 0) {
    return failed(`no roster member's term covers ${input.today}, so nobody can vote (renew terms on the default branch)`);
  }
  const memberRows = activeVoters.map((voter) => memberRow(voter, humanVote.get(loginKey(voter.login)), ctx));
  const outsiderRows = effective
    .filter((e) => e.isBot || !roster.byLogin.get(loginKey(e.login))?.active)
    .map((e) =>
      outsiderRow(
        e,
        e.isBot ? undefined : roster.byLogin.get(loginKey(e.login)),
        prAuthor,
        input.prAuthorIsBot ? input.prAuthor : undefined,
      ),
    );
  const botAuthor = input.prAuthorIsBot && !outsiderRows.some((r) => r.isAuthor) ? [botAuthorRow(input.prAuthor)] : [];
  const rows: VoteRow[] = [...memberRows, ...outsiderRows, ...botAuthor];

  const active = activeVoters.length;
  const quorum = Math.floor(active / 2) + 1;
  const approvals = memberRows.filter((r) => r.counted).length;

  let board: BoardStatus = { required: false };
  if (input.needsBoard.length > 0) {
    const liaisonRows = memberRows.filter((r) => r.roles.includes('board-liaison'));
    if (liaisonRows.length === 0) {
      const why = input.needsBoard.map(describeBoardReason).join('; ');
      return failed(`the board liaison's approval is required (${why}) but no board liaison's term covers ${input.today}`);
    }
    const approvedBy = liaisonRows.find((r) => r.counted)?.login;
    board = { required: true, reasons: input.needsBoard, liaisons: liaisonRows.map((r) => r.login), approvedBy };
  }

  const boardNeeded = board.required && board.approvedBy === undefined;
  const counts = { membershipVote, ...reasons, rows, active, quorum, approvals, board };
  if (approvals >= quorum && !boardNeeded) return { status: 'passed', ...counts };
  return {
    status: 'pending',
    ...counts,
    approvalsNeeded: Math.max(0, quorum - approvals),
    canStillVote: memberRows.filter((r) => !r.counted && !r.isAuthor).map((r) => r.login),
    boardNeeded,
  };
}

/** Shown under a vote failed for paths outside posts/. */
const UNCOVERED_FIX =
  'Move those changes to a PR of their own, reviewed the way code is, or name them in `approval.reviewed_elsewhere` in `.github/herald.yml` on the default branch.';

function uncoveredReason(paths: string[]): string {
  const shown = paths.slice(0, 10).join(', ');
  const more = paths.length > 10 ? ` and ${paths.length - 10} more` : '';
  return `this PR changes ${shown}${more}: Herald's vote covers posts and the config only`;
}
