// What a dry run says a correction or retraction would do, per platform and part. Pure.
import { findPart } from '../core/ledger/record.ts';
import type { PostPlan } from '../core/plan/types.ts';

export function describeRevision(post: Extract<PostPlan, { status: 'correct' | 'retract' }>): string[] {
  const url = (platform: Parameters<typeof findPart>[1], index: number) =>
    findPart(post.ledger, platform, index)?.url ?? `part ${index + 1}`;
  const lines = [`${post.file}: ${post.status === 'correct' ? 'correction' : `retraction (${post.reason})`}`];
  if (post.status === 'retract') {
    for (const t of post.targets) for (const d of t.deletes) lines.push(`  ${t.platform}: delete ${url(t.platform, d.index)}`);
    for (const b of post.byHand) lines.push(`  ${b.platform}: delete by hand ${b.urls.join(' ')} (${b.note})`);
    return lines;
  }
  for (const t of post.targets) {
    if (t.action === 'leave') lines.push(`  ${t.platform}: ${t.note}`);
    for (const e of t.edits)
      lines.push(`  ${t.platform}: edit ${url(t.platform, e.index)} to ${JSON.stringify(t.rendition.parts[e.index]?.text ?? '')}`);
    for (const p of t.append?.parts ?? [])
      lines.push(
        `  ${t.platform}: ${t.action === 'reply' ? 'correction reply' : `new part ${p.index + 1}`} ${JSON.stringify(t.rendition.parts[p.index]?.text ?? '')}`,
      );
    for (const r of t.removed) lines.push(`  ${t.platform}: ${url(t.platform, r)} is not in the corrected post: left as it is`);
  }
  for (const s of post.skipped) lines.push(`  ${s.platform}: skipped (${s.reason})`);
  return lines;
}
