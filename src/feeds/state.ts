// Feed state lives beside the publication ledger, on the herald/ledger branch: published/feeds/<feed>.json.
import { slugify } from '../core/slug.ts';

export interface FeedState {
  url: string;
  /** Entry ids already turned into drafts or skipped, newest first. */
  seen: string[];
}

export function feedStatePath(feedName: string): string {
  return `published/feeds/${slugify(feedName) || 'feed'}.json`;
}

export function parseFeedState(text: string, path: string): FeedState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message}); fix or delete the file to start the feed afresh`, {
      cause: error,
    });
  }
  const record = value as Partial<FeedState>;
  if (typeof record?.url !== 'string' || !Array.isArray(record.seen) || !record.seen.every((id) => typeof id === 'string')) {
    throw new Error(`${path}: expected {"url": "...", "seen": ["entry id", ...]}`);
  }
  return { url: record.url, seen: record.seen };
}

export function serialiseFeedState(state: FeedState): string {
  return JSON.stringify(state, null, 2) + '\n';
}
