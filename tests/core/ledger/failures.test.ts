// The ledger's failure log: written one line per platform and run, read back with the file, merged
// across concurrent runs without losing a line.
import { describe, expect, it } from 'vitest';
import { mergeFailures, recordFailure } from '../../../src/core/ledger/failures.ts';
import { parseLedger, serialiseLedger } from '../../../src/core/ledger/format.ts';
import { mergeLedger } from '../../../src/core/ledger/merge.ts';
import type { LedgerEntry } from '../../../src/core/ledger/types.ts';

const entry: LedgerEntry = { postId: 'launch', file: 'posts/launch.md', contentHash: 'sha256:ab', platforms: {} };
const at = new Date('2026-08-02T10:00:00Z');

describe('ledger failure log', () => {
  it('records one bounded line per platform and run, and reads it back', () => {
    const failures = recordFailure(entry, 'x', 'run-1', `posts/launch.md → x: ${'Service Unavailable\n'.repeat(40)}`, at);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message).not.toContain('\n');
    expect(failures[0]!.message.length).toBeLessThanOrEqual(300);
    const again = recordFailure({ ...entry, failures }, 'x', 'run-1', 'posts/launch.md → x: 503', at);
    expect(again).toEqual([{ platform: 'x', run: 'run-1', at: at.toISOString(), message: 'posts/launch.md → x: 503' }]);
    const text = serialiseLedger({ ...entry, failures: again });
    expect(text).toContain('failures:\n  - platform: x\n    run: run-1\n');
    expect(parseLedger('published/launch.yml', text)).toEqual({ ...entry, failures: again });
  });

  it('leaves files without failures exactly as before', () => {
    expect(serialiseLedger(entry)).not.toContain('failures');
    expect(parseLedger('published/launch.yml', serialiseLedger(entry))).toEqual(entry);
  });

  it('says where a hand-edited failure log is wrong', () => {
    const text = serialiseLedger(entry) + 'failures:\n  - platform: myspace\n    run: r\n    at: t\n    message: m\n';
    expect(() => parseLedger('published/launch.yml', text)).toThrow(
      /published\/launch\.yml:\d+:\d+: failures\.0\.platform: unknown platform/,
    );
  });

  it("keeps both runs' lines when two runs pushed at once", () => {
    const ours = { ...entry, failures: recordFailure(entry, 'x', 'run-2', 'a', at) };
    const theirs = { ...entry, failures: recordFailure(entry, 'mastodon', 'run-3', 'b', new Date('2026-08-02T09:00:00Z')) };
    expect(mergeLedger(entry, ours, theirs)?.failures?.map((f) => f.run)).toEqual(['run-3', 'run-2']);
    expect(mergeFailures(undefined, undefined)).toEqual([]);
  });
});
