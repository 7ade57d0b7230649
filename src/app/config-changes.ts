// The config changes that need the membership vote, like a roster change: who votes (roster), where
// credentials go (a platform's server, account or options; which platforms are enabled or retired;
// trusted feeds, which publish without a vote), and how votes count (approval, governance, publish).
import type { FeedConfig, HeraldConfig, PlatformConfig, RosterMember } from '../core/types.ts';

/** The roster's meaning without source positions. */
function rosterKey(roster: RosterMember[]): string {
  return JSON.stringify(roster.map((m) => [m.login.toLowerCase(), [...m.roles].sort(), m.termStart, m.termEnd]).sort());
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sorted = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));

function platformChanges(before: PlatformConfig | undefined, after: PlatformConfig): string[] {
  const field = `platforms.${after.id}`;
  const changes: string[] = [];
  const live = (p: PlatformConfig | undefined) => Boolean(p?.enabled && !p.retired);
  if (live(before) !== live(after)) changes.push(`${field}.enabled`);
  if (!same(before?.retired, after.retired)) changes.push(`${field}.retired`);
  if (!same(before?.server, after.server)) changes.push(`${field}.server`);
  if (!same(before?.account, after.account)) changes.push(`${field}.account`);
  for (const key of new Set([...Object.keys(before?.options ?? {}), ...Object.keys(after.options)])) {
    if (!same(before?.options[key], after.options[key])) changes.push(`${field}.${key}`);
  }
  return changes;
}

const trustedFeeds = (feeds: FeedConfig[]) =>
  feeds
    .filter((f) => f.trusted)
    .map((f) => sorted({ ...f }))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/** What the head config changes that needs the membership vote, in the config's order; [] when nothing. */
export function governedChanges(current: HeraldConfig, head: HeraldConfig): string[] {
  const changes: string[] = [];
  if (rosterKey(current.roster) !== rosterKey(head.roster)) changes.push('roster');
  for (const platform of head.platforms)
    changes.push(
      ...platformChanges(
        current.platforms.find((p) => p.id === platform.id),
        platform,
      ),
    );
  if (!same(sorted({ ...current.approval }), sorted({ ...head.approval }))) changes.push('approval');
  if (!same(current.governance, head.governance)) changes.push('governance');
  if (!same(trustedFeeds(current.feeds), trustedFeeds(head.feeds))) changes.push('feeds (trusted)');
  // What the publisher demands before it sends (a vote, which apps' votes, which paths go without one).
  if (!same(current.publish, head.publish)) changes.push('publish');
  return changes;
}
