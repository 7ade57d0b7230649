// Which feed entries become draft posts, and the post file each one becomes. Pure.
import { slugify } from '../slug.ts';
import type { FeedConfig } from '../types.ts';
import type { FeedEntry } from './types.ts';

const TEMPLATE_FIELDS = ['title', 'url', 'summary', 'feed'] as const;
/** Seen ids kept per feed: enough to cover any feed's window, bounded so the state file stays small. */
const SEEN_LIMIT = 1000;

interface Selection {
  /** Entries to turn into drafts now, oldest first. */
  drafts: FeedEntry[];
  /** The feed's seen ids after this run (newest first). */
  seen: string[];
}

/**
 * `seen` undefined means the feed was never read: only the newest `limit` entries become drafts and the
 * rest count as seen (no flood of old news). Later runs draft at most `limit` unseen entries, oldest first,
 * and leave the others unseen for the next run, so nothing is lost.
 */
export function selectEntries(entries: FeedEntry[], seen: string[] | undefined, limit: number): Selection {
  const newestFirst = [...entries].sort(byNewest);
  const known = new Set(seen ?? []);
  const unseen = newestFirst.filter((e) => !known.has(e.id));
  const chosen = seen === undefined ? unseen.slice(0, limit) : unseen.slice(-limit);
  const marked = seen === undefined ? unseen.map((e) => e.id) : chosen.map((e) => e.id);
  return {
    drafts: [...chosen].reverse(),
    seen: [...new Set([...marked, ...(seen ?? [])])].slice(0, SEEN_LIMIT),
  };
}

export function templateProblems(template: string): string[] {
  const fields = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  return fields
    .filter((f) => !(TEMPLATE_FIELDS as readonly string[]).includes(f))
    .map((f) => `unknown placeholder {${f}}: use ${TEMPLATE_FIELDS.map((t) => `{${t}}`).join(', ')}`);
}

interface DraftFile {
  path: string;
  content: string;
}

export function draftPost(entry: FeedEntry, feed: FeedConfig, today: string): DraftFile {
  const values: Record<string, string> = { title: entry.title, url: entry.url, summary: entry.summary ?? '', feed: feed.name };
  const body = feed.template.replace(/\{(\w+)\}/g, (match, field: string) => values[field] ?? match).trim();
  const date = (entry.published ?? today).slice(0, 10);
  const slug = slugify(entry.title) || slugify(entry.url) || 'news';
  const front = [`# drafted from the feed "${yamlComment(feed.name)}", entry ${yamlComment(entry.id)}`];
  const language = entry.language ?? feed.language;
  if (language) front.push(`language: ${JSON.stringify(language)}`);
  if (feed.platforms?.length) front.push(`platforms: [${feed.platforms.join(', ')}]`);
  return { path: `posts/${date}-${slug}.md`, content: `---\n${front.join('\n')}\n---\n${body}\n` };
}

function byNewest(a: FeedEntry, b: FeedEntry): number {
  return (b.published ?? '').localeCompare(a.published ?? '');
}

function yamlComment(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
