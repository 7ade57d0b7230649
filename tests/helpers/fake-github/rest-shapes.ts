// Response bodies shaped like GitHub's (every property the OpenAPI description requires).
import type { FakeApp } from './auth.ts';
import type { Actor, FakeCheckRun, FakeComment, FakeRepo } from './state.ts';

const API = 'https://api.github.com';
const WEB = 'https://github.com';
const nodeId = (kind: string, id: number | string) => Buffer.from(`${kind}:${id}`).toString('base64');

export function simpleUser(actor: Actor, id = 1) {
  const u = `${API}/users/${encodeURIComponent(actor.login)}`;
  return {
    login: actor.login,
    id,
    node_id: nodeId(actor.type, actor.login),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}`,
    gravatar_id: '',
    url: u,
    html_url: `${WEB}/${encodeURIComponent(actor.login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: actor.type,
    site_admin: false,
  };
}

export function issueComment(repo: FakeRepo, comment: FakeComment) {
  const base = `${API}/repos/${repo.owner}/${repo.name}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${base}/issues/comments/${comment.id}`,
    html_url: `${WEB}/${repo.owner}/${repo.name}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${base}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: simpleUser(comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'NONE',
  };
}

export function integration(app: Pick<FakeApp, 'id' | 'slug' | 'name' | 'permissions' | 'events'>) {
  return {
    id: app.id,
    slug: app.slug,
    node_id: nodeId('Integration', app.id),
    owner: simpleUser({ login: 'herald-maintainers', type: 'User' }),
    name: app.name,
    description: null,
    external_url: 'https://example.org/herald',
    html_url: `${WEB}/apps/${app.slug}`,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    permissions: app.permissions,
    events: app.events,
  };
}

export function checkRun(repo: FakeRepo, run: FakeCheckRun, app: Pick<FakeApp, 'id' | 'slug' | 'name' | 'permissions' | 'events'>) {
  const url = `${API}/repos/${repo.owner}/${repo.name}/check-runs/${run.id}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CheckRun', run.id),
    external_id: run.externalId,
    url,
    html_url: `${WEB}/${repo.owner}/${repo.name}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.title,
      summary: run.summary,
      text: run.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.appId * 1000 + 1 },
    app: integration(app),
    pull_requests: [],
  };
}

export function githubError(message: string, status: number, errors?: unknown[]) {
  return {
    message,
    documentation_url: 'https://docs.github.com/rest',
    status: String(status),
    ...(errors ? { errors } : {}),
  };
}
