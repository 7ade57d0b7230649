// The repository settings `herald doctor` reads: environments and the names of their secrets, and the
// Actions workflow permissions ("Allow GitHub Actions to create and approve pull requests").
import { can } from './auth.ts';
import { githubError } from './rest-shapes.ts';
import type { RestHandler } from './rest.ts';
import { allowed, fail, isResult, repoOf } from './repo-extras.ts';
import { shaped } from './schema-example.ts';
import type { FakeRepo } from './state.ts';

export interface RepoSettings {
  environments: Map<string, string[]>;
  canApprovePullRequestReviews: boolean;
}

const settings = new WeakMap<FakeRepo, RepoSettings>();

export function settingsOf(repo: FakeRepo): RepoSettings {
  let found = settings.get(repo);
  if (!found) settings.set(repo, (found = { environments: new Map(), canApprovePullRequestReviews: false }));
  return found;
}

const AT = '2026-11-01T00:00:00Z';

export const SETTINGS_HANDLERS: Record<string, RestHandler> = {
  'repos/get-environment': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'actions', 'read');
    if (isResult(who)) return who;
    const name = ctx.params.environment_name!;
    if (!settingsOf(repo).environments.has(name))
      return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    return {
      status: 200,
      body: shaped('environment', {
        id: 1,
        node_id: 'EN_1',
        name,
        url: `https://api.github.com/repos/${repo.owner}/${repo.name}/environments/${name}`,
        html_url: `https://github.com/${repo.owner}/${repo.name}/deployments/activity_log?environments_filter=${name}`,
        created_at: AT,
        updated_at: AT,
      }),
    };
  },

  'actions/list-environment-secrets': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    // Listing secrets needs `secrets: read` itself (GITHUB_TOKEN never has it): GitHub answers 403, which
    // doctor reports as "could not check". A refusal GitHub really gives, not a client mistake.
    if (ctx.caller.kind !== 'token' || !can(ctx.caller.identity.permissions, 'secrets', 'read'))
      return { status: 403, body: githubError('Resource not accessible by integration', 403) };
    const names = settingsOf(repo).environments.get(ctx.params.environment_name!);
    if (!names) return fail(404, 'Not Found', `no environment ${ctx.params.environment_name}`);
    return {
      status: 200,
      body: { total_count: names.length, secrets: names.map((name) => shaped('actions-secret', { name, created_at: AT, updated_at: AT })) },
    };
  },

  'actions/get-github-actions-default-workflow-permissions-repository': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'administration', 'read');
    if (isResult(who)) return who;
    return {
      status: 200,
      body: shaped('actions-get-default-workflow-permissions', {
        default_workflow_permissions: 'read',
        can_approve_pull_request_reviews: settingsOf(repo).canApprovePullRequestReviews,
      }),
    };
  },
};
