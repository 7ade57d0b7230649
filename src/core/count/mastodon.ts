// Mastodon's StatusLengthValidator: grapheme clusters of spoiler_text + the text with each URL
// counted as 23 (or the server's characters_reserved_per_url) and each `@user@domain` as `@user`.
// A blank text counts nothing.
import type { Count, PlatformLimits } from '../types.ts';
import { graphemeCount, graphemeStart } from './graphemes.ts';
import { mastodonEntities } from './mastodon-entities.ts';

export function countMastodon(text: string, limits: Required<PlatformLimits>, contentWarning = '', urlLength?: number): Count {
  const limit = limits.characters;
  const warning = graphemeCount(contentWarning);
  if (/^\s*$/u.test(text)) return over({ used: warning, limit }, 0, warning);
  const entities = mastodonEntities(text, urlLength);
  let countable = '';
  let from = 0;
  for (const entity of entities) {
    countable += text.slice(from, entity.start) + 'x'.repeat(entity.countsAs);
    from = entity.end;
  }
  countable += text.slice(from);
  const used = graphemeCount(contentWarning + countable);
  const count: Count = { used, limit };
  if (used <= limit) return count;
  return over(count, overflowInText(text, entities, limit - warning), warning);
}

function over(count: Count, at: number, warning: number): Count {
  if (count.used > count.limit) count.overflowAt = warning > count.limit ? 0 : at;
  return count;
}

/** First UTF-16 index of `text` past `budget`, walking plain spans by grapheme and entities whole. */
function overflowInText(text: string, entities: { start: number; end: number; countsAs: number }[], budget: number): number {
  let used = 0;
  let from = 0;
  const spans = [...entities, { start: text.length, end: text.length, countsAs: 0 }];
  for (const entity of spans) {
    const plain = text.slice(from, entity.start);
    const plainCount = graphemeCount(plain);
    if (used + plainCount > budget) return from + graphemeStart(plain, Math.max(0, budget - used));
    used += plainCount;
    if (used + entity.countsAs > budget) return entity.start;
    used += entity.countsAs;
    from = entity.end;
  }
  return text.length;
}
