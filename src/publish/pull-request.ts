// Comments what a run did on the pull requests the posts came from, over plain fetch: a post verified
// against its vote is reported on the PR that approved it (a merge published by a later run included);
// the others on the PR(s) the pushed commit merged (GET /repos/{owner}/{repo}/commits/{sha}/pulls).
import type { LinkPolicy } from '../core/comment/live-links.ts';
import { HeraldError } from '../core/errors.ts';
import type { Scrubber } from '../core/scrub.ts';
import { pullRequestComment } from './report.ts';
import type { PostOutcome } from './types.ts';

export interface GitHubTarget {
  apiUrl: string;
  token: string;
  repository: string;
  fetch: typeof globalThis.fetch;
}

const headers = (target: GitHubTarget) => ({
  authorization: `Bearer ${target.token}`,
  accept: 'application/vnd.github+json',
  'x-github-api-version': '2022-11-28',
  'user-agent': 'herald-action',
});

/** How the comment is written: the run's link, which returned URLs become links, and the job's scrubber. */
export interface CommentStyle {
  runUrl?: string;
  links: LinkPolicy;
  scrub: Scrubber;
}

/** Comments on each PR its posts' part of the run; returns the PR numbers commented on. */
export async function commentOnPullRequests(
  target: GitHubTarget,
  posts: PostOutcome[],
  pulls: ReadonlyMap<string, number>,
  pushed: string | undefined,
  style: CommentStyle,
): Promise<number[]> {
  const byPull = new Map<number, PostOutcome[]>();
  const rest: PostOutcome[] = [];
  for (const post of posts) {
    const number = pulls.get(post.postId) ?? (post.plan.status === 'refused' ? post.plan.pull : undefined);
    if (number === undefined) rest.push(post);
    else byPull.set(number, [...(byPull.get(number) ?? []), post]);
  }
  if (rest.length > 0 && pushed && pullRequestComment(rest, style.runUrl, style.links)) {
    for (const number of await mergedPullRequests(target, pushed)) byPull.set(number, [...(byPull.get(number) ?? []), ...rest]);
  }
  const commented: number[] = [];
  for (const [number, group] of [...byPull].sort(([a], [b]) => a - b)) {
    const comment = pullRequestComment(group, style.runUrl, style.links);
    if (!comment) continue;
    const body = style.scrub(comment);
    const res = await target.fetch(`${target.apiUrl}/repos/${target.repository}/issues/${number}/comments`, {
      method: 'POST',
      headers: { ...headers(target), 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    });
    if (!res.ok)
      throw new HeraldError(`GitHub: commenting on #${number} failed: ${res.status}`, {
        hint: 'the workflow needs `permissions: pull-requests: write`',
      });
    commented.push(number);
  }
  return commented;
}

async function mergedPullRequests(target: GitHubTarget, sha: string): Promise<number[]> {
  const res = await target.fetch(`${target.apiUrl}/repos/${target.repository}/commits/${sha}/pulls`, { headers: headers(target) });
  if (!res.ok) throw new HeraldError(`GitHub: listing the pull requests of ${sha} failed: ${res.status}`);
  const pulls = (await res.json()) as { number: number; merged_at: string | null }[];
  return pulls.filter((p) => p.merged_at).map((p) => p.number);
}
