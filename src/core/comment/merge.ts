// What merging the PR does for each post, in the group's own time zone: the sentence a reviewer
// reads before anything else (the changesets bot's "merging this PR will ...").
import type { LiveChange } from '../after-publish.ts';
import type { PostReport } from '../check.ts';
import type { PlatformConfig, PlatformId } from '../types.ts';
import { escapeInline } from './escape.ts';
import { PLATFORM_NAMES } from './preview.ts';

export interface MergeContext {
  /** The config's `timezone`; scheduled times are said in it. */
  timeZone?: string;
  now?: Date;
  /** The config's platforms, to name retired ones a post still lists. */
  platforms?: PlatformConfig[];
  /** Posts of the PR that are already live, by file (the ledger says so). */
  live?: Readonly<Record<string, LiveChange>>;
}

export type MergeEffect =
  | { kind: 'now'; platforms: PlatformId[]; retired: PlatformId[] }
  | { kind: 'scheduled'; at: Date; platforms: PlatformId[]; retired: PlatformId[] }
  | { kind: 'blocked' }
  | { kind: 'corrects'; change: LiveChange }
  | { kind: 'retracts'; change: LiveChange }
  /** `retract: true` on a post that is not live anywhere: it is never published. */
  | { kind: 'withdrawn' }
  | { kind: 'nothing'; retired: PlatformId[] };

export function mergeEffect(report: PostReport, context: MergeContext): MergeEffect {
  const post = report.post;
  if (!post || report.findings.some((f) => f.severity === 'error')) return { kind: 'blocked' };
  const live = context.live?.[report.file];
  if (live) return live.retract ? { kind: 'retracts', change: live } : { kind: 'corrects', change: live };
  if (post.retract) return { kind: 'withdrawn' };
  const retired = (post.platforms ?? []).filter((id) => context.platforms?.some((p) => p.id === id && p.retired));
  const platforms = report.renditions.map((r) => r.platform);
  if (platforms.length === 0) return { kind: 'nothing', retired };
  const now = context.now?.getTime();
  if (post.publishAt && (now === undefined || post.publishAt.getTime() > now))
    return { kind: 'scheduled', at: post.publishAt, platforms, retired };
  return { kind: 'now', platforms, retired };
}

/** "Tue 15 Dec 2026, 17:00 CET" in the zone; ISO (UTC) when no zone is known. */
export function localTime(at: Date, timeZone: string | undefined): string {
  if (!timeZone) return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'short',
      })
        .formatToParts(at)
        .map((p) => [p.type, p.value]),
    );
    return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
  } catch {
    return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}

const names = (ids: PlatformId[]): string => ids.map((id) => PLATFORM_NAMES[id]).join(', ');

/** What merging does for one post, as a clause: "publishes now on Mastodon, Bluesky". */
export function describeEffect(effect: MergeEffect, context: MergeContext): string {
  const retired = 'retired' in effect && effect.retired.length > 0 ? `; nothing on ${names(effect.retired)} (retired)` : '';
  switch (effect.kind) {
    case 'blocked':
      return 'publishes nothing until its errors are fixed';
    case 'nothing':
      return `publishes nothing${effect.retired.length > 0 ? `: ${names(effect.retired)} ${effect.retired.length === 1 ? 'is' : 'are'} retired` : ': no platform is enabled for it'}`;
    case 'scheduled':
      return `publishes at ${localTime(effect.at, context.timeZone)} on ${names(effect.platforms)}${retired}`;
    case 'now':
      return `publishes now on ${names(effect.platforms)}${retired}`;
    case 'withdrawn':
      return 'publishes nothing: it is retracted (retract: true) and not live anywhere';
    case 'corrects':
      return describeCorrection(effect.change);
    case 'retracts': {
      const deleted = effect.change.platforms.filter((p) => p.kind === 'delete').map((p) => p.platform);
      const byHand = effect.change.platforms.filter((p) => p.kind === 'delete-by-hand').map((p) => p.platform);
      const clauses = [
        ...(deleted.length > 0 ? [`deletes it on ${names(deleted)}`] : []),
        ...(byHand.length > 0 ? [`${names(byHand)} by hand`] : []),
      ];
      return `retracts the live post: ${clauses.join('; ')}`;
    }
  }
}

function describeCorrection(change: LiveChange): string {
  const of = (kind: string) => change.platforms.filter((p) => p.kind === kind).map((p) => p.platform);
  const clauses = [
    ...(of('edit').length > 0 ? [`edits it in place on ${names(of('edit'))}`] : []),
    ...(of('reply').length > 0 ? [`replies with a correction on ${names(of('reply'))}`] : []),
    ...(of('choose').length > 0 ? [`nothing yet on ${names(of('choose'))} (choose a correction below)`] : []),
  ];
  return clauses.length > 0 ? `corrects the live post: ${clauses.join('; ')}` : 'changes nothing live (the live text stays as it is)';
}

/** "2026-12-01-a and 2026-12-02-b", or "3 posts" when more than two share a clause. */
function namesOf(reports: PostReport[]): string {
  if (reports.length > 2) return `${reports.length} posts`;
  return reports.map((r) => escapeInline(r.post?.id ?? r.file.replace(/^.*\//, '').replace(/\.md$/i, ''))).join(' and ');
}

/** The bold sentence under the status line: what merging does, per post, in as few words as that takes. */
export function mergeSentence(reports: PostReport[], context: MergeContext): string {
  if (reports.length === 0) return '**Merging publishes nothing:** this PR changes no post.';
  const by = {
    now: [] as PostReport[],
    scheduled: [] as PostReport[],
    blocked: [] as PostReport[],
    nothing: [] as PostReport[],
    corrects: [] as PostReport[],
    retracts: [] as PostReport[],
    withdrawn: [] as PostReport[],
  };
  const times: string[] = [];
  for (const report of reports) {
    const effect = mergeEffect(report, context);
    by[effect.kind].push(report);
    if (effect.kind === 'scheduled') times.push(localTime(effect.at, context.timeZone));
  }
  const clauses: string[] = [];
  if (by.now.length > 0) clauses.push(`publishes ${namesOf(by.now)} now`);
  if (by.scheduled.length > 0) {
    const when = new Set(times).size === 1 ? `at ${times[0]}` : 'at their publish_at times (under each post)';
    clauses.push(`${clauses.length > 0 ? '' : 'publishes '}${namesOf(by.scheduled)} ${when}`);
  }
  if (by.corrects.length > 0) clauses.push(`corrects the live ${namesOf(by.corrects)}`);
  if (by.retracts.length > 0) clauses.push(`retracts the live ${namesOf(by.retracts)}`);
  if (by.nothing.length > 0) clauses.push(`nothing of ${namesOf(by.nothing)} (no active platform)`);
  if (by.withdrawn.length > 0) clauses.push(`nothing of ${namesOf(by.withdrawn)} (retracted, never live)`);
  if (by.blocked.length > 0)
    clauses.push(`${clauses.length > 0 ? 'holds back' : 'publishes nothing of'} ${namesOf(by.blocked)} until the errors are fixed`);
  const last = clauses.pop()!;
  return `**Merging ${clauses.length > 0 ? `${clauses.join(', ')} and ${last}` : last}.**`;
}
