// What merging a PR does to posts that are already live (the ledger says so): per platform, edit in
// place (old and new text), a correction reply or nothing where the platform cannot edit, deletion
// for a retraction; and the findings that say what a member still has to choose. Pure: the ledger
// entry, the post as it is live (the default branch's version) and the PR's version come in.
import type { PostReport } from './check.ts';
import { AFTER_PUBLISH, canEdit } from './corrections.ts';
import type { LedgerEntry } from './ledger/types.ts';
import { renderPost } from './render/index.ts';
import { platformName } from './rules/platforms.ts';
import type { Finding, HeraldConfig, PlatformId, Post, RenderedPart } from './types.ts';

export type LivePlatformChange =
  | { platform: PlatformId; url?: string; kind: 'unchanged' }
  /** `before` is undefined when the live version is not on the default branch any more. */
  | { platform: PlatformId; url?: string; kind: 'edit'; before?: string[]; after: string[]; note?: string }
  | { platform: PlatformId; url?: string; kind: 'reply'; note: string; reply: RenderedPart }
  | { platform: PlatformId; url?: string; kind: 'leave'; note: string }
  | { platform: PlatformId; url?: string; kind: 'choose'; note: string }
  | { platform: PlatformId; url?: string; kind: 'delete' }
  | { platform: PlatformId; url?: string; kind: 'delete-by-hand'; note: string };

export interface LiveChange {
  file: string;
  postId: string;
  retract: boolean;
  reason?: string;
  platforms: LivePlatformChange[];
}

/** The platforms a ledger entry has live, with the first part's link. */
export function livePlatforms(entry: LedgerEntry): { platform: PlatformId; url?: string }[] {
  return (Object.entries(entry.platforms) as [PlatformId, LedgerEntry['platforms'][PlatformId]][]).flatMap(([platform, parts]) => {
    const live = (parts ?? []).filter((p) => p.state === 'live').sort((a, b) => a.index - b.index);
    if (live.length === 0) return [];
    return [{ platform, ...(live[0]!.url ? { url: live[0]!.url } : {}) }];
  });
}

/**
 * Per live platform, what merging the PR's version of the post does. `before` is the post as the
 * default branch has it (the live version), undefined when it cannot be read there.
 */
export function liveChange(report: PostReport, entry: LedgerEntry, before: Post | undefined, config: HeraldConfig): LiveChange | undefined {
  const post = report.post;
  const live = livePlatforms(entry);
  if (!post || live.length === 0) return undefined;
  const change: LiveChange = { file: report.file, postId: entry.postId, retract: post.retract === true, platforms: [] };
  if (post.retractReason) change.reason = post.retractReason;
  for (const { platform, url } of live) {
    const at = url ? { url } : {};
    const can = AFTER_PUBLISH[platform];
    if (post.retract) {
      change.platforms.push(
        can.delete
          ? { platform, ...at, kind: 'delete' }
          : { platform, ...at, kind: 'delete-by-hand', note: can.note ?? 'the API cannot delete it' },
      );
      continue;
    }
    const settings = config.platforms.find((p) => p.id === platform);
    const after = report.renditions.find((r) => r.platform === platform)?.parts.map((p) => p.text);
    const old = before && settings ? renderPost(before, settings).parts.map((p) => p.text) : undefined;
    // A platform the post no longer lists keeps what it has: only a retraction takes it down.
    if (!after || (old && same(old, after))) {
      change.platforms.push({ platform, ...at, kind: 'unchanged' });
      continue;
    }
    if (canEdit(platform, report.renditions.find((r) => r.platform === platform)?.parts ?? [])) {
      change.platforms.push({
        platform,
        ...at,
        kind: 'edit',
        ...(old ? { before: old } : {}),
        after,
        ...(can.note ? { note: can.note } : {}),
      });
      continue;
    }
    const note = can.note ?? 'the API cannot edit it';
    const correction = post.correction;
    if (correction === 'leave') change.platforms.push({ platform, ...at, kind: 'leave', note });
    else if (correction && settings)
      change.platforms.push({ platform, ...at, kind: 'reply', note, reply: replyPart(post, correction.reply, settings) });
    else change.platforms.push({ platform, ...at, kind: 'choose', note });
  }
  return change;
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((text, i) => text === b[i]);

/** The correction reply exactly as the platform receives it, counted like any post. */
function replyPart(post: Post, text: string, settings: HeraldConfig['platforms'][number]): RenderedPart {
  const line = post.fieldLines['correction'] ?? 1;
  const reply: Post = {
    file: post.file,
    id: post.id,
    parts: [{ text, media: [], line, column: 1 }],
    overrides: {},
    linkCard: false,
    outsideGoals: false,
    tags: [],
    fieldLines: post.fieldLines,
  };
  return renderPost(reply, settings).parts[0]!;
}

/** A warning where a member has to choose between a correction reply and leaving the live post. */
export function correctionFindings(change: LiveChange): Finding[] {
  const undecided = change.platforms.filter((p) => p.kind === 'choose');
  if (undecided.length === 0) return [];
  return undecided.map(({ platform, ...rest }) => ({
    file: change.file,
    line: 1,
    column: 1,
    ruleId: 'post/correction',
    severity: 'warn',
    platform,
    message: `this post is live on ${platformName(platform)} and ${'note' in rest ? rest.note : 'it cannot be edited'}: merging changes nothing there`,
    hint: 'add `correction: { reply: "Correction: ..." }` to post a correction in the thread, or `correction: leave` to keep the live post as it is',
  }));
}

/** A deleted post file that is live: deleting the file takes nothing down. */
export function deletedLiveFinding(file: string, entry: LedgerEntry): Finding {
  const where = livePlatforms(entry).map((p) => platformName(p.platform));
  return {
    file,
    line: 1,
    column: 1,
    ruleId: 'post/deleted-live',
    severity: 'warn',
    message: `this post is live on ${where.join(', ')}: deleting its file is never a retraction, the live posts stay up`,
    hint: 'to take it down, keep the file and set `retract: true` with `retract_reason: "why it comes down"`; the vote then decides',
  };
}
