// Herald's one PR comment: edit it in place when it exists, create it otherwise, leave it when unchanged.
import type { GitHubClient, PullRequestTarget } from './types.ts';

export type CommentWrite = 'created' | 'updated' | 'unchanged';

export async function upsertComment(
  client: GitHubClient,
  target: PullRequestTarget,
  existing: { id: number; body: string } | undefined,
  body: string,
): Promise<CommentWrite> {
  if (existing && existing.body === body) return 'unchanged';
  if (existing) {
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return 'updated';
  }
  await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    body,
  });
  return 'created';
}
