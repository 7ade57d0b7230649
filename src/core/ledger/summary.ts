// What the publisher knows of every ledger file without parsing each one in full: the post file it
// belongs to, the content it recorded, and whether it still has work (a `scheduled_for`, or a part
// claimed but not yet live). Built from the lines one `git grep` over the ledger prints (src/ledger);
// a file whose lines are not the ones Herald writes is parsed whole instead. Pure.
import { parse } from 'yaml';
import type { LedgerEntry } from './types.ts';

export interface LedgerSummary {
  postId: string;
  file?: string;
  contentHash?: string;
  /** The git blob of the content the entry records (entries written before corrections have none). */
  blob?: string;
  scheduled: boolean;
  /** A part is claimed (`state: intent`) and not live yet: a run crashed or a platform failed. */
  unfinished: boolean;
}

/** The `git grep -e` patterns whose matching lines summarise a ledger file (format.ts writes them so). */
export const SUMMARY_PATTERNS = ['^file: ', '^content: ', '^blob: ', '^scheduled_for: ', '^ *state: intent$'];

export function emptySummary(postId: string): LedgerSummary {
  return { postId, scheduled: false, unfinished: false };
}

/** Adds one matching line to the summary; false when the line does not read as Herald writes it. */
export function addSummaryLine(summary: LedgerSummary, line: string): boolean {
  if (/^ *state: intent$/.test(line)) return (summary.unfinished = true);
  const [key, text] = keyAndValue(line) ?? [];
  if (typeof text !== 'string' || text === '') return false;
  if (key === 'file') summary.file = text;
  else if (key === 'content') summary.contentHash = text;
  else if (key === 'blob') summary.blob = text;
  else if (key === 'scheduled_for') summary.scheduled = true;
  else return false;
  return true;
}

// A path or hash of these characters, starting with a letter, is a plain YAML string as it stands (no
// quote, escape, indicator, comment, or number/boolean/null form): read without the parser, which over
// the 20,000 lines of 10,000 ledger files costs about 0.4 s of a run (node bench/publish.ts, plan).
const PLAIN = /^(file|content|scheduled_for): ([A-Za-z][\w./:+-]*)$/;

function keyAndValue(line: string): [string, unknown] | undefined {
  // A git object id, unquoted (yaml quotes the ones that would read as numbers).
  const oid = /^blob: ([0-9a-f]{40}|[0-9a-f]{64})$/.exec(line);
  if (oid) return ['blob', oid[1]!];
  const plain = PLAIN.exec(line);
  if (plain && !plain[2]!.endsWith(':') && !/^(?:true|false|null)$/i.test(plain[2]!)) return [plain[1]!, plain[2]!];
  try {
    return Object.entries((parse(line, { maxAliasCount: 0 }) ?? {}) as Record<string, unknown>)[0];
  } catch {
    return undefined;
  }
}

export function summaryOf(entry: LedgerEntry): LedgerSummary {
  return {
    postId: entry.postId,
    file: entry.file,
    contentHash: entry.contentHash,
    ...(entry.blob ? { blob: entry.blob } : {}),
    scheduled: entry.scheduledFor !== undefined,
    unfinished:
      Object.values(entry.platforms).some((parts) => parts?.some((p) => p.state === 'intent')) ||
      (entry.revisions ?? []).some((r) => r.steps.some((s) => s.state === 'intent')),
  };
}

/** Whether the summary is complete enough to plan with (else the file is parsed whole). */
export function summaryComplete(summary: LedgerSummary): boolean {
  return summary.file !== undefined && summary.contentHash !== undefined;
}
