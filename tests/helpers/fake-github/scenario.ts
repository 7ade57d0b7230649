// A repository with Herald's config on the default branch and helpers to act on it like people do.
import { readFileSync } from 'node:fs';
import { INSTALLATION_ID, type HeraldHarness } from './herald-harness.ts';
import { checkRunEvent, pullRequestEvent, reviewEvent } from './payloads.ts';
import type { FakePull, FakeRepo, FakeReview, ReviewState } from './state.ts';

export const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/app/${name}`, import.meta.url), 'utf8');
export const person = (login: string) => ({ login, type: 'User' as const });

export interface Scenario {
  repo: FakeRepo;
  open(changes: Record<string, string | null>, options?: { author?: string; labels?: string[] }): Promise<FakePull>;
  push(pull: FakePull, changes: Record<string, string | null>): Promise<number>;
  review(pull: FakePull, login: string, state: ReviewState): Promise<FakeReview>;
  dismiss(pull: FakePull, review: FakeReview): Promise<number>;
  rerun(pull: FakePull, name: string): Promise<number>;
  deliverPull(pull: FakePull, action: string): Promise<number>;
  /** Check runs on the PR head, by name. */
  runs(pull: FakePull): Map<string, { conclusion: string | null; title: string | null; count: number; annotations: number }>;
  comments(pull: FakePull): { id: number; body: string }[];
}

export function scenario(
  h: HeraldHarness,
  defaultFiles: Record<string, string> = { '.github/herald.yml': fixture('herald.yml') },
): Scenario {
  const state = h.github.state;
  const repo = state.createRepo('django-social', 'posts', { 'README.md': '# Our posts\n', ...defaultFiles });
  const deliverPull = (pull: FakePull, action: string) => h.deliver('pull_request', pullRequestEvent(repo, pull, action, INSTALLATION_ID));
  return {
    repo,
    async open(changes, options = {}) {
      const pull = state.openPull(repo, { author: person(options.author ?? 'ada'), changes, labels: options.labels ?? [] });
      const status = await deliverPull(pull, 'opened');
      if (status !== 200) throw new Error(`opened delivery answered ${status}`);
      return pull;
    },
    async push(pull, changes) {
      state.pushToPull(repo, pull, changes);
      return deliverPull(pull, 'synchronize');
    },
    async review(pull, login, reviewState) {
      const review = state.review(pull, person(login), reviewState);
      const status = await h.deliver('pull_request_review', reviewEvent(repo, pull, review, 'submitted', INSTALLATION_ID));
      if (status !== 200) throw new Error(`review delivery answered ${status}`);
      return review;
    },
    async dismiss(pull, review) {
      state.dismiss(review);
      return h.deliver('pull_request_review', reviewEvent(repo, pull, review, 'dismissed', INSTALLATION_ID));
    },
    async rerun(pull, name) {
      const run = repo.checkRuns.filter((r) => r.headSha === pull.headSha && r.name === name).at(-1)!;
      return h.deliver('check_run', checkRunEvent(repo, [pull], run, INSTALLATION_ID));
    },
    deliverPull,
    runs(pull) {
      const byName = new Map<string, { conclusion: string | null; title: string | null; count: number; annotations: number }>();
      for (const run of repo.checkRuns.filter((r) => r.headSha === pull.headSha)) {
        const count = (byName.get(run.name)?.count ?? 0) + 1;
        byName.set(run.name, { conclusion: run.conclusion, title: run.title, count, annotations: run.annotations.length });
      }
      return byName;
    },
    comments: (pull) => repo.comments.filter((c) => c.issueNumber === pull.number).map((c) => ({ id: c.id, body: c.body })),
  };
}
