// A news feed reduced to what a draft post needs.
export interface FeedEntry {
  /** The entry's stable id (guid / atom:id / JSON Feed id, else its link). */
  id: string;
  title: string;
  url: string;
  /** ISO 8601, when the feed gives one. */
  published?: string;
  summary?: string;
  language?: string;
}

export type FeedResult =
  { ok: true; kind: 'rss' | 'atom' | 'json'; language?: string; entries: FeedEntry[] } | { ok: false; error: string };
