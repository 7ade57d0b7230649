// Three-way merge of one post's ledger, for a push rejected because another run pushed first.
import { PLATFORM_IDS } from '../types.ts';
import { mergeFailures } from './failures.ts';
import { mergeRevisions } from './revisions.ts';
import type { LedgerEntry, LedgerPart } from './types.ts';

/**
 * `base` is what this run read before it wrote, `ours` what it wants to push, `theirs` what the
 * other run pushed. Per part: a live record always wins (both live: theirs, it was pushed first);
 * otherwise a record the other run changed since `base` wins (it claimed the part first), else ours.
 */
export function mergeLedger(
  base: LedgerEntry | undefined,
  ours: LedgerEntry | undefined,
  theirs: LedgerEntry | undefined,
): LedgerEntry | undefined {
  if (!ours) return theirs;
  if (!theirs) return ours;
  const merged: LedgerEntry = {
    postId: ours.postId,
    file: pick(base?.file, ours.file, theirs.file),
    contentHash: pick(base?.contentHash, ours.contentHash, theirs.contentHash),
    platforms: {},
  };
  const blob = pick(base?.blob, ours.blob, theirs.blob);
  if (blob !== undefined) merged.blob = blob;
  const scheduledFor = pick(base?.scheduledFor, ours.scheduledFor, theirs.scheduledFor);
  if (scheduledFor !== undefined) merged.scheduledFor = scheduledFor;
  const failures = mergeFailures(ours.failures, theirs.failures);
  if (failures.length > 0) merged.failures = failures;
  const revisions = mergeRevisions(ours.revisions, theirs.revisions);
  if (revisions?.length) merged.revisions = revisions;
  for (const platform of PLATFORM_IDS) {
    const indices = new Set<number>();
    const byIndex = (entry: LedgerEntry | undefined) => new Map((entry?.platforms[platform] ?? []).map((p) => [p.index, p]));
    const [b, o, t] = [byIndex(base), byIndex(ours), byIndex(theirs)];
    for (const m of [o, t]) for (const i of m.keys()) indices.add(i);
    const parts = [...indices]
      .sort((x, y) => x - y)
      .flatMap((i) => {
        const part = mergePart(b.get(i), o.get(i), t.get(i));
        return part ? [part] : [];
      });
    if (parts.length > 0) merged.platforms[platform] = parts;
  }
  return merged;
}

function mergePart(base?: LedgerPart, ours?: LedgerPart, theirs?: LedgerPart): LedgerPart | undefined {
  if (!ours) return theirs;
  if (!theirs) return ours;
  // A deletion recorded by either run is kept (the part stays, with its id and url, as history).
  if (theirs.state === 'live' && ours.state === 'live' && ours.deletedAt && !theirs.deletedAt) return ours;
  if (theirs.state === 'live') return theirs;
  if (ours.state === 'live') return ours;
  return samePart(base, theirs) ? ours : theirs;
}

function pick<T>(base: T | undefined, ours: T, theirs: T): T {
  return theirs !== base ? theirs : ours;
}

function samePart(a: LedgerPart | undefined, b: LedgerPart): boolean {
  return a !== undefined && a.state === b.state && a.run === b.run && a.intentAt === b.intentAt && a.id === b.id;
}
