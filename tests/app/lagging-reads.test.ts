// GitHub's API may show a review some time after the delivery that announces it. The delivery is
// evidence: Herald reads again until the read shows it, and after a bounded wait takes its word.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { seededRandom } from '../core/rules/seeded-random.ts';
import { INSTALLATION_ID, startHerald, type HeraldHarness } from '../helpers/fake-github/herald-harness.ts';
import { pullRequestEvent, reviewEvent } from '../helpers/fake-github/payloads.ts';
import { fixture, person, scenario } from '../helpers/fake-github/scenario.ts';

const VOTE = 'Herald vote';
let h: HeraldHarness;

beforeEach(async () => {
  h = await startHerald({ now: () => new Date('2026-12-01T10:00:00Z') });
});
afterEach(async () => {
  try {
    h.github.assertNoViolations();
  } finally {
    await h.close();
  }
});

const latestVote = (pull: { headSha: string }) =>
  h.github.state
    .repo('django-social', 'posts')!
    .checkRuns.filter((r) => r.headSha === pull.headSha && r.name === VOTE)
    .at(-1);

test('approvals that become visible 0–300 ms after their delivery: the vote is final and right, 8 runs of 8', async () => {
  const random = seededRandom(3);
  const s = scenario(h);
  for (let run = 0; run < 8; run++) {
    h.github.state.reviewLag = () => 0;
    const pull = await s.open({ [`posts/2027-01-0${run + 1}-a.md`]: fixture('release.md') });
    h.github.state.reviewLag = () => Math.floor(random() * 300);
    for (const login of ['liam', 'mei']) {
      const review = h.github.state.review(pull, person(login), 'APPROVED');
      expect(await h.deliver('pull_request_review', reviewEvent(s.repo, pull, review, 'submitted', INSTALLATION_ID))).toBe(200);
    }
    expect(latestVote(pull)?.conclusion, `run ${run}`).toBe('success');
    expect(s.comments(pull)[0]!.body).toMatch(/mei/);
  }
});

test('a review the API still does not show after the bounded wait counts as its delivery says', async () => {
  const s = scenario(h);
  const pull = await s.open({ 'posts/a.md': fixture('release.md') });
  h.github.state.review(pull, person('liam'), 'APPROVED');
  h.github.state.reviewLag = () => 60_000;
  const mei = h.github.state.review(pull, person('mei'), 'APPROVED');
  const started = Date.now();
  expect(await h.deliver('pull_request_review', reviewEvent(s.repo, pull, mei, 'submitted', INSTALLATION_ID))).toBe(200);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(latestVote(pull)?.conclusion).toBe('success');
  // A later event whose read still lags does not take the pass back: the stamp shows a newer read wrote it.
  expect(await h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'edited', INSTALLATION_ID))).toBe(200);
  expect(latestVote(pull)?.conclusion).toBe('success');
});

test('a label added while a read still lags is not lost: a read that lags may take a pass back, never keep one it cannot confirm', async () => {
  const s = scenario(h);
  const pull = await s.open({ 'posts/a.md': fixture('release.md') }, { author: 'zoe' });
  await s.review(pull, 'ada', 'APPROVED');
  h.github.state.reviewLag = () => 60_000;
  await s.review(pull, 'mei', 'APPROVED');
  expect(latestVote(pull)?.conclusion).toBe('success');
  // Outside the agreed goals: the board liaison (liam) must approve too.
  pull.labels.push('outside-goals');
  expect(await h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'labeled', INSTALLATION_ID))).toBe(200);
  expect(latestVote(pull)?.conclusion).toBe('action_required');
  expect(s.comments(pull)[0]!.body).toMatch(/board/i);
});
