// Plain-language pieces of a tally, shared by the PR comment and the vote check.
import type { BoardReason, Tally } from './types.ts';

export function describeBoardReason(reason: BoardReason): string {
  switch (reason.kind) {
    case 'outside-goals-label':
      return `the PR has the label "${reason.label}" (outside the agreed goals)`;
    case 'outside-goals-flag':
      return `${reason.file} is marked outside the agreed goals`;
    case 'sponsor':
      return `${reason.file} is a sponsor campaign (${reason.sponsor})`;
  }
}

/** One line saying where the vote stands, e.g. "Pending: 2 more approvals needed (1 of 3)". */
export function voteHeadline(tally: Tally): string {
  const what = tally.membershipVote ? 'Membership vote' : 'Vote';
  switch (tally.status) {
    case 'passed':
      return `${what} passed: ${tally.approvals} of ${tally.active} active members approve (quorum ${tally.quorum})`;
    case 'failed-closed':
      return `${what} cannot be counted: ${tally.reason}`;
    case 'pending': {
      const needs: string[] = [];
      if (tally.approvalsNeeded > 0) {
        needs.push(`${tally.approvalsNeeded} more approval${tally.approvalsNeeded === 1 ? '' : 's'}`);
      }
      if (tally.boardNeeded) needs.push("the board liaison's approval");
      return `${what} pending: needs ${needs.join(' and ')} (${tally.approvals} of ${tally.quorum} approvals so far)`;
    }
  }
}
