// The PR's posts against what is already live: corrections and retractions of live posts, deleted
// live post files (a finding: deleting a file retracts nothing), and where each new post lands
// among its day's posts. Assembles core functions over what gather-content.ts read; no I/O.
import { correctionFindings, deletedLiveFinding, liveChange, livePlatforms, type LiveChange } from '../core/after-publish.ts';
import { calendarEvents, dayRank, type CalendarEvent } from '../core/calendar.ts';
import type { PostReport } from '../core/check.ts';
import type { Landing } from '../core/comment/live-section.ts';
import { postIdOfFile } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { parsePost } from '../core/post/parse.ts';
import type { Finding, HeraldConfig, Post } from '../core/types.ts';
import type { PullRequestSnapshot } from '../github/types.ts';
import type { Content } from './gather-content.ts';
import { liveVersion } from './live-reads.ts';
import { isPostPath } from './paths.ts';

export interface AfterPublishView {
  /** The reports with the correction findings added, and a report per deleted live post file. */
  posts: PostReport[];
  live: Record<string, LiveChange>;
  landing: Record<string, Landing[]>;
}

export function afterPublishView(
  snapshot: PullRequestSnapshot,
  content: Content,
  posts: PostReport[],
  others: Post[],
  config: HeraldConfig,
  now: Date,
): AfterPublishView {
  const live: Record<string, LiveChange> = {};
  const reports = posts.map((report) => {
    const entry = report.post ? content.ledgers.get(report.post.id) : undefined;
    if (report.post?.correction && !entry) return { ...report, findings: [...report.findings, unusedCorrection(report.post)] };
    if (!report.post || !entry) return report;
    const text = liveVersion(snapshot, content.reads, entry.file) ?? liveVersion(snapshot, content.reads, report.file);
    const parsed = text === undefined ? undefined : parsePost(entry.file, text, { timeZone: config.timezone });
    const change = liveChange(report, entry, parsed?.ok ? parsed.post : undefined, config);
    if (!change) return report;
    live[report.file] = change;
    const findings = correctionFindings(change);
    return findings.length > 0 ? { ...report, findings: [...report.findings, ...findings] } : report;
  });
  const present = new Set(posts.flatMap((p) => (p.post ? [p.post.id] : [])));
  for (const file of snapshot.changedFiles) {
    if (file.changeType !== 'DELETED' || !isPostPath(file.path)) continue;
    const entry = content.ledgers.get(postIdOfFile(file.path));
    if (!entry || present.has(entry.postId) || livePlatforms(entry).length === 0) continue;
    reports.push({ file: file.path, renditions: [], findings: [deletedLiveFinding(file.path, entry)], checklist: [], deleted: true });
  }
  return { posts: reports, live, landing: landings(reports, live, content, others, config, now) };
}

/** `correction:` on a post that is not live: nothing to correct (the ledger has no copy of it). */
function unusedCorrection(post: Post): Finding {
  return {
    file: post.file,
    line: post.fieldLines['correction'] ?? 1,
    column: 1,
    ruleId: 'post/correction',
    severity: 'warn',
    message: 'correction: has no effect: this post is not live anywhere yet, so merging publishes it as it is',
    hint: 'remove `correction:`; it is for posts already published',
  };
}

/** Per new post and platform, its place among the day's scheduled and live posts (in the config's zone). */
function landings(
  reports: PostReport[],
  live: Record<string, LiveChange>,
  content: Content,
  others: Post[],
  config: HeraldConfig,
  now: Date,
): Record<string, Landing[]> {
  const ours = new Set(reports.flatMap((r) => (r.post ? [r.post.id] : [])));
  const ledgers: Record<string, LedgerEntry> = {};
  for (const [id, entry] of content.ledgers) if (!ours.has(id)) ledgers[id] = entry;
  const events = calendarEvents({ posts: others.filter((p) => !ours.has(p.id)), ledgers, config, now, recentDays: 2 });
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: config.timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const label = (at: Date): string => {
    const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
    return `${part.weekday} ${part.day} ${part.month} ${part.year}`;
  };
  // The PR's new posts go out too: each one's rank counts the others (a post on merge goes out now).
  const landing = reports.flatMap((report) => {
    const post = report.post;
    if (!post || live[report.file] || post.retract || report.renditions.length === 0) return [];
    const scheduled = post.publishAt !== undefined && post.publishAt.getTime() > now.getTime();
    return [{ report, post, scheduled, at: scheduled ? post.publishAt! : now }];
  });
  const siblings: CalendarEvent[] = landing.flatMap(({ report, post, at }) =>
    report.renditions.map((r) => ({
      postId: post.id,
      file: post.file,
      platform: r.platform,
      title: post.id,
      at,
      state: 'scheduled' as const,
    })),
  );
  const out: Record<string, Landing[]> = {};
  for (const { report, post, scheduled, at } of landing) {
    const day = [...events, ...siblings.filter((e) => e.postId !== post.id)];
    out[report.file] = report.renditions.map((r) => ({
      platform: r.platform,
      rank: dayRank(day, r.platform, at, config.timezone),
      day: label(at),
      today: !scheduled,
    }));
  }
  return out;
}
