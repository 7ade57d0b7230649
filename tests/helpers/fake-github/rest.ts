// The REST operations the fake implements, over the shared state. Each enforces what GitHub
// enforces for it: authentication kind, permissions, ownership, size limits.

import { can, type Caller, type FakeAuth, type FakeApp, type TokenIdentity } from './auth.ts';
import { extrasOf } from './repo-extras.ts';
import { checkRun, githubError, issueComment } from './rest-shapes.ts';
import { REVIEW_REQUEST_HANDLERS } from './routes-review-requests.ts';
import { tick, type FakeCheckRun, type FakeGitHubState, type FakeRepo } from './state.ts';

export interface RestResult {
  status: number;
  body: unknown;
  /** Set when the request is one a correct client would never send (fails the test). */
  violation?: string;
  /** Extra response headers (Link for paginated listings). */
  headers?: Record<string, string>;
}

type Body = Record<string, unknown>;
type Handler = (ctx: {
  caller: Caller;
  params: Record<string, string>;
  body: Body;
  state: FakeGitHubState;
  auth: FakeAuth;
  /** The query string, and the server's own origin (for Link headers). */
  query?: URLSearchParams;
  origin?: string;
}) => RestResult;
export type RestHandler = Handler;

const GITHUB_COMMENT_LIMIT = 65_536;

const fail = (status: number, message: string, violation = message): RestResult => ({
  status,
  body: githubError(message, status),
  violation,
});

function tokenCaller(caller: Caller, scope: string, alternatives: string[] = []): TokenIdentity | RestResult {
  if (caller.kind !== 'token')
    return fail(
      401,
      'Requires authentication',
      `needs an installation token (${caller.kind === 'anonymous' ? caller.problem : 'got an app JWT'})`,
    );
  const scopes = [scope, ...alternatives];
  if (!scopes.some((s) => can(caller.identity.permissions, s, 'write'))) {
    return fail(403, 'Resource not accessible by integration', `token lacks ${scopes.map((s) => `${s}: write`).join(' or ')}`);
  }
  return caller.identity;
}

function repoOf(ctx: Parameters<Handler>[0]): FakeRepo | RestResult {
  return (
    ctx.state.repo(ctx.params.owner!, ctx.params.repo!) ?? fail(404, 'Not Found', `no repository ${ctx.params.owner}/${ctx.params.repo}`)
  );
}

const isResult = (x: unknown): x is RestResult => typeof x === 'object' && x !== null && 'status' in x && 'body' in x;

function appOf(auth: FakeAuth, id: number): Pick<FakeApp, 'id' | 'slug' | 'name' | 'permissions' | 'events'> {
  return auth.apps.get(id) ?? { id, slug: 'github-actions', name: 'GitHub Actions', permissions: {}, events: [] };
}

export const REST_HANDLERS: Record<string, Handler> = {
  'apps/create-installation-access-token': ({ caller, params, auth }) => {
    if (caller.kind !== 'app')
      return fail(401, 'A JSON web token could not be decoded', caller.kind === 'anonymous' ? caller.problem : 'needs an app JWT');
    const token = auth.issueToken({ login: `${caller.app.slug}[bot]`, appId: caller.app.id, permissions: caller.app.permissions });
    const expires = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    void params;
    return { status: 201, body: { token, expires_at: expires, permissions: caller.app.permissions, repository_selection: 'all' } };
  },

  'issues/create-comment': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const number = Number(ctx.params.issue_number);
    const isPull = repo.pulls.has(number);
    if (!isPull && !extrasOf(repo).issues.some((i) => i.number === number))
      return fail(404, 'Not Found', `no issue or pull request #${number}`);
    const who = tokenCaller(ctx.caller, 'pull_requests', ['issues']);
    if (isResult(who)) return who;
    const body = String(ctx.body.body);
    if (body.length > GITHUB_COMMENT_LIMIT)
      return fail(422, 'Validation Failed', `comment body of ${body.length} characters exceeds 65,536`);
    const at = tick();
    const comment = {
      id: ctx.state.nextId(),
      issueNumber: number,
      author: { login: who.login, type: 'Bot' as const },
      body,
      createdAt: at,
      updatedAt: at,
    };
    repo.comments.push(comment);
    return { status: 201, body: issueComment(repo, comment) };
  },

  'issues/update-comment': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = tokenCaller(ctx.caller, 'pull_requests', ['issues']);
    if (isResult(who)) return who;
    const comment = repo.comments.find((c) => c.id === Number(ctx.params.comment_id));
    // Another instance may have just deleted it as a duplicate: GitHub's 404, no client bug.
    if (!comment) return { status: 404, body: githubError('Not Found', 404) };
    if (comment.author.login !== who.login)
      return fail(403, 'Resource not accessible by integration', `${who.login} cannot edit ${comment.author.login}'s comment`);
    const body = String(ctx.body.body);
    if (body.length > GITHUB_COMMENT_LIMIT)
      return fail(422, 'Validation Failed', `comment body of ${body.length} characters exceeds 65,536`);
    comment.body = body;
    comment.updatedAt = tick();
    return { status: 200, body: issueComment(repo, comment) };
  },

  'issues/delete-comment': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = tokenCaller(ctx.caller, 'pull_requests', ['issues']);
    if (isResult(who)) return who;
    const index = repo.comments.findIndex((c) => c.id === Number(ctx.params.comment_id));
    // Two instances may delete the same duplicate: the second gets GitHub's 404, which is no client bug.
    if (index < 0) return { status: 404, body: githubError('Not Found', 404) };
    if (repo.comments[index]!.author.login !== who.login)
      return fail(
        403,
        'Resource not accessible by integration',
        `${who.login} cannot delete ${repo.comments[index]!.author.login}'s comment`,
      );
    repo.comments.splice(index, 1);
    return { status: 204, body: undefined };
  },

  'checks/create': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = tokenCaller(ctx.caller, 'checks');
    if (isResult(who)) return who;
    const headSha = String(ctx.body.head_sha);
    if (!repo.commits.has(headSha)) return fail(422, 'No commit found for SHA: ' + headSha);
    const run: FakeCheckRun = {
      id: ctx.state.nextId(),
      appId: who.appId,
      headSha,
      name: String(ctx.body.name),
      status: 'queued',
      conclusion: null,
      title: null,
      summary: null,
      text: null,
      annotations: [],
      detailsUrl: null,
      externalId: null,
      startedAt: tick(),
      completedAt: null,
    };
    const problem = applyCheckRunFields(run, ctx.body);
    if (problem) return fail(422, problem);
    repo.checkRuns.push(run);
    return { status: 201, body: checkRun(repo, run, appOf(ctx.auth, run.appId)) };
  },

  'checks/update': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = tokenCaller(ctx.caller, 'checks');
    if (isResult(who)) return who;
    const run = repo.checkRuns.find((r) => r.id === Number(ctx.params.check_run_id));
    if (!run) return fail(404, 'Not Found', `no check run ${ctx.params.check_run_id}`);
    if (run.appId !== who.appId) return fail(403, 'Invalid app_id `' + who.appId + '` - check run can only be modified by its creator');
    const problem = applyCheckRunFields(run, ctx.body);
    if (problem) return fail(422, problem);
    return { status: 200, body: checkRun(repo, run, appOf(ctx.auth, run.appId)) };
  },

  ...REVIEW_REQUEST_HANDLERS,
};

/** Status, conclusion and output as GitHub applies them; annotations are appended, never replaced. */
function applyCheckRunFields(run: FakeCheckRun, body: Body): string | undefined {
  if (typeof body.status === 'string') run.status = body.status;
  if (typeof body.conclusion === 'string') {
    run.conclusion = body.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed' && !run.conclusion) return 'conclusion is required when status is completed';
  if (run.status === 'completed') run.completedAt = typeof body.completed_at === 'string' ? body.completed_at : tick();
  if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
  if (typeof body.external_id === 'string') run.externalId = body.external_id;
  const output = body.output as Body | undefined;
  if (output) {
    if (typeof output.title !== 'string' || typeof output.summary !== 'string') return 'output needs title and summary';
    run.title = output.title;
    run.summary = output.summary;
    if (typeof output.text === 'string') run.text = output.text;
    run.annotations.push(...((output.annotations as FakeCheckRun['annotations'] | undefined) ?? []));
  }
  return undefined;
}
