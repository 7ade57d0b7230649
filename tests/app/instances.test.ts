// Two app servers on one fake GitHub, deliveries split between them at the same moment, requests
// answered after 0–30 ms: Herald keeps one comment and the right vote with no lock and no store.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { seededRandom } from '../core/rules/seeded-random.ts';
import { INSTALLATION_ID, startHerald, type HeraldHarness } from '../helpers/fake-github/herald-harness.ts';
import { pullRequestEvent, reviewEvent } from '../helpers/fake-github/payloads.ts';
import { fixture, person, scenario } from '../helpers/fake-github/scenario.ts';
import type { FakePull, FakeRepo } from '../helpers/fake-github/state.ts';

const VOTE = 'Herald vote';
const RUNS = 8;
let h: HeraldHarness;

beforeEach(async () => {
  h = await startHerald({ now: () => new Date('2026-12-01T10:00:00Z'), instances: 2 });
});
afterEach(async () => {
  try {
    h.github.assertNoViolations();
  } finally {
    await h.close();
  }
});

/** Herald's comments on the PR and the conclusion of every vote run on its head. */
function outcome(repo: FakeRepo, pull: FakePull) {
  const comments = repo.comments.filter((c) => c.issueNumber === pull.number);
  const votes = repo.checkRuns.filter((r) => r.headSha === pull.headSha && r.name === VOTE).sort((a, b) => b.id - a.id);
  return { comments, votes: votes.map((r) => r.conclusion) };
}

test(`opened and two approvals split across two instances: one comment and a passed vote, ${RUNS} runs of ${RUNS}`, async () => {
  const random = seededRandom(17);
  h.github.latency = () => Math.floor(random() * 30);
  const s = scenario(h);
  for (let run = 0; run < RUNS; run++) {
    const pull = h.github.state.openPull(s.repo, {
      author: person('ada'),
      changes: { [`posts/2027-01-0${run + 1}-a.md`]: fixture('release.md') },
    });
    const liam = h.github.state.review(pull, person('liam'), 'APPROVED');
    const mei = h.github.state.review(pull, person('mei'), 'APPROVED');
    const statuses = await Promise.all([
      h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'opened', INSTALLATION_ID), { instance: 0 }),
      h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'opened', INSTALLATION_ID), { instance: 1 }),
      h.deliver('pull_request_review', reviewEvent(s.repo, pull, liam, 'submitted', INSTALLATION_ID), { instance: run % 2 }),
      h.deliver('pull_request_review', reviewEvent(s.repo, pull, mei, 'submitted', INSTALLATION_ID), { instance: (run + 1) % 2 }),
    ]);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const { comments, votes } = outcome(s.repo, pull);
    expect(comments, `run ${run}`).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/liam/);
    expect(comments[0]!.body).toMatch(/mei/);
    // Every vote run on the head (duplicates included) says what the newest says: passed.
    expect(votes.length, `run ${run}`).toBeGreaterThan(0);
    expect(new Set(votes), `run ${run}`).toEqual(new Set(['success']));
  }
});

test(`an approval racing a push that changes the post, on two instances: the vote ends pending, ${RUNS} runs of ${RUNS}`, async () => {
  const random = seededRandom(42);
  h.github.latency = () => Math.floor(random() * 30);
  const s = scenario(h);
  for (let run = 0; run < RUNS; run++) {
    const pull = h.github.state.openPull(s.repo, {
      author: person('ada'),
      changes: { [`posts/2027-02-0${run + 1}-a.md`]: fixture('release.md') },
    });
    expect(await h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'opened', INSTALLATION_ID))).toBe(200);
    const liam = h.github.state.review(pull, person('liam'), 'APPROVED');
    const mei = h.github.state.review(pull, person('mei'), 'APPROVED');
    const push = async () => {
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 40)));
      h.github.state.pushToPull(s.repo, pull, { [`posts/2027-02-0${run + 1}-a.md`]: fixture('release.md').replace('6.0', '6.1') });
      return h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'synchronize', INSTALLATION_ID), { instance: run % 2 });
    };
    await Promise.all([
      h.deliver('pull_request_review', reviewEvent(s.repo, pull, liam, 'submitted', INSTALLATION_ID), { instance: 0 }),
      h.deliver('pull_request_review', reviewEvent(s.repo, pull, mei, 'submitted', INSTALLATION_ID), { instance: 1 }),
      push(),
    ]);
    const { comments, votes } = outcome(s.repo, pull);
    expect(comments, `run ${run}`).toHaveLength(1);
    expect(comments[0]!.body).toContain(pull.headSha.slice(0, 12));
    expect(new Set(votes), `run ${run}`).toEqual(new Set(['action_required']));
  }
});
