// Review requests on a pull request, as GitHub keeps them: `POST .../requested_reviewers` adds each
// login to the PR's requested reviewers and writes a `review_requested` event to the issue timeline
// (every request writes one: the fake never merges two requests for the same person, so a client
// that asks twice is seen asking twice). GitHub refuses a request for the PR's author (422). The
// timeline lists these events, paginated.
import { simpleUser } from './rest-shapes.ts';
import type { RestHandler } from './rest.ts';
import { allowed, fail, isResult, paginate, repoOf } from './repo-extras.ts';
import { pullShape } from './routes-pulls.ts';
import { shaped } from './schema-example.ts';
import { tick, type Actor, type FakePull } from './state.ts';

export interface ReviewRequest {
  id: number;
  login: string;
  requester: Actor;
  at: string;
}

const requests = new WeakMap<FakePull, ReviewRequest[]>();

/** Every review request made on the PR, in order (the timeline's review_requested events). */
export function reviewRequests(pull: FakePull): ReviewRequest[] {
  let list = requests.get(pull);
  if (!list) requests.set(pull, (list = []));
  return list;
}

export const REVIEW_REQUEST_HANDLERS: Record<string, RestHandler> = {
  'pulls/request-reviewers': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'pull_requests', 'write');
    if (isResult(who)) return who;
    const pull = repo.pulls.get(Number(ctx.params.pull_number));
    if (!pull) return fail(404, 'Not Found');
    const reviewers = Array.isArray(ctx.body.reviewers) ? (ctx.body.reviewers as string[]) : [];
    if (reviewers.length === 0) return fail(422, 'Validation Failed', 'no reviewers named');
    if (reviewers.some((login) => login.toLowerCase() === pull.author.login.toLowerCase()))
      return fail(422, 'Review cannot be requested from pull request author.', 'requested a review from the PR author');
    for (const login of reviewers)
      reviewRequests(pull).push({ id: ctx.state.nextId(), login, requester: { login: who, type: 'Bot' }, at: tick() });
    return { status: 201, body: pullShape(repo, pull, 'pull-request-simple') };
  },

  'issues/list-events-for-timeline': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'pull_requests', 'read');
    if (isResult(who)) return who;
    const pull = repo.pulls.get(Number(ctx.params.issue_number));
    if (!pull) return fail(404, 'Not Found');
    const api = `https://api.github.com/repos/${repo.owner}/${repo.name}`;
    const events = reviewRequests(pull).map((r) =>
      shaped('review-requested-issue-event', {
        id: r.id,
        node_id: Buffer.from(`ReviewRequestedEvent:${r.id}`).toString('base64'),
        url: `${api}/issues/events/${r.id}`,
        actor: simpleUser(r.requester),
        event: 'review_requested',
        commit_id: null,
        commit_url: null,
        created_at: r.at,
        performed_via_github_app: null,
        review_requester: simpleUser(r.requester),
        requested_reviewer: simpleUser({ login: r.login, type: 'User' }),
      }),
    );
    const { page, headers } = paginate(events, ctx.query, ctx.origin, `/repos/${repo.owner}/${repo.name}/issues/${pull.number}/timeline`);
    return { status: 200, body: page, headers };
  },
};
