// Bluesky's post record: text at most 300 graphemes (maxGraphemes) and 3000 UTF-8 bytes (maxLength).
import type { Count, PlatformLimits } from '../types.ts';
import { graphemeCount, graphemeStart, utf8Length, utf8OverflowAt } from './graphemes.ts';

export function countBluesky(text: string, limits: Required<PlatformLimits>): Count {
  const used = graphemeCount(text);
  const count: Count = { used, limit: limits.characters };
  const overAt: number[] = [];
  if (used > limits.characters) overAt.push(graphemeStart(text, limits.characters));
  if (Number.isFinite(limits.bytes)) {
    count.bytes = { used: utf8Length(text), limit: limits.bytes };
    const byteOver = utf8OverflowAt(text, limits.bytes);
    if (byteOver !== undefined) overAt.push(byteOver);
  }
  if (overAt.length > 0) count.overflowAt = Math.min(...overAt);
  return count;
}
