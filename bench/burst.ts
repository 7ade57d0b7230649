// `npm run bench burst`: a burst of 20 PRs × 10 events delivered at once to two app instances on
// one fake GitHub (loopback), with production throttling on (one write a second and one
// content-creating write every 3 s per installation, as @octokit/plugin-throttling paces them).
// Prints the time until every PR's vote is final, GitHub calls per event and writes per
// evaluation, and compares the settle time with the least time GitHub's pacing allows for the
// writes the final state needs (per PR: one comment and two check runs).
import { performance } from 'node:perf_hooks';
import type { EvaluationOutcome } from '../src/app/evaluate-pull-request.ts';
import { INSTALLATION_ID, startHerald } from '../tests/helpers/fake-github/herald-harness.ts';
import { pullRequestEvent, reviewEvent } from '../tests/helpers/fake-github/payloads.ts';
import { fixture, person } from '../tests/helpers/fake-github/scenario.ts';
import type { FakePull } from '../tests/helpers/fake-github/state.ts';

const PRS = 20;
const INSTANCES = 2;
const SETTLE_LIMIT_MS = 600_000;
/** Per PR, the final state needs a comment (content-creating: 3 s apart) and two check runs. */
const WRITES_PER_PR = 3;

export async function run(): Promise<void> {
  const outcomes: EvaluationOutcome[] = [];
  const h = await startHerald({
    now: () => new Date('2026-12-01T10:00:00Z'),
    instances: INSTANCES,
    pacedWrites: true,
    onOutcome: (_, outcome) => outcomes.push(outcome),
  });
  try {
    const { state } = h.github;
    const repo = state.createRepo('bench', 'burst', { '.github/herald.yml': fixture('herald.yml') });
    const pulls: FakePull[] = [];
    const deliveries: (() => Promise<number>)[] = [];
    for (let i = 0; i < PRS; i++) {
      const day = String(i + 1).padStart(2, '0');
      const pull = state.openPull(repo, { author: person('ada'), changes: { [`posts/2027-01-${day}-release.md`]: fixture('release.md') } });
      pulls.push(pull);
      const reviews = [
        state.review(pull, person('liam'), 'APPROVED'),
        state.review(pull, person('neighbour'), 'COMMENTED'),
        state.review(pull, person('mei'), 'APPROVED'),
      ];
      const actions = ['opened', 'edited', 'labeled', 'unlabeled', 'ready_for_review', 'reopened', 'edited'];
      for (const action of actions)
        deliveries.push(() =>
          h.deliver('pull_request', pullRequestEvent(repo, pull, action, INSTALLATION_ID), { instance: deliveries.length % INSTANCES }),
        );
      for (const review of reviews)
        deliveries.push(() =>
          h.deliver('pull_request_review', reviewEvent(repo, pull, review, 'submitted', INSTALLATION_ID), {
            instance: deliveries.length % INSTANCES,
          }),
        );
    }
    const start = performance.now();
    const settled = new Map<number, number>();
    const isFinal = (pull: FakePull) => {
      const vote = repo.checkRuns.filter((r) => r.headSha === pull.headSha && r.name === 'Herald vote');
      const comments = repo.comments.filter((c) => c.issueNumber === pull.number);
      return vote.length > 0 && vote.every((r) => r.conclusion === 'success') && comments.length === 1 && /mei/.test(comments[0]!.body);
    };
    const watch = setInterval(() => {
      for (const pull of pulls) if (!settled.has(pull.number) && isFinal(pull)) settled.set(pull.number, performance.now() - start);
    }, 50);
    const statuses = await Promise.all(deliveries.map((d) => d()));
    const answered = performance.now() - start;
    while (pulls.some((p) => !isFinal(p)) && performance.now() - start < SETTLE_LIMIT_MS) await new Promise((r) => setTimeout(r, 50));
    clearInterval(watch);
    for (const pull of pulls) if (!settled.has(pull.number) && isFinal(pull)) settled.set(pull.number, performance.now() - start);
    if (h.github.violations.length > 0) throw new Error(h.github.violations.join('\n'));

    const calls = h.github.requests.filter((r) => r.operation !== 'apps/create-installation-access-token');
    const writes = calls.filter((r) => r.method !== 'GET' && r.path !== '/graphql').length;
    const reads = calls.length - writes;
    const evaluated = outcomes.filter((o) => o.kind === 'evaluated');
    const writesPerEvaluation = evaluated.reduce((n, o) => n + (o.kind === 'evaluated' ? o.writes : 0), 0) / Math.max(1, outcomes.length);
    const settleS = Math.max(...settled.values(), 0) / 1000;
    const floorS = Math.max(PRS * WRITES_PER_PR * 1, PRS * 3);
    const byStatus = [...new Set(statuses)]
      .sort()
      .map((code) => `${statuses.filter((s) => s === code).length}× ${code}`)
      .join(', ');
    console.log(`burst: ${PRS} PRs × ${deliveries.length / PRS} events on ${INSTANCES} instances, production throttling`);
    console.log(
      `burst: ${settled.size}/${PRS} votes final (passed, one comment each); every vote final after ${settleS.toFixed(1)} s; deliveries answered after ${(answered / 1000).toFixed(1)} s (${byStatus}; 202 is Probot's "still processing" after its 10 s webhook timeout)`,
    );
    console.log(
      `burst: ${(calls.length / deliveries.length).toFixed(2)} GitHub calls per event (${reads} reads, ${writes} writes); ` +
        `${outcomes.length} evaluations (${outcomes.length - evaluated.length} skipped as superseded), ${writesPerEvaluation.toFixed(2)} writes per evaluation`,
    );
    console.log(
      `burst: floor ${floorS} s (${PRS * WRITES_PER_PR} writes at one a second, ${PRS} comments at one every 3 s); ` +
        `settle time ${(settleS / floorS).toFixed(2)}× the floor; the ${writes} writes sent need ≥ ${writes} s at one a second`,
    );
  } finally {
    await h.close();
  }
}

if (import.meta.main) await run();
