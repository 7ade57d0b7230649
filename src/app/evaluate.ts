// From what GitHub said about a PR to what Herald writes back: the comment body and two check runs.
// No I/O here: the snapshot, the content read for it and the clock come in, the outputs go out.
import { checkPosts, type CheckReport, type PostReport, type RepoFile } from '../core/check.ts';
import { guidelinesCheck, voteCheck } from '../core/check-runs/index.ts';
import type { CheckRunOutput } from '../core/check-runs/types.ts';
import { renderComment } from '../core/comment/index.ts';
import { parsePost } from '../core/post/parse.ts';
import { localDate, tally, type BoardReason, type Tally } from '../core/tally/index.ts';
import type { HeraldConfig, Post } from '../core/types.ts';
import type { ServerLimitsReader } from '../platforms/server-limits.ts';
import type { PullRequestSnapshot, TreeFile } from '../github/types.ts';
import { outsidePaths } from './changed-paths.ts';
import { checkHeadConfig, type DefaultBranchConfig } from './configs.ts';
import type { Content } from './gather-content.ts';
import { CONFIG_PATH, isPostPath } from './paths.ts';
import { afterPublishView } from './live-posts.ts';
import { changedSince } from './staleness.ts';

export interface Evaluation {
  report: CheckReport;
  tally: Tally;
  comment: string;
  checks: CheckRunOutput[];
}

/** `serverLimits` (the one I/O step, injected) fills in limits servers publish about themselves, e.g. Mastodon's. */
export async function evaluate(
  snapshot: PullRequestSnapshot,
  base: DefaultBranchConfig,
  content: Content,
  now: Date,
  serverLimits?: ServerLimitsReader,
): Promise<Evaluation> {
  const { rosterError } = base;
  const limited = serverLimits ? await serverLimits(base.config) : { config: base.config, notes: [] };
  const { config } = limited;
  const changed = snapshot.changedFiles.map((f) => f.path);
  const changedPosts = changed.filter(isPostPath);
  const configChanged = changed.includes(CONFIG_PATH);
  const today = localDate(now, config.timezone);
  const headConfig = configChanged ? checkHeadConfig(snapshot.headConfig, base.config, today, base.policy) : undefined;

  const atHead = content.reads.get(snapshot.headSha) ?? new Map<string, TreeFile | null>();
  const present = changedPosts.flatMap((path) => (atHead.get(path) ? [atHead.get(path)!] : []));
  const readable = present.filter((f) => f.text !== undefined).map((f): RepoFile => ({ path: f.path, content: f.text! }));
  const indexed = new Set(snapshot.postsIndex);
  const others = otherPosts(content.nearby.map((path) => atHead.get(path)));
  const checked = await checkPosts({
    files: readable,
    config,
    otherPosts: others,
    mediaExists: (path) => indexed.has(path) || Boolean(atHead.get(path)),
    now,
  });
  const view = afterPublishView(snapshot, content, checked.posts, others, config, now);
  const report = withExtraReports({ posts: [], errors: 0, warnings: 0 }, view.posts);
  const extra: PostReport[] = present.filter((f) => f.text === undefined).map(unreadableReport);
  if (headConfig && headConfig.findings.length > 0) {
    extra.push({ file: CONFIG_PATH, renditions: [], findings: headConfig.findings, checklist: [] });
  }
  const fullReport = withExtraReports(report, extra);

  const media = new Set(report.posts.flatMap((p) => p.post?.parts.flatMap((part) => part.media.map((m) => m.path)) ?? []));
  const membership = headConfig?.membership ?? [];
  const outside = outsidePaths(changed, {
    media,
    reviewedElsewhere: config.approval.reviewedElsewhere ?? [],
    membershipConfig: membership.length > 0,
  });
  const result = tally({
    roster: config.roster,
    ...(rosterError === undefined ? {} : { rosterError }),
    policy: config.approval,
    today,
    prAuthor: snapshot.author.login,
    prAuthorIsBot: snapshot.author.isBot,
    reviews: snapshot.reviews.map((r) => ({
      author: r.author,
      isBot: r.isBot,
      state: r.state,
      submittedAt: r.submittedAt,
      commitOid: r.commitOid,
    })),
    contentChangedSince: changedSince(content.staleness),
    needsBoard: boardReasons(fullReport, snapshot.labels, config),
    membershipVote: membership.length > 0,
    membershipReasons: membership,
    uncovered: outside.filter((p) => p.cover === 'ledger' || p.cover === 'not-covered').map((p) => p.path),
  });
  const comment = renderComment({
    report: fullReport,
    tally: result,
    headSha: snapshot.headSha,
    repoUrl: snapshot.repoUrl,
    outside,
    config,
    now,
    live: view.live,
    landing: view.landing,
    limitNotes: limited.notes,
    ...(snapshot.headBranch ? { headBranch: { repoUrl: snapshot.repoUrl, name: snapshot.headBranch } } : {}),
  });
  return { report: fullReport, tally: result, comment, checks: [guidelinesCheck(fullReport), voteCheck(result)] };
}

function otherPosts(files: (TreeFile | null | undefined)[]): Post[] {
  return files.flatMap((f) => {
    if (!f || f.text === undefined) return [];
    const parsed = parsePost(f.path, f.text);
    return parsed.ok ? [parsed.post] : [];
  });
}

function unreadableReport(file: TreeFile): PostReport {
  const message = `cannot be checked: ${file.unreadable ?? 'not a text file'}`;
  return {
    file: file.path,
    renditions: [],
    findings: [
      {
        ruleId: 'post/unreadable',
        severity: 'error',
        file: file.path,
        line: 1,
        column: 1,
        message,
        hint: 'Keep post files small UTF-8 markdown.',
      },
    ],
    checklist: [],
  };
}

function withExtraReports(report: CheckReport, extra: PostReport[]): CheckReport {
  const posts = [...report.posts, ...extra];
  const findings = posts.flatMap((p) => p.findings);
  return {
    posts,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warn').length,
  };
}

function boardReasons(report: CheckReport, labels: string[], config: HeraldConfig): BoardReason[] {
  const reasons: BoardReason[] = [];
  const label = config.approval.outsideGoalsLabel;
  if (label && labels.some((l) => l.toLowerCase() === label.toLowerCase())) reasons.push({ kind: 'outside-goals-label', label });
  for (const { post } of report.posts) {
    if (!post) continue;
    if (post.outsideGoals) reasons.push({ kind: 'outside-goals-flag', file: post.file });
    if (post.sponsor) reasons.push({ kind: 'sponsor', file: post.file, sponsor: post.sponsor });
  }
  return reasons;
}
