// One check run per name on the head commit, patched in place. GitHub APPENDS annotations on every
// update and never removes them, so a run with annotations (old or new) is replaced by a new run of
// the same name (GitHub shows the newest) instead of being patched.
import { batchAnnotations } from '../core/check-runs/index.ts';
import type { CheckRunOutput } from '../core/check-runs/types.ts';
import type { ExistingCheckRun, GitHubClient, PullRequestTarget } from './types.ts';

export type CheckRunWrite = 'created' | 'updated' | 'unchanged';

export interface CheckRunWriteOptions {
  headSha: string;
  /** ISO 8601 completion time. */
  completedAt: string;
  /** Where a member sees the details (the PR with Herald's comment); GitHub wants one for action_required. */
  detailsUrl: string;
  /** Write even when the existing run already says the same (a re-run was requested). */
  force: boolean;
  /** The read stamp (stamp.ts) the output was computed from, kept as external_id. */
  externalId: string;
}

export function sameOutcome(existing: ExistingCheckRun, output: CheckRunOutput): boolean {
  return (
    existing.status.toLowerCase() === 'completed' &&
    existing.conclusion?.toLowerCase() === output.conclusion &&
    existing.title === output.title &&
    existing.summary === output.summary
  );
}

export async function writeCheckRun(
  client: GitHubClient,
  target: PullRequestTarget,
  existing: ExistingCheckRun | undefined,
  output: CheckRunOutput,
  options: CheckRunWriteOptions,
): Promise<CheckRunWrite> {
  if (existing && !options.force && sameOutcome(existing, output)) return 'unchanged';
  const [first = [], ...rest] = batchAnnotations(output.annotations);
  const outputFields = { title: output.title, summary: output.summary };
  const result = {
    conclusion: output.conclusion,
    completed_at: options.completedAt,
    details_url: options.detailsUrl,
    external_id: options.externalId,
  };
  const repo = { owner: target.owner, repo: target.repo };
  if (existing && existing.annotations === 0 && output.annotations.length === 0) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: existing.id,
      ...result,
      output: outputFields,
    });
    return 'updated';
  }
  const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
    ...repo,
    name: output.name,
    head_sha: options.headSha,
    ...result,
    output: { ...outputFields, annotations: first },
  });
  const id = (created.data as { id: number }).id;
  for (const batch of rest) {
    await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: id,
      output: { ...outputFields, annotations: batch },
    });
  }
  return 'created';
}

/**
 * Gives an older run of the same name (a concurrent instance's duplicate) the current outcome, so
 * whichever run GitHub or a person looks at says the same. Never "neutral" or "skipped": both
 * satisfy a required check.
 */
export async function alignOlderRun(
  client: GitHubClient,
  target: PullRequestTarget,
  older: ExistingCheckRun,
  output: CheckRunOutput,
  options: CheckRunWriteOptions,
): Promise<boolean> {
  if (sameOutcome(older, output)) return false;
  await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
    owner: target.owner,
    repo: target.repo,
    check_run_id: older.id,
    conclusion: output.conclusion,
    completed_at: options.completedAt,
    details_url: options.detailsUrl,
    external_id: options.externalId,
    output: { title: output.title, summary: output.summary },
  });
  return true;
}
