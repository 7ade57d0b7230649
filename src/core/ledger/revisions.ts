// Pure updates of a ledger entry's revisions (corrections and retractions): open one, claim a step
// (intent), mark it done, finish the revision once every step is done. Like parts, a step is written
// as an intent before the request and as done after it, so a re-run does only what is not done.
import type { PlatformId } from '../types.ts';
import type { LedgerEntry, LedgerRevision, RevisionApproval, RevisionStep } from './types.ts';

type Kind = LedgerRevision['kind'];

/** The entry's revision of this kind for this content, if any. */
export function revisionFor(entry: LedgerEntry | undefined, kind: Kind, content: string): LedgerRevision | undefined {
  return entry?.revisions?.find((r) => r.kind === kind && r.content === content);
}

/** A retraction is recorded (finished or not): the post is never published or edited again. */
export function retraction(entry: LedgerEntry | undefined): LedgerRevision | undefined {
  return entry?.revisions?.find((r) => r.kind === 'retraction');
}

export function stepOf(
  revision: LedgerRevision | undefined,
  platform: PlatformId,
  part: number,
  action: RevisionStep['action'],
): RevisionStep | undefined {
  return revision?.steps.find((s) => s.platform === platform && s.part === part && s.action === action);
}

function withRevision(entry: LedgerEntry, revision: LedgerRevision): LedgerEntry {
  const others = (entry.revisions ?? []).filter((r) => !(r.kind === revision.kind && r.content === revision.content));
  return { ...entry, revisions: [...others, revision].sort((a, b) => a.at.localeCompare(b.at)) };
}

export interface RevisionStart {
  kind: Kind;
  content: string;
  run: string;
  at: Date;
  approval?: RevisionApproval;
  reason?: string;
  left?: LedgerRevision['left'];
}

/** The entry with this revision open (an existing one keeps its history; approval and what is left are updated). */
export function openRevision(entry: LedgerEntry, start: RevisionStart): LedgerEntry {
  const current = revisionFor(entry, start.kind, start.content);
  const revision: LedgerRevision = current
    ? { ...current }
    : { kind: start.kind, content: start.content, previous: entry.contentHash, run: start.run, at: start.at.toISOString(), steps: [] };
  if (start.approval) revision.approval = start.approval;
  if (start.reason !== undefined) revision.reason = start.reason;
  if (start.left?.length) revision.left = start.left;
  return withRevision(entry, revision);
}

/** Claims a step for this run; a step already done is left as it is. */
export function recordStepIntent(
  entry: LedgerEntry,
  kind: Kind,
  content: string,
  step: { platform: PlatformId; part: number; action: RevisionStep['action']; run: string; at: Date; digest?: string },
): LedgerEntry {
  const revision = revisionFor(entry, kind, content);
  if (!revision) throw new Error(`no ${kind} revision for ${content} to claim a step in (openRevision first)`);
  const current = stepOf(revision, step.platform, step.part, step.action);
  if (current?.state === 'done') return entry;
  const claimed: RevisionStep = {
    platform: step.platform,
    part: step.part,
    action: step.action,
    state: 'intent',
    run: step.run,
    at: step.at.toISOString(),
  };
  if (step.digest) claimed.digest = step.digest;
  return withRevision(entry, { ...revision, steps: replaceStep(revision.steps, claimed) });
}

export function recordStepDone(
  entry: LedgerEntry,
  kind: Kind,
  content: string,
  step: { platform: PlatformId; part: number; action: RevisionStep['action']; result?: RevisionStep['result']; at: Date },
): LedgerEntry {
  const revision = revisionFor(entry, kind, content);
  if (!revision) return entry;
  const current = stepOf(revision, step.platform, step.part, step.action);
  const done: RevisionStep = {
    platform: step.platform,
    part: step.part,
    action: step.action,
    state: 'done',
    run: current?.run ?? '',
    at: current?.at ?? step.at.toISOString(),
    doneAt: step.at.toISOString(),
  };
  if (current?.digest) done.digest = current.digest;
  if (step.result) done.result = step.result;
  let next = withRevision(entry, { ...revision, steps: replaceStep(revision.steps, done) });
  if (step.action === 'delete' && (step.result === 'deleted' || step.result === 'gone')) {
    const parts = (next.platforms[step.platform] ?? []).map((p) =>
      p.index === step.part ? { ...p, deletedAt: step.at.toISOString() } : p,
    );
    next = { ...next, platforms: { ...next.platforms, [step.platform]: parts } };
  }
  return next;
}

/**
 * Closes the revision when every step is done and every reply part is live: a correction then moves
 * the entry's content hash to the corrected file's (a re-run with it changes nothing).
 */
export function finishRevision(entry: LedgerEntry, kind: Kind, content: string, at: Date): LedgerEntry {
  const revision = revisionFor(entry, kind, content);
  if (!revision || revision.doneAt) return entry;
  const replyLive = (s: RevisionStep) => entry.platforms[s.platform]?.some((p) => p.index === s.part && p.state === 'live') ?? false;
  const unfinished = revision.steps.some((s) => (s.action === 'reply' ? !replyLive(s) : s.state !== 'done'));
  const partsLeft = kind === 'correction' && Object.values(entry.platforms).some((parts) => parts?.some((p) => p.state === 'intent'));
  if (unfinished || partsLeft) return entry;
  const next = withRevision(entry, { ...revision, doneAt: at.toISOString() });
  return kind === 'correction' ? { ...next, contentHash: content } : next;
}

/** Union of two runs' revisions: per step, done wins over intent; otherwise the other run's claim (pushed first) wins. */
export function mergeRevisions(ours: LedgerRevision[] | undefined, theirs: LedgerRevision[] | undefined): LedgerRevision[] | undefined {
  if (!ours?.length) return theirs;
  if (!theirs?.length) return ours;
  const byKey = new Map<string, LedgerRevision>();
  for (const revision of theirs) byKey.set(`${revision.kind}\u0000${revision.content}`, revision);
  for (const revision of ours) {
    const key = `${revision.kind}\u0000${revision.content}`;
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, revision);
      continue;
    }
    let steps = other.steps;
    for (const step of revision.steps) {
      const theirStep = stepOf(other, step.platform, step.part, step.action);
      if (!theirStep || (step.state === 'done' && theirStep.state !== 'done')) steps = replaceStep(steps, step);
    }
    const doneAt = other.doneAt ?? revision.doneAt;
    byKey.set(key, { ...other, ...(doneAt ? { doneAt } : {}), steps });
  }
  return [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at));
}

function replaceStep(steps: RevisionStep[], step: RevisionStep): RevisionStep[] {
  const others = steps.filter((s) => !(s.platform === step.platform && s.part === step.part && s.action === step.action));
  return [...others, step];
}
