// Issue 3's pure side: tally with many reviews and the PR comment + check runs for huge PRs.
import type { CheckReport, PostReport } from '../src/core/check.ts';
import { guidelinesCheck, voteCheck } from '../src/core/check-runs/index.ts';
import { renderComment } from '../src/core/comment/index.ts';
import { tally, type Review, type TallyInput } from '../src/core/tally/index.ts';
import type { PlatformId, RosterMember } from '../src/core/types.ts';

const ROUNDS = 9;
const PLATFORMS: PlatformId[] = ['mastodon', 'bluesky', 'x', 'linkedin', 'discord'];

function median(work: () => unknown): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] as number;
}

function postReport(i: number): PostReport {
  const file = `posts/2027-01-${String(i).padStart(3, '0')}-post.md`;
  const text = `Post ${i}: ${'community sprint release thanks '.repeat(8)}@someone #Django`;
  return {
    file,
    renditions: PLATFORMS.map((platform) => ({
      platform,
      postId: file,
      file,
      linkCard: true,
      parts: [1, 2].map((n) => ({ text, media: [], facets: [], count: { used: text.length, limit: 500 }, line: n * 4, column: 1 })),
    })),
    findings: [
      { file, line: 4, column: 1, ruleId: 'hashtags', severity: 'warn', message: 'Consider fewer hashtags' },
      ...(i % 3 === 0 ? [{ file, line: 5, column: 3, ruleId: 'length', severity: 'error' as const, message: 'Over the X limit' }] : []),
    ],
    checklist: [{ id: 'coc', file, text: 'The event has a code of conduct' }],
  };
}

function report(posts: number): CheckReport {
  const reports = Array.from({ length: posts }, (_, i) => postReport(i));
  const all = reports.flatMap((r) => r.findings);
  return {
    posts: reports,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.length - all.filter((f) => f.severity === 'error').length,
  };
}

function tallyInput(reviews: number): TallyInput {
  const roster: RosterMember[] = Array.from({ length: 15 }, (_, i) => ({
    login: `member${i}`,
    roles: ['member'],
    termStart: '2026-01-01',
    termEnd: '2026-12-31',
    admins: [],
    line: i + 1,
  }));
  const states = ['APPROVED', 'COMMENTED', 'CHANGES_REQUESTED', 'DISMISSED'] as const;
  const list: Review[] = Array.from({ length: reviews }, (_, i) => ({
    author: i % 4 === 3 ? `outsider${i}` : `member${i % 15}`,
    isBot: false,
    state: states[i % 4]!,
    submittedAt: new Date(Date.UTC(2026, 5, 1, 0, i)).toISOString(),
    commitOid: i % 5 === 0 ? 'old' : 'head',
  }));
  return {
    roster,
    policy: { staleApprovals: 'ignore', authorApproves: true, outsideGoalsLabel: 'outside-goals' },
    today: '2026-06-15',
    prAuthor: 'member0',
    reviews: list,
    contentChangedSince: (oid) => oid === 'old',
    needsBoard: [],
    membershipVote: false,
  };
}

export async function run(): Promise<void> {
  for (const reviews of [5, 50, 500]) {
    const input = tallyInput(reviews);
    const ms = median(() => tally(input));
    console.log(`core: tally 15 members, ${reviews} reviews: ${ms.toFixed(3)} ms (target ≤ 5 ms)`);
  }
  const t = tally(tallyInput(50));
  for (const posts of [1, 10, 50, 200]) {
    const r = report(posts);
    let length = 0;
    const ms = median(() => {
      length = renderComment({ report: r, tally: t, headSha: 'f'.repeat(40), repoUrl: 'https://github.com/wg/social' }).length;
    });
    console.log(
      `core: PR comment ${posts} posts: ${ms.toFixed(2)} ms, ${length.toLocaleString('en')} chars (target ≤ 50 ms, ≤ 60,000 chars)`,
    );
    const checksMs = median(() => {
      guidelinesCheck(r);
      voteCheck(t);
    });
    console.log(`core: check runs ${posts} posts: ${checksMs.toFixed(2)} ms (target ≤ 20 ms)`);
  }
}
