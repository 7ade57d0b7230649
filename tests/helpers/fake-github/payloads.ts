// Webhook payloads as GitHub sends them, built from the fake's state (the fields Probot and Herald read).
import type { FakeCheckRun, FakePull, FakeRepo, FakeReview, Actor } from './state.ts';

function user(actor: Actor) {
  return { login: actor.login, id: 1, type: actor.type, node_id: `U_${actor.login}` };
}

function repository(repo: FakeRepo) {
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: false,
    owner: user({ login: repo.owner, type: 'User' }),
    default_branch: repo.defaultBranch,
  };
}

function pullRequest(repo: FakeRepo, pull: FakePull) {
  return {
    id: pull.number * 7,
    number: pull.number,
    state: 'open',
    title: pull.title,
    draft: pull.draft,
    user: user(pull.author),
    labels: pull.labels.map((name) => ({ name })),
    head: { ref: pull.headRef, sha: pull.headSha, repo: repository(repo) },
    base: { ref: pull.baseRef, sha: repo.branches.get(pull.baseRef), repo: repository(repo) },
  };
}

export function pullRequestEvent(repo: FakeRepo, pull: FakePull, action: string, installationId: number) {
  return {
    action,
    number: pull.number,
    pull_request: pullRequest(repo, pull),
    repository: repository(repo),
    installation: { id: installationId, node_id: `I_${installationId}` },
    sender: user(pull.author),
  };
}

export function reviewEvent(repo: FakeRepo, pull: FakePull, review: FakeReview, action: string, installationId: number) {
  return {
    action,
    review: {
      id: review.id,
      user: user(review.author),
      state: review.state.toLowerCase(),
      commit_id: review.commitOid,
      submitted_at: review.submittedAt,
    },
    pull_request: pullRequest(repo, pull),
    repository: repository(repo),
    installation: { id: installationId, node_id: `I_${installationId}` },
    sender: user(review.author),
  };
}

export function checkRunEvent(repo: FakeRepo, pulls: FakePull[], run: FakeCheckRun, installationId: number) {
  return {
    action: 'rerequested',
    check_run: {
      id: run.id,
      name: run.name,
      head_sha: run.headSha,
      status: run.status,
      conclusion: run.conclusion,
      pull_requests: pulls.map((p) => ({
        id: p.number * 7,
        number: p.number,
        head: { ref: p.headRef, sha: p.headSha },
        base: { ref: p.baseRef },
      })),
    },
    repository: repository(repo),
    installation: { id: installationId, node_id: `I_${installationId}` },
    sender: user({ login: 'ada', type: 'User' }),
  };
}
