// The "Herald vote" check run: green only when the vote passes, so it can be a required check.
import { voteHeadline } from '../tally/describe.ts';
import type { Tally } from '../tally/types.ts';
import { voteSection } from '../comment/vote-table.ts';
import { clip } from '../comment/escape.ts';
import { SUMMARY_MAX_LENGTH, VOTE_CHECK_NAME, type CheckConclusion, type CheckRunOutput } from './types.ts';

/**
 * pending → action_required: it blocks merging like failure does (branch protection only accepts
 * success, neutral or skipped), but tells members that nothing is broken, a vote is awaited.
 * failed-closed → failure: something is wrong (the roster) and must be fixed.
 */
const CONCLUSION: Record<Tally['status'], CheckConclusion> = {
  passed: 'success',
  pending: 'action_required',
  'failed-closed': 'failure',
};

const REQUIRED_NOTE =
  'Make **Herald vote** a required status check in the branch protection of the default branch, so a post can only be merged (and published) after the vote passes.';

export function voteCheck(tally: Tally): CheckRunOutput {
  const body = `${voteSection(tally, '## Vote')}\n\n${REQUIRED_NOTE}`;
  const summary = body.length <= SUMMARY_MAX_LENGTH ? body : `${clip(body, SUMMARY_MAX_LENGTH - 40)}\n\n…cut to fit the check summary.`;
  const headline = voteHeadline(tally);
  return {
    name: VOTE_CHECK_NAME,
    conclusion: CONCLUSION[tally.status],
    title: clip(headline, 200),
    summary,
    annotations: [],
  };
}
