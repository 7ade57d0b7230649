// Issues as the governance run uses them: list (with label and state filters, paginated, pull requests
// included as on GitHub), create, update.
import { issueComment, simpleUser } from './rest-shapes.ts';
import type { RestHandler } from './rest.ts';
import { allowed, extrasOf, fail, isResult, nextNumber, paginate, type FakeIssue, repoOf } from './repo-extras.ts';
import { shaped } from './schema-example.ts';
import { tick, type FakeRepo } from './state.ts';

function issueShape(repo: FakeRepo, issue: FakeIssue) {
  const api = `https://api.github.com/repos/${repo.owner}/${repo.name}`;
  return shaped('issue', {
    id: 90_000 + issue.number,
    node_id: Buffer.from(`Issue:${issue.number}`).toString('base64'),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    user: simpleUser(issue.author),
    labels: issue.labels.map((name, i) => ({
      id: i + 1,
      node_id: '',
      url: `${api}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false,
    })),
    url: `${api}/issues/${issue.number}`,
    repository_url: api,
    html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}`,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: 'NONE',
  });
}

function labelsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name ?? ''))) : [];
}

export const ISSUES_HANDLERS: Record<string, RestHandler> = {
  'issues/get': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'issues', 'read');
    if (isResult(who)) return who;
    const issue = extrasOf(repo).issues.find((i) => i.number === Number(ctx.params.issue_number));
    if (!issue) return fail(404, 'Not Found', `no issue #${ctx.params.issue_number}`);
    return { status: 200, body: issueShape(repo, issue) };
  },

  'issues/list-comments': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'issues', 'read');
    if (isResult(who)) return who;
    const number = Number(ctx.params.issue_number);
    const comments = repo.comments.filter((c) => c.issueNumber === number);
    const { page, headers } = paginate(comments, ctx.query, ctx.origin, `/repos/${repo.owner}/${repo.name}/issues/${number}/comments`);
    return { status: 200, body: page.map((c) => issueComment(repo, c)), headers };
  },

  'issues/list-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'issues', 'read');
    if (isResult(who)) return who;
    const state = ctx.query?.get('state') ?? 'open';
    const wanted = (ctx.query?.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const issues = extrasOf(repo)
      .issues.filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .sort((a, b) => b.number - a.number);
    const { page, headers } = paginate(issues, ctx.query, ctx.origin, `/repos/${repo.owner}/${repo.name}/issues`);
    return { status: 200, body: page.map((i) => issueShape(repo, i)), headers };
  },

  'issues/create': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'issues', 'write');
    if (isResult(who)) return who;
    const title = String(ctx.body.title ?? '');
    if (!title) return fail(422, 'Validation Failed', 'an issue needs a title');
    const body = typeof ctx.body.body === 'string' ? ctx.body.body : '';
    if (body.length > 65_536) return fail(422, 'Validation Failed', `issue body of ${body.length} characters exceeds 65,536`);
    const at = tick();
    const issue: FakeIssue = {
      number: nextNumber(repo),
      title,
      body,
      labels: labelsOf(ctx.body.labels),
      state: 'open',
      author: { login: who, type: 'Bot' },
      createdAt: at,
      updatedAt: at,
    };
    extrasOf(repo).issues.push(issue);
    return { status: 201, body: issueShape(repo, issue) };
  },

  'issues/update': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'issues', 'write');
    if (isResult(who)) return who;
    const issue = extrasOf(repo).issues.find((i) => i.number === Number(ctx.params.issue_number));
    if (!issue) return fail(404, 'Not Found', `no issue #${ctx.params.issue_number}`);
    if (typeof ctx.body.title === 'string') issue.title = ctx.body.title;
    if (typeof ctx.body.body === 'string') issue.body = ctx.body.body;
    if (ctx.body.state === 'open' || ctx.body.state === 'closed') issue.state = ctx.body.state;
    if (ctx.body.labels !== undefined) issue.labels = labelsOf(ctx.body.labels);
    issue.updatedAt = tick();
    return { status: 200, body: issueShape(repo, issue) };
  },
};
