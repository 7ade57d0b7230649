// The vote table and "what is still needed", shared by the PR comment and the vote check summary.
import { describeBoardReason, voteHeadline } from '../tally/describe.ts';
import type { Tally, Vote, VoteRow } from '../tally/types.ts';
import { code, escapeInline } from './escape.ts';

const VOTE_LABEL: Record<Vote, string> = {
  approved: '✅ approved',
  'changes-requested': '✋ changes requested',
  dismissed: '➖ dismissed',
  commented: '💬 commented',
  none: '… no vote yet',
};

export function statusIcon(tally: Tally): string {
  return tally.status === 'passed' ? '✅' : tally.status === 'pending' ? '⏳' : '⛔';
}

function roleText(row: VoteRow): string {
  if (row.standing === 'bot') return 'bot';
  if (row.standing === 'non-member') return 'not a member';
  const roles = row.roles.join(', ') || 'member';
  return row.standing === 'inactive' ? `${roles} (not in term)` : roles;
}

/** Green only for an approval that counts; any other approval reads neutral, its note says why. */
function voteLabel(row: VoteRow): string {
  if (row.vote === 'approved' && !row.counted) return 'approved (not counted)';
  return VOTE_LABEL[row.vote];
}

function rowLine(row: VoteRow): string {
  const login = `${code(row.login)}${row.isAuthor ? ' (author)' : ''}`;
  return `| ${login} | ${escapeInline(roleText(row))} | ${voteLabel(row)} | ${row.counted ? '✅ yes' : 'no'} | ${escapeInline(row.note)} |`;
}

/** "2 of 4 approvals: needs 2 more" (4 being the quorum), for the comment's status line. */
export function voteStatus(tally: Tally): string {
  if (tally.status === 'failed-closed') return '⛔ vote cannot be counted';
  const what = tally.membershipVote ? 'membership vote: ' : '';
  const count = `${tally.approvals} of ${tally.quorum} approvals`;
  if (tally.status === 'passed') return `✅ ${what}vote passed (${count})`;
  const needs = [
    ...(tally.approvalsNeeded > 0 ? [`${tally.approvalsNeeded} more`] : []),
    ...(tally.boardNeeded ? ['the board liaison'] : []),
  ];
  return `⏳ ${what}${count}: needs ${needs.join(' and ')}`;
}

/** Markdown table of the rows; at most `maxRows` rows of non-members (active members always shown). */
export function voteTable(tally: Tally, maxOutsiders = 50): string {
  if (tally.rows.length === 0) return '';
  const members = tally.rows.filter((r) => r.standing === 'active');
  const outsiders = tally.rows.filter((r) => r.standing !== 'active');
  const shown = outsiders.slice(0, maxOutsiders);
  const lines = ['| Reviewer | Role | Vote | Counted | Note |', '| --- | --- | --- | --- | --- |', ...[...members, ...shown].map(rowLine)];
  if (outsiders.length > shown.length)
    lines.push(`| … | | | no | ${outsiders.length - shown.length} more non-voting reviewers not shown |`);
  return lines.join('\n');
}

const list = (logins: string[]): string => logins.map(code).join(', ');

/** Bullet points saying what the vote still needs, or why it cannot be counted. */
export function stillNeeded(tally: Tally): string[] {
  const lines: string[] = [];
  if (tally.membershipVote) {
    const what = tally.membershipReasons?.length ? tally.membershipReasons.map(code).join(', ') : 'the roster';
    lines.push(`This PR changes ${what}, so it is a **membership vote**, tallied by the current roster on the default branch.`);
  }
  if (tally.status === 'failed-closed') {
    lines.push(`⛔ ${escapeInline(tally.reason)}.`);
    lines.push(tally.fix ?? 'The vote check stays red until the roster in `.github/herald.yml` on the default branch is fixed.');
    return lines;
  }
  if (tally.board.required) {
    const why = tally.board.reasons.map((r) => escapeInline(describeBoardReason(r))).join('; ');
    const state = tally.board.approvedBy ? `given by ${code(tally.board.approvedBy)}` : `needed from ${list(tally.board.liaisons)}`;
    lines.push(`Board liaison approval (${why}): ${state}.`);
  }
  if (tally.status === 'pending' && tally.approvalsNeeded > 0) {
    const who = tally.canStillVote.length > 0 ? ` Members who can still approve: ${list(tally.canStillVote)}.` : '';
    const short = tally.canStillVote.length < tally.approvalsNeeded ? ' Not enough members can still vote to reach quorum.' : '';
    lines.push(
      `${tally.approvalsNeeded} more approval${tally.approvalsNeeded === 1 ? '' : 's'} needed (quorum ${tally.quorum} of ${tally.active} active members).${who}${short}`,
    );
  }
  return lines;
}

/** The whole vote section: headline, table, what is still needed. */
export function voteSection(tally: Tally, heading = '### 🗳️ Vote'): string {
  const parts = [heading, `${statusIcon(tally)} **${escapeInline(voteHeadline(tally))}**`];
  const table = voteTable(tally);
  if (table) parts.push(table);
  const needed = stillNeeded(tally);
  if (needed.length > 0) parts.push(needed.map((l) => `- ${l}`).join('\n'));
  return parts.join('\n\n');
}
