import { describe, expect, it } from 'vitest';
import { mergeLedger } from '../../../src/core/ledger/merge.ts';
import { recordIntent, recordLive } from '../../../src/core/ledger/record.ts';
import type { LedgerEntry } from '../../../src/core/ledger/types.ts';

const t0 = new Date('2026-12-01T10:00:00Z');
const t1 = new Date('2026-12-01T10:05:00Z');
const empty: LedgerEntry = { postId: 'p', file: 'posts/p.md', contentHash: 'sha256:1', platforms: {} };
const claim = (e: LedgerEntry, platform: 'mastodon' | 'x', index: number, run: string, at = t0) =>
  recordIntent(e, platform, { index, key: `k${platform}${index}`, run, at });
const live = (e: LedgerEntry, platform: 'mastodon' | 'x', index: number, run: string) =>
  recordLive(e, platform, { index, id: `${run}-${index}`, url: `https://example/${run}/${index}` }, `k${platform}${index}`, run, t1);

describe('three-way ledger merge', () => {
  it('keeps both sides when two runs touched different platforms', () => {
    const ours = live(claim(empty, 'mastodon', 0, 'A'), 'mastodon', 0, 'A');
    const theirs = live(claim(empty, 'x', 0, 'B'), 'x', 0, 'B');
    const merged = mergeLedger(empty, ours, theirs)!;
    expect(merged.platforms.mastodon![0]!.url).toBe('https://example/A/0');
    expect(merged.platforms.x![0]!.url).toBe('https://example/B/0');
  });

  it('gives a part to the run that pushed its claim first', () => {
    const ours = claim(empty, 'mastodon', 0, 'A', t1);
    const theirs = claim(empty, 'mastodon', 0, 'B', t0);
    expect(mergeLedger(empty, ours, theirs)!.platforms.mastodon![0]!.run).toBe('B');
  });

  it('keeps our claim over a stale intent both sides read from the base', () => {
    const base = claim(empty, 'mastodon', 0, 'dead-run');
    const ours = claim(base, 'mastodon', 0, 'A', t1);
    expect(mergeLedger(base, ours, base)!.platforms.mastodon![0]!.run).toBe('A');
  });

  it('never lets an intent overwrite a live part, whichever side has it', () => {
    const base = claim(empty, 'x', 0, 'A');
    const liveSide = live(base, 'x', 0, 'A');
    const intentSide = claim(empty, 'x', 0, 'B', t1);
    expect(mergeLedger(base, liveSide, intentSide)!.platforms.x![0]!.state).toBe('live');
    expect(mergeLedger(base, intentSide, liveSide)!.platforms.x![0]!.state).toBe('live');
  });

  it('takes whichever side exists when the other has no entry', () => {
    const ours = claim(empty, 'x', 0, 'A');
    expect(mergeLedger(undefined, ours, undefined)).toBe(ours);
    expect(mergeLedger(undefined, undefined, ours)).toBe(ours);
  });

  it('keeps a scheduled time the other run set, and ours when they left it alone', () => {
    const theirs = { ...empty, scheduledFor: '2026-12-09T00:00:00.000Z' };
    expect(mergeLedger(empty, empty, theirs)!.scheduledFor).toBe('2026-12-09T00:00:00.000Z');
    const ours = { ...empty, scheduledFor: '2026-12-10T00:00:00.000Z' };
    expect(mergeLedger(empty, ours, empty)!.scheduledFor).toBe('2026-12-10T00:00:00.000Z');
  });
});

describe('recording', () => {
  it('does not turn a live part back into an intent', () => {
    const done = live(claim(empty, 'x', 0, 'A'), 'x', 0, 'A');
    expect(claim(done, 'x', 0, 'B')).toBe(done);
  });

  it('keeps the intent time and run when a part goes live', () => {
    const done = live(claim(empty, 'x', 1, 'A'), 'x', 1, 'A');
    expect(done.platforms.x![0]).toMatchObject({ state: 'live', run: 'A', intentAt: t0.toISOString(), liveAt: t1.toISOString() });
  });
});
