// From what GitHub said about a PR to what Herald writes back: the comment body and two check runs.
// No I/O here: the snapshot and the clock come in, the outputs go out.
import { checkPosts, type CheckReport, type PostReport, type RepoFile } from '../core/check.ts';
import { guidelinesCheck, voteCheck } from '../core/checks/index.ts';
import type { CheckRunOutput } from '../core/checks/types.ts';
import { renderComment } from '../core/comment/index.ts';
import { parsePost } from '../core/post/parse.ts';
import { localDate, tally, type BoardReason, type Tally } from '../core/tally/index.ts';
import type { HeraldConfig, Post } from '../core/types.ts';
import type { ServerLimitsReader } from '../platforms/server-limits.ts';
import type { PullRequestSnapshot, TreeFile } from '../github/types.ts';
import { checkHeadConfig, readDefaultBranchConfig } from './configs.ts';
import { CONFIG_PATH, isPostPath } from './paths.ts';

export interface Evaluation {
  report: CheckReport;
  tally: Tally;
  comment: string;
  checks: CheckRunOutput[];
}

/** `serverLimits` (the one I/O step, injected) fills in limits servers publish about themselves, e.g. Mastodon's. */
export async function evaluate(snapshot: PullRequestSnapshot, now: Date, serverLimits?: ServerLimitsReader): Promise<Evaluation> {
  const read = readDefaultBranchConfig(snapshot.defaultConfig);
  const { rosterError } = read;
  const config = serverLimits ? (await serverLimits(read.config)).config : read.config;
  const changed = snapshot.changedFiles.map((f) => f.path);
  const changedPosts = new Set(changed.filter(isPostPath));
  const configChanged = changed.includes(CONFIG_PATH);
  const today = localDate(now, config.timezone);
  const headConfig = configChanged ? checkHeadConfig(snapshot.headConfig, config, today) : undefined;

  const headPosts = snapshot.headPosts;
  const present = headPosts.filter((f) => changedPosts.has(f.path));
  const readable = present.filter((f) => f.text !== undefined).map((f): RepoFile => ({ path: f.path, content: f.text! }));
  const existing = new Set(headPosts.map((f) => f.path));
  const report = await checkPosts({
    files: readable,
    config,
    otherPosts: otherPosts(headPosts, changedPosts),
    mediaExists: (path) => existing.has(path),
    now,
  });
  const extra: PostReport[] = present.filter((f) => f.text === undefined).map(unreadableReport);
  if (headConfig && headConfig.findings.length > 0) {
    extra.push({ file: CONFIG_PATH, renditions: [], findings: headConfig.findings, checklist: [] });
  }
  const fullReport = withExtraReports(report, extra);

  const staleAfter = contentChanges(snapshot, [...changedPosts], configChanged);
  const result = tally({
    roster: config.roster,
    ...(rosterError === undefined ? {} : { rosterError }),
    policy: config.approval,
    today,
    prAuthor: snapshot.author.login,
    reviews: snapshot.reviews.map((r) => ({
      author: r.author,
      isBot: r.isBot,
      state: r.state,
      submittedAt: r.submittedAt,
      commitOid: r.commitOid,
    })),
    contentChangedSince: staleAfter,
    needsBoard: boardReasons(fullReport, snapshot.labels, config),
    membershipVote: headConfig?.changesRoster ?? false,
  });
  const comment = renderComment({ report: fullReport, tally: result, headSha: snapshot.headSha, repoUrl: snapshot.repoUrl });
  return { report: fullReport, tally: result, comment, checks: [guidelinesCheck(fullReport), voteCheck(result)] };
}

function otherPosts(headPosts: TreeFile[], changed: ReadonlySet<string>): Post[] {
  return headPosts.flatMap((f) => {
    if (changed.has(f.path) || !isPostPath(f.path) || f.text === undefined) return [];
    const parsed = parsePost(f.path, f.text);
    return parsed.ok ? [parsed.post] : [];
  });
}

function unreadableReport(file: TreeFile): PostReport {
  const message = `cannot be checked: ${file.unreadable ?? 'not a text file'}`;
  return {
    file: file.path,
    renditions: [],
    findings: [{ ruleId: 'post/unreadable', severity: 'error', file: file.path, line: 1, column: 1, message, hint: 'Keep post files small UTF-8 markdown.' }],
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

/**
 * An approval is stale when any post file the PR changes (or the config, when it changes it) has a
 * different blob at the review's commit than at the head.
 */
function contentChanges(snapshot: PullRequestSnapshot, postPaths: string[], configChanged: boolean): (oid: string) => boolean {
  const head = new Map(snapshot.headPosts.map((f) => [f.path, f.oid]));
  const byCommit = new Map(snapshot.reviews.filter((r) => r.commitOid !== null).map((r) => [r.commitOid!, r]));
  return (commitOid) => {
    if (commitOid === snapshot.headSha) return false;
    const review = byCommit.get(commitOid);
    if (!review?.postOids) return true;
    if (postPaths.some((path) => review.postOids!.get(path) !== head.get(path))) return true;
    return configChanged && review.configOid !== snapshot.headConfigOid;
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
