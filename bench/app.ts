// `npm run bench app`: GitHub API calls and handling time per webhook event, end to end over HTTP
// (signed delivery → Probot server → fake GitHub on loopback), for PRs of 1, 10 and 50 posts with
// 5 and 50 reviews. Target: ≤ 4 read calls per event whatever the size (issue 11: the PR, then the
// posts it changes, then one confirming read after writing), and at most one write per output
// (comment, two check runs). GitHub's write pacing is off
// here (in production Octokit spaces writes ≥ 1 s apart, which bounds latency, not call count).
// The posts are clean, as the sample posts are: every 50 annotations beyond the first 50 cost one
// more update call (GitHub takes at most 50 per request).
import { performance } from 'node:perf_hooks';
import { INSTALLATION_ID, startHerald, type HeraldHarness } from '../tests/helpers/fake-github/herald-harness.ts';
import { pullRequestEvent, reviewEvent } from '../tests/helpers/fake-github/payloads.ts';
import { fixture, person } from '../tests/helpers/fake-github/scenario.ts';

const TARGET_CALLS = 4;
const ROUNDS = 4;
const MEMBERS = ['ada', 'liam', 'mei'];

interface Measure {
  calls: number[];
  writes: number[];
  ms: number[];
}

async function measureCase(h: HeraldHarness, posts: number, reviews: number, index: number): Promise<Measure> {
  const { state } = h.github;
  const repo = state.createRepo('bench', `social-${index}`, { '.github/herald.yml': fixture('herald.yml') });
  const text = fixture('release.md');
  // One post a day, as a group schedules them (the cadence rule allows a few per day and platform).
  const day = (i: number) => new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10);
  const files = Object.fromEntries(
    Array.from({ length: posts }, (_, i) => [`posts/${day(i)}-release.md`, text.replace('6.0 is out', `6.0.${i} is out`)]),
  );
  const pull = state.openPull(repo, { author: person('ada'), changes: files });
  for (let i = 0; i < reviews; i++)
    state.review(pull, person(i < 2 ? MEMBERS[i + 1]! : `neighbour-${i}`), i < 2 ? 'APPROVED' : 'COMMENTED');
  await h.deliver('pull_request', pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID));

  const result: Measure = { calls: [], writes: [], ms: [] };
  const event = async (deliver: () => Promise<number>) => {
    const mark = h.github.requests.length;
    const start = performance.now();
    const status = await deliver();
    result.ms.push(performance.now() - start);
    if (status !== 200) throw new Error(`delivery answered ${status}`);
    const made = h.github.since(mark).filter((r) => r.operation !== 'apps/create-installation-access-token');
    const reads = made.filter((r) => r.operation === 'graphql' || r.method === 'GET').length;
    result.calls.push(reads);
    result.writes.push(made.length - reads);
  };
  for (let round = 0; round < ROUNDS; round++) {
    const first = Object.keys(files)[0]!;
    state.pushToPull(repo, pull, { [first]: text.replace('6.0 is out', `6.0 is out (edit ${round})`) });
    await event(() => h.deliver('pull_request', pullRequestEvent(repo, pull, 'synchronize', INSTALLATION_ID)));
    for (const login of ['liam', 'mei']) {
      const review = state.review(pull, person(login), 'APPROVED');
      await event(() => h.deliver('pull_request_review', reviewEvent(repo, pull, review, 'submitted', INSTALLATION_ID)));
    }
    pull.labels.push(`label-${round}`);
    await event(() => h.deliver('pull_request', pullRequestEvent(repo, pull, 'labeled', INSTALLATION_ID)));
  }
  if (h.github.violations.length > 0) throw new Error(h.github.violations.join('\n'));
  return result;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const h = await startHerald({ now: () => new Date('2026-12-01T10:00:00Z') });
  try {
    let index = 0;
    let worst = 0;
    for (const posts of [1, 10, 50]) {
      for (const reviews of [5, 50]) {
        const m = await measureCase(h, posts, reviews, index++);
        const max = Math.max(...m.calls);
        const mean = m.calls.reduce((a, b) => a + b, 0) / m.calls.length;
        worst = Math.max(worst, max);
        console.log(
          `app: ${posts} posts, ${reviews} reviews: ${max} read calls/event max, ${mean.toFixed(2)} mean ` +
            `(target ≤ ${TARGET_CALLS}, ratio ${(max / TARGET_CALLS).toFixed(2)}), ${Math.max(...m.writes)} writes/event max; ` +
            `handling ${median(m.ms).toFixed(1)} ms/event median, ${Math.max(...m.ms).toFixed(1)} ms max`,
        );
      }
    }
    console.log(`app: worst case ${worst} read calls/event (target ≤ ${TARGET_CALLS}, ratio ${(worst / TARGET_CALLS).toFixed(2)})`);
  } finally {
    await h.close();
  }
}

if (import.meta.main) await run();
