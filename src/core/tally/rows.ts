// The vote table rows: one per active member, then every other reviewer (shown, never counted).
import type { ApprovalPolicy } from '../types.ts';
import type { Effective } from './latest-review.ts';
import { loginKey, type Voter } from './roster.ts';
import type { VoteRow } from './types.ts';

export const STALE_NOTE = 'stale: content changed after this approval';

interface RowContext {
  policy: ApprovalPolicy;
  prAuthor: string;
  contentChangedSince: (commitOid: string) => boolean | string;
}

function approvalRow(voter: Voter, effective: Effective, ctx: RowContext): VoteRow {
  const base = { login: voter.login, roles: voter.roles, standing: 'active' as const, vote: 'approved' as const, isAuthor: false };
  const oid = effective.review?.commitOid ?? null;
  const changed = oid === null || ctx.contentChangedSince(oid);
  if (changed === false) return { ...base, counted: true, note: '' };
  const what = typeof changed === 'string' ? changed : 'content';
  if (ctx.policy.staleApprovals === 'count') {
    return { ...base, counted: true, note: `${what} changed after this approval (counted: staleApprovals is "count")` };
  }
  return {
    ...base,
    counted: false,
    note: oid === null ? 'stale: the approved commit is unknown' : `stale: ${what} changed after this approval`,
  };
}

const NOTE_FOR = {
  'changes-requested': 'requested changes',
  dismissed: 'review dismissed: approve again to vote',
  commented: 'commented only',
  none: '',
} as const;

export function memberRow(voter: Voter, effective: Effective | undefined, ctx: RowContext): VoteRow {
  const isAuthor = loginKey(voter.login) === loginKey(ctx.prAuthor);
  if (isAuthor) {
    const base = { login: voter.login, roles: voter.roles, standing: 'active' as const, isAuthor };
    if (ctx.policy.authorApproves) return { ...base, vote: 'approved', counted: true, note: 'PR author: counts as approving' };
    return {
      ...base,
      vote: effective?.vote ?? 'none',
      counted: false,
      note: 'PR author: cannot approve their own PR (authorApproves is off)',
    };
  }
  if (effective?.vote === 'approved') return approvalRow(voter, effective, ctx);
  const vote = effective?.vote ?? 'none';
  return { login: voter.login, roles: voter.roles, standing: 'active', vote, counted: false, note: NOTE_FOR[vote], isAuthor };
}

/** A reviewer who is not an active member: a bot, a past or future member, or not on the roster. */
export function outsiderRow(effective: Effective, voter: Voter | undefined, prAuthor: string, botAuthor?: string): VoteRow {
  const authorKey = effective.isBot ? botAuthor : prAuthor;
  const isAuthor = authorKey !== undefined && authorKey !== '' && loginKey(effective.login) === loginKey(authorKey);
  const common = { login: effective.login, vote: effective.vote, counted: false, isAuthor };
  if (effective.isBot) return { ...common, roles: [], standing: 'bot', note: 'bot: never counted' };
  if (voter) return { ...common, roles: voter.roles, standing: 'inactive', note: `${voter.inactiveNote}: not counted` };
  return { ...common, roles: [], standing: 'non-member', note: 'not on the roster: not counted' };
}

/** A bot that opened the PR and did not review it: shown, so nobody mistakes it for the member of that name. */
export function botAuthorRow(login: string): VoteRow {
  return { login, roles: [], standing: 'bot', vote: 'none', counted: false, note: 'bot: opened the PR, never counted', isAuthor: true };
}
