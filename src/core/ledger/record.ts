// Pure updates of a ledger entry: claim a part (intent), mark it live, look parts up.
import type { PlatformId } from '../types.ts';
import type { LedgerEntry, LedgerPart, LivePart } from './types.ts';

export function findPart(entry: LedgerEntry | undefined, platform: PlatformId, index: number): LedgerPart | undefined {
  return entry?.platforms[platform]?.find((p) => p.index === index);
}

function withPart(entry: LedgerEntry, platform: PlatformId, part: LedgerPart): LedgerEntry {
  const others = (entry.platforms[platform] ?? []).filter((p) => p.index !== part.index);
  const parts = [...others, part].sort((a, b) => a.index - b.index);
  return { ...entry, platforms: { ...entry.platforms, [platform]: parts } };
}

export function recordIntent(
  entry: LedgerEntry,
  platform: PlatformId,
  claim: { index: number; key: string; run: string; at: Date },
): LedgerEntry {
  const current = findPart(entry, platform, claim.index);
  if (current?.state === 'live') return entry;
  return withPart(entry, platform, {
    index: claim.index,
    key: claim.key,
    state: 'intent',
    run: claim.run,
    intentAt: claim.at.toISOString(),
  });
}

export function recordLive(entry: LedgerEntry, platform: PlatformId, live: LivePart, key: string, run: string, at: Date): LedgerEntry {
  const current = findPart(entry, platform, live.index);
  const part: LedgerPart = {
    index: live.index,
    key,
    state: 'live',
    run: current?.run ?? run,
    intentAt: current?.intentAt ?? at.toISOString(),
    id: live.id,
    url: live.url,
    liveAt: at.toISOString(),
  };
  if (live.ref) part.ref = live.ref;
  return withPart(entry, platform, part);
}

export function livePart(part: LedgerPart): LivePart | undefined {
  if (part.state !== 'live' || part.id === undefined || part.url === undefined) return undefined;
  const live: LivePart = { index: part.index, id: part.id, url: part.url };
  if (part.ref) live.ref = part.ref;
  return live;
}

/** Every live URL of the entry, per platform, in part order. */
export function liveUrls(entry: LedgerEntry): Partial<Record<PlatformId, string[]>> {
  const out: Partial<Record<PlatformId, string[]>> = {};
  for (const [platform, parts] of Object.entries(entry.platforms) as [PlatformId, LedgerPart[]][]) {
    const urls = parts.filter((p) => p.state === 'live' && p.url && !p.deletedAt).map((p) => p.url!);
    if (urls.length > 0) out[platform] = urls;
  }
  return out;
}

export function hasLive(entry: LedgerEntry | undefined): boolean {
  return Object.values(entry?.platforms ?? {}).some((parts) => parts?.some((p) => p.state === 'live'));
}
