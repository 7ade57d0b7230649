// The `revisions:` list of a ledger file, for people first: one mapping per correction or retraction,
// snake_case keys in a fixed order, one line per step. Ledgers written before revisions existed have
// no such key and read as before.
import { PLATFORM_IDS, type PlatformId } from '../types.ts';
import type { LedgerRevision, RevisionApproval, RevisionStep } from './types.ts';

export function revisionsToYaml(revisions: LedgerRevision[]): Record<string, unknown>[] {
  return revisions.map((r) => {
    const out: Record<string, unknown> = { kind: r.kind, content: r.content, previous: r.previous, run: r.run, at: r.at };
    if (r.reason !== undefined) out['reason'] = r.reason;
    if (r.approval) out['approval'] = approvalToYaml(r.approval);
    out['steps'] = r.steps.map((s) => {
      const step: Record<string, unknown> = { platform: s.platform, part: s.part, action: s.action, state: s.state, run: s.run, at: s.at };
      if (s.digest !== undefined) step['digest'] = s.digest;
      if (s.doneAt !== undefined) step['done_at'] = s.doneAt;
      if (s.result !== undefined) step['result'] = s.result;
      return step;
    });
    if (r.left?.length) out['left'] = r.left.map((l) => ({ platform: l.platform, parts: l.parts, note: l.note }));
    if (r.doneAt !== undefined) out['done_at'] = r.doneAt;
    return out;
  });
}

function approvalToYaml(a: RevisionApproval): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (a.pull !== undefined) out['pull'] = a.pull;
  if (a.head !== undefined) out['head'] = a.head;
  if (a.checkRun !== undefined) out['check_run'] = a.checkRun;
  if (a.approvers !== undefined) out['approvers'] = a.approvers;
  return out;
}

const KINDS = ['correction', 'retraction'];
const ACTIONS = ['edit', 'delete', 'reply'];
const RESULTS = ['edited', 'deleted', 'gone', 'unchanged'];

/** Reads `revisions:`; returns what is wrong (with its path) or the list. */
export function revisionsFromYaml(raw: unknown): LedgerRevision[] | string {
  if (!Array.isArray(raw)) return 'revisions: expected a list';
  const out: LedgerRevision[] = [];
  for (const [i, item] of raw.entries()) {
    const at = `revisions.${i}`;
    const r = item as Record<string, unknown> | null;
    if (typeof r !== 'object' || r === null) return `${at}: expected a mapping`;
    if (!KINDS.includes(r['kind'] as string)) return `${at}.kind: expected correction or retraction`;
    for (const key of ['content', 'previous', 'at']) if (!text(r[key])) return `${at}.${key}: expected a string`;
    if (!Array.isArray(r['steps'])) return `${at}.steps: expected a list`;
    const revision: LedgerRevision = {
      kind: r['kind'] as LedgerRevision['kind'],
      content: String(r['content']),
      previous: String(r['previous']),
      run: String(r['run'] ?? ''),
      at: String(r['at']),
      steps: [],
    };
    if (r['reason'] !== undefined) revision.reason = String(r['reason']);
    if (r['done_at'] !== undefined) revision.doneAt = String(r['done_at']);
    if (r['approval'] !== undefined) {
      const a = r['approval'] as Record<string, unknown> | null;
      if (typeof a !== 'object' || a === null) return `${at}.approval: expected a mapping`;
      const approval: RevisionApproval = {};
      if (a['pull'] !== undefined) approval.pull = Number(a['pull']);
      if (a['head'] !== undefined) approval.head = String(a['head']);
      if (a['check_run'] !== undefined) approval.checkRun = Number(a['check_run']);
      if (Array.isArray(a['approvers'])) approval.approvers = a['approvers'].map(String);
      revision.approval = approval;
    }
    for (const [j, rawStep] of (r['steps'] as unknown[]).entries()) {
      const where = `${at}.steps.${j}`;
      const s = rawStep as Record<string, unknown> | null;
      if (typeof s !== 'object' || s === null) return `${where}: expected a mapping`;
      if (!isPlatform(s['platform'])) return `${where}.platform: unknown platform`;
      if (!Number.isInteger(s['part']) || (s['part'] as number) < 0) return `${where}.part: expected a part number ≥ 0`;
      if (!ACTIONS.includes(s['action'] as string)) return `${where}.action: expected edit, delete or reply`;
      if (s['state'] !== 'intent' && s['state'] !== 'done') return `${where}.state: expected "intent" or "done"`;
      if (s['result'] !== undefined && !RESULTS.includes(s['result'] as string)) return `${where}.result: expected ${RESULTS.join(', ')}`;
      const step: RevisionStep = {
        platform: s['platform'] as PlatformId,
        part: s['part'] as number,
        action: s['action'] as RevisionStep['action'],
        state: s['state'] as RevisionStep['state'],
        run: String(s['run'] ?? ''),
        at: String(s['at'] ?? ''),
      };
      if (s['digest'] !== undefined) step.digest = String(s['digest']);
      if (s['done_at'] !== undefined) step.doneAt = String(s['done_at']);
      if (s['result'] !== undefined) step.result = s['result'] as RevisionStep['result'];
      revision.steps.push(step);
    }
    if (r['left'] !== undefined) {
      if (!Array.isArray(r['left'])) return `${at}.left: expected a list`;
      const left: NonNullable<LedgerRevision['left']> = [];
      for (const [j, l] of (r['left'] as Record<string, unknown>[]).entries()) {
        if (typeof l !== 'object' || l === null || !isPlatform(l['platform'])) return `${at}.left.${j}: expected { platform, parts, note }`;
        left.push({
          platform: l['platform'] as PlatformId,
          parts: Array.isArray(l['parts']) ? l['parts'].map(Number) : [],
          note: String(l['note'] ?? ''),
        });
      }
      revision.left = left;
    }
    out.push(revision);
  }
  return out;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '') || typeof value === 'number';
const isPlatform = (value: unknown) => (PLATFORM_IDS as readonly unknown[]).includes(value);
