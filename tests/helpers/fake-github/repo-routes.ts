// Adds the routes the scheduled runs (feeds, governance, report) and the publish Action need to the fake
// GitHub, and hands out an Octokit with an Actions-style GITHUB_TOKEN for a fresh repository.
import { Octokit } from '@octokit/rest';
import type { Permissions } from './auth.ts';
import { REST_HANDLERS } from './rest.ts';
import { CHECKS_HANDLERS } from './routes-checks.ts';
import { COMMITS_HANDLERS } from './routes-commits.ts';
import { CONTENTS_HANDLERS } from './routes-contents.ts';
import { ISSUES_HANDLERS } from './routes-issues.ts';
import { PULLS_HANDLERS } from './routes-pulls.ts';
import { startFakeGitHub, type FakeGitHub } from './server.ts';
import type { FakeRepo } from './state.ts';

/** What `permissions:` in a workflow grants the scheduled jobs. */
export const WORKFLOW_PERMISSIONS: Permissions = { metadata: 'read', contents: 'write', pull_requests: 'write', issues: 'write' };

export function useRepoRoutes(): void {
  Object.assign(REST_HANDLERS, CONTENTS_HANDLERS, PULLS_HANDLERS, ISSUES_HANDLERS, COMMITS_HANDLERS, CHECKS_HANDLERS);
}

export interface RepoGitHub {
  github: FakeGitHub;
  repo: FakeRepo;
  token: string;
  octokit: Octokit;
}

export async function startRepoGitHub(files: Record<string, string>, permissions: Permissions = WORKFLOW_PERMISSIONS): Promise<RepoGitHub> {
  useRepoRoutes();
  const github = await startFakeGitHub();
  const repo = github.state.createRepo('django', 'social', files);
  const token = github.auth.issueToken({ login: 'github-actions[bot]', appId: 15368, permissions });
  return { github, repo, token, octokit: octokitFor(github, token) };
}

export function octokitFor(github: FakeGitHub, token: string): Octokit {
  return new Octokit({ auth: token, baseUrl: github.url, request: { retries: 0 }, log: { debug() {}, info() {}, warn() {}, error() {} } });
}
