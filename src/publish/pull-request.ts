// Finds the pull request a merge commit came from and comments on it, over plain fetch.
import { HeraldError } from '../core/errors.ts';

export interface GitHubTarget {
  apiUrl: string;
  token: string;
  repository: string;
  fetch: typeof globalThis.fetch;
}

export async function commentOnMergedPullRequests(target: GitHubTarget, sha: string, body: string): Promise<number[]> {
  const headers = { authorization: `Bearer ${target.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'herald-action' };
  const pullsRes = await target.fetch(`${target.apiUrl}/repos/${target.repository}/commits/${sha}/pulls`, { headers });
  if (!pullsRes.ok) throw new HeraldError(`GitHub: listing the pull requests of ${sha} failed: ${pullsRes.status} ${await pullsRes.text()}`);
  const pulls = (await pullsRes.json()) as { number: number; merged_at: string | null }[];
  const merged = pulls.filter((p) => p.merged_at);
  for (const pull of merged) {
    const res = await target.fetch(`${target.apiUrl}/repos/${target.repository}/issues/${pull.number}/comments`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ body }),
    });
    if (!res.ok) throw new HeraldError(`GitHub: commenting on #${pull.number} failed: ${res.status} ${await res.text()}`, { hint: 'the workflow needs `permissions: pull-requests: write`' });
  }
  return merged.map((p) => p.number);
}
