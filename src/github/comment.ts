// Herald's one PR comment: edit it in place when it exists, create it otherwise, leave it when its
// rendered body is unchanged (the read stamp alone is no reason to write). Duplicates that
// concurrent instances created are deleted by converge.ts.
import { stampBody, unstampedBody, type ReadStamp } from './stamp.ts';
import type { GitHubClient, PullRequestTarget } from './types.ts';

/** `gone`: the comment was deleted meanwhile (by a person, or as another instance's duplicate). */
export type CommentWrite = 'created' | 'updated' | 'unchanged' | 'gone';

export async function upsertComment(
  client: GitHubClient,
  target: PullRequestTarget,
  existing: { id: number; body: string } | undefined,
  rendered: string,
  stamp: ReadStamp,
): Promise<CommentWrite> {
  if (existing && unstampedBody(existing.body) === rendered) return 'unchanged';
  const body = stampBody(rendered, stamp);
  if (existing) {
    try {
      await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
    } catch (error) {
      if ((error as { status?: number }).status === 404) return 'gone';
      throw error;
    }
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

/** Deletes one of Herald's duplicate comments; already gone is fine (another instance got there first). */
export async function deleteComment(client: GitHubClient, target: PullRequestTarget, id: number): Promise<void> {
  try {
    await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: target.owner,
      repo: target.repo,
      comment_id: id,
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}
