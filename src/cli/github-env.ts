// The GitHub repository a scheduled command works on, from the environment Actions provides:
// GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name) and GITHUB_API_URL (GitHub Enterprise, or a test server).
import { Octokit } from '@octokit/rest';

export interface GitHubTarget {
  octokit: Octokit;
  repo: { owner: string; repo: string };
}

/** The target, or the reason there is none (say it, never guess a repository). */
export function githubFromEnv(env: Record<string, string | undefined>): GitHubTarget | string {
  const token = env.GITHUB_TOKEN;
  const full = env.GITHUB_REPOSITORY;
  if (!token || !full) {
    const missing = [!token && 'GITHUB_TOKEN', !full && 'GITHUB_REPOSITORY'].filter(Boolean).join(' and ');
    return `${missing} ${missing.includes(' and ') ? 'are' : 'is'} not set`;
  }
  const [owner, repo, ...rest] = full.split('/');
  if (!owner || !repo || rest.length) return `GITHUB_REPOSITORY "${full}" is not owner/name`;
  const octokit = new Octokit({
    auth: token,
    baseUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    userAgent: 'herald-cli',
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
  return { octokit, repo: { owner, repo } };
}
