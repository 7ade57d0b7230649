// One round of writes that moves GitHub towards what one evaluation computed, whatever other
// instances did meanwhile: the oldest of Herald's comments is kept and edited, the others are
// deleted; the newest check run of each name is written and older duplicates are given the same
// outcome. The order fails closed: a vote that is not passing is written before anything else, a
// passing vote after everything else, so a write interrupted by a rate limit never leaves a vote
// check more permissive than the comment and the guidelines check beside it.
import { VOTE_CHECK_NAME, type CheckRunOutput } from '../core/check-runs/types.ts';
import { alignOlderRun, writeCheckRun, type CheckRunWrite, type CheckRunWriteOptions } from './check-runs.ts';
import { deleteComment, upsertComment, type CommentWrite } from './comment.ts';
import { formatStamp, type ReadStamp } from './stamp.ts';
import type { GitHubClient, PullRequestSnapshot, PullRequestTarget } from './types.ts';

export interface Computed {
  comment: string;
  checks: CheckRunOutput[];
}

export interface RoundWrites {
  comment: CommentWrite;
  checks: Record<string, CheckRunWrite>;
  /** Write requests sent (creates, edits, deletions). */
  writes: number;
}

export async function converge(
  client: GitHubClient,
  target: PullRequestTarget,
  snapshot: PullRequestSnapshot,
  computed: Computed,
  stamp: ReadStamp,
  options: Omit<CheckRunWriteOptions, 'headSha' | 'externalId'>,
): Promise<RoundWrites> {
  let writes = 0;
  const counted: GitHubClient = {
    graphql: (query, variables) => client.graphql(query, variables),
    request: (route, parameters) => {
      writes++;
      return client.request(route, parameters);
    },
  };
  const runOptions: CheckRunWriteOptions = { ...options, headSha: snapshot.headSha, externalId: formatStamp(stamp) };
  const checks: Record<string, CheckRunWrite> = {};
  const writeCheck = async (output: CheckRunOutput) => {
    checks[output.name] = await writeCheckRun(counted, target, snapshot.checkRuns.get(output.name), output, runOptions);
    for (const older of snapshot.olderCheckRuns.get(output.name) ?? []) await alignOlderRun(counted, target, older, output, runOptions);
  };
  const vote = computed.checks.find((c) => c.name === VOTE_CHECK_NAME);
  const others = computed.checks.filter((c) => c !== vote);
  const passing = vote?.conclusion === 'success';
  if (vote && !passing) await writeCheck(vote);
  const comment: CommentWrite = await upsertComment(counted, target, snapshot.comment, computed.comment, stamp);
  for (const extra of snapshot.extraComments) await deleteComment(counted, target, extra.id);
  for (const output of others) await writeCheck(output);
  if (vote && passing) await writeCheck(vote);
  return { comment, checks, writes };
}
