// Where a Bluesky post lives: parsing the URLs a post file may name (reply_to, quote, repost) and
// building the public URL of a post Herald wrote.
import { PlatformError } from '../../core/errors.ts';

export const POST_COLLECTION = 'app.bsky.feed.post';
export const REPOST_COLLECTION = 'app.bsky.feed.repost';
export const WEB_URL = 'https://bsky.app';

export interface PostAddress {
  /** A handle or a DID. */
  actor: string;
  rkey: string;
}

/** Accepts https://bsky.app/profile/<handle|did>/post/<rkey> and at://<handle|did>/app.bsky.feed.post/<rkey>. */
export function parsePostAddress(text: string, where: string): PostAddress {
  const trimmed = text.trim();
  const atUri = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/.exec(trimmed);
  if (atUri) return { actor: decodeURIComponent(atUri[1]!), rkey: atUri[2]! };
  let url: URL | undefined;
  try {
    url = new URL(trimmed);
  } catch {
    url = undefined;
  }
  const web = url && /^\/profile\/([^/]+)\/post\/([^/]+)\/?$/.exec(url.pathname);
  if (url && web && (url.hostname === 'bsky.app' || url.hostname.endsWith('.bsky.app'))) {
    return { actor: decodeURIComponent(web[1]!), rkey: web[2]! };
  }
  throw new PlatformError('bluesky', `${where}: "${text}" is not a Bluesky post address`, {
    hint: "Use the post's link, like https://bsky.app/profile/alice.bsky.social/post/3kq..., or its at:// URI.",
  });
}

export function postUrl(did: string, rkey: string): string {
  return `${WEB_URL}/profile/${did}/post/${rkey}`;
}

export function atUri(did: string, collection: string, rkey: string): string {
  return `at://${did}/${collection}/${rkey}`;
}

/** did and rkey of an at:// URI Herald itself produced. */
export function splitAtUri(uri: string): { did: string; collection: string; rkey: string } {
  const match = /^at:\/\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(uri);
  if (!match) throw new PlatformError('bluesky', `"${uri}" is not an at:// record URI`);
  return { did: match[1]!, collection: match[2]!, rkey: match[3]! };
}
