// Revisions in the ledger file: written for people (one mapping per correction or retraction, one
// line per step), read back exactly, old ledgers still read, bad ones named by line; merged with a
// concurrent run's without losing a done step or a deletion.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InputError } from '../../../src/core/errors.ts';
import { parseLedger, serialiseLedger } from '../../../src/core/ledger/format.ts';
import { mergeLedger } from '../../../src/core/ledger/merge.ts';
import { openRevision, recordStepDone, recordStepIntent } from '../../../src/core/ledger/revisions.ts';
import { addSummaryLine, emptySummary, SUMMARY_PATTERNS } from '../../../src/core/ledger/summary.ts';
import type { LedgerEntry } from '../../../src/core/ledger/types.ts';

const at = new Date('2026-12-03T09:00:00Z');
const live: LedgerEntry = {
  postId: 'sprint',
  file: 'posts/sprint.md',
  contentHash: 'sha256:first',
  platforms: {
    mastodon: [0, 1].map((index) => ({
      index,
      key: `k-${index}`,
      state: 'live' as const,
      run: '1-1',
      intentAt: '2026-12-01T10:00:00.000Z',
      id: `10${index}`,
      url: `https://m.example/@wg/10${index}`,
      liveAt: '2026-12-01T10:00:01.000Z',
    })),
  },
};

function retracting(): LedgerEntry {
  let entry = openRevision(live, {
    kind: 'retraction',
    content: 'sha256:retract',
    run: '9-1',
    at,
    reason: 'the sprint moved',
    approval: { pull: 12, head: 'abc123', checkRun: 77, approvers: ['ada', 'grace'] },
    left: [{ platform: 'instagram', parts: [], note: 'delete by hand: no API' }],
  });
  for (const part of [1, 0])
    entry = recordStepIntent(entry, 'retraction', 'sha256:retract', { platform: 'mastodon', part, action: 'delete', run: '9-1', at });
  return entry;
}

describe('ledger revisions', () => {
  it('are written for people and read back exactly, deletions keeping the ids and urls', () => {
    const entry = recordStepDone(retracting(), 'retraction', 'sha256:retract', {
      platform: 'mastodon',
      part: 1,
      action: 'delete',
      result: 'deleted',
      at,
    });
    const text = serialiseLedger(entry);
    expect(text).toContain('kind: retraction');
    expect(text).toContain('reason: the sprint moved');
    expect(text).toMatch(/approvers:\n\s+- ada\n\s+- grace/);
    expect(text).toMatch(/part: 1\n\s+action: delete\n\s+state: done/);
    expect(text).toContain('deleted_at: 2026-12-03T09:00:00.000Z');
    expect(text).toContain('url: https://m.example/@wg/101');
    expect(parseLedger('published/sprint.yml', text)).toEqual(entry);
  });

  it('an old ledger without revisions reads as before', () => {
    const old = serialiseLedger(live);
    expect(old).not.toMatch(/^revisions:/m);
    expect(parseLedger('published/sprint.yml', old)).toEqual(live);
  });

  it('a bad step is named with file and line', () => {
    const text = serialiseLedger(retracting()).replace('action: delete', 'action: explode');
    expect(() => parseLedger('published/sprint.yml', text)).toThrow(InputError);
    expect(() => parseLedger('published/sprint.yml', text)).toThrow(
      /published\/sprint\.yml:\d+:\d+.*revisions\.0\.steps\.\d\.action: expected edit, delete or reply/,
    );
  });

  it('a claimed step marks the entry unfinished in the ledger summary (the next run finishes it)', () => {
    const summary = emptySummary('sprint');
    // The lines `git grep` picks out (src/ledger/store.ts), as the publisher reads them.
    const patterns = SUMMARY_PATTERNS.map((p) => new RegExp(p));
    for (const line of serialiseLedger(retracting()).split('\n')) if (patterns.some((p) => p.test(line))) addSummaryLine(summary, line);
    expect(summary.unfinished).toBe(true);
    expect(summary.contentHash).toBe('sha256:first');
  });

  it('a concurrent merge keeps done steps and deletions from either side', () => {
    const base = retracting();
    const ours = recordStepDone(base, 'retraction', 'sha256:retract', {
      platform: 'mastodon',
      part: 1,
      action: 'delete',
      result: 'deleted',
      at,
    });
    const theirs = { ...base, failures: [{ platform: 'mastodon' as const, run: '9-2', at: at.toISOString(), message: 'x' }] };
    const merged = mergeLedger(base, ours, theirs)!;
    expect(merged.revisions![0]!.steps.find((s) => s.part === 1)!.state).toBe('done');
    expect(merged.platforms.mastodon!.find((p) => p.index === 1)!.deletedAt).toBe(at.toISOString());
    expect(merged.failures).toHaveLength(1);
    // The other way round too: theirs did it, ours still has the intent.
    const back = mergeLedger(base, base, ours)!;
    expect(back.revisions![0]!.steps.find((s) => s.part === 1)!.state).toBe('done');
    expect(parse(serialiseLedger(back)).revisions[0].reason).toBe('the sprint moved');
  });

  it('the blob line reads from git grep as written, even an id yaml would read as a number', () => {
    for (const blob of ['0123456789012345678901234567890123456789', 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3']) {
      const summary = emptySummary('sprint');
      const patterns = SUMMARY_PATTERNS.map((p) => new RegExp(p));
      for (const line of serialiseLedger({ ...live, blob }).split('\n'))
        if (patterns.some((p) => p.test(line))) expect(addSummaryLine(summary, line)).toBe(true);
      expect(summary.blob).toBe(blob);
      expect(parseLedger('published/sprint.yml', serialiseLedger({ ...live, blob })).blob).toBe(blob);
    }
  });
});
