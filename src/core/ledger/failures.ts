// The ledger's failure log: each run that failed to publish a post on a platform adds one line, so the
// quarterly report can show failures and retries. Kept beside the parts, in the same file and commit.
import type { PlatformId } from '../types.ts';
import { PLATFORM_IDS } from '../types.ts';
import type { LedgerEntry, LedgerFailure } from './types.ts';

/** Failure messages are one line, bounded: a platform's error page must not bloat the ledger. */
const MESSAGE_LIMIT = 300;

export function recordFailure(entry: LedgerEntry, platform: PlatformId, run: string, message: string, at: Date): LedgerFailure[] {
  const line = message.replace(/\s+/g, ' ').trim();
  const failure: LedgerFailure = {
    platform,
    run,
    at: at.toISOString(),
    message: line.length > MESSAGE_LIMIT ? `${line.slice(0, MESSAGE_LIMIT - 1)}…` : line,
  };
  return mergeFailures(entry.failures, [failure]);
}

/** Union of two logs (one line per platform and run), oldest first: concurrent runs never lose a line. */
export function mergeFailures(a: LedgerFailure[] | undefined, b: LedgerFailure[] | undefined): LedgerFailure[] {
  const byKey = new Map<string, LedgerFailure>();
  for (const f of [...(a ?? []), ...(b ?? [])]) byKey.set(`${f.platform}\u0000${f.run}`, f);
  return [...byKey.values()].sort((x, y) => x.at.localeCompare(y.at) || x.platform.localeCompare(y.platform));
}

export function failuresToYaml(failures: LedgerFailure[]): Record<string, string>[] {
  return failures.map((f) => ({ platform: f.platform, run: f.run, at: f.at, message: f.message }));
}

/** Reads `failures:`; returns the problem (for the parser's error with file and line) or the list. */
export function failuresFromYaml(raw: unknown): LedgerFailure[] | string {
  if (!Array.isArray(raw)) return 'failures: expected a list';
  const out: LedgerFailure[] = [];
  for (const [i, item] of raw.entries()) {
    const f = item as Record<string, unknown> | null;
    if (typeof f !== 'object' || f === null) return `failures.${i}: expected a mapping`;
    if (!(PLATFORM_IDS as readonly unknown[]).includes(f.platform)) return `failures.${i}.platform: unknown platform`;
    for (const key of ['run', 'at', 'message'])
      if (typeof f[key] !== 'string' && typeof f[key] !== 'number') return `failures.${i}.${key}: expected a string`;
    out.push({ platform: f.platform as PlatformId, run: String(f.run), at: String(f.at), message: String(f.message) });
  }
  return out;
}
