// Reading the account's own posts back: to recover a part an interrupted run already published
// (exact text and the same reply target), to recover a repost, and to turn a post URL into a media
// id. The API can list only the account's own posts (GET /me/threads: top-level posts and reposts;
// GET /me/replies: its replies), so a URL resolves only when it is one of the account's posts.
import { PlatformError } from '../../core/errors.ts';
import type { AdapterContext } from '../types.ts';
import type { ThreadsApi } from './api.ts';

export interface ListedPost {
  id: string;
  text?: string;
  permalink?: string;
  media_type?: string;
  is_reply?: boolean;
  replied_to?: { id: string };
  reposted_post?: { id: string };
}

const POST_FIELDS = 'id,text,permalink,timestamp,media_type,is_reply';
const REPLY_FIELDS = `${POST_FIELDS},replied_to`;
const REPOST_FIELDS = `${POST_FIELDS},reposted_post`;

/** The shortcode of a Threads post URL (threads.net or threads.com, `/@user/post/CODE`). */
export function shortcodeOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (!/(^|\.)threads\.(net|com)$/.test(parsed.hostname)) return undefined;
    return /\/post\/([\w-]+)\/?$/.exec(parsed.pathname)?.[1];
  } catch {
    return undefined;
  }
}

/** Media id of one of the account's own posts or replies, found by its URL. */
export async function resolvePost(api: ThreadsApi, ctx: AdapterContext, url: string, purpose: string): Promise<string> {
  const code = shortcodeOf(url);
  if (!code) {
    throw new PlatformError('threads', `${url} is not a Threads post URL (expected https://www.threads.net/@user/post/CODE) in ${purpose}`);
  }
  const matches = (post: ListedPost) => post.permalink !== undefined && shortcodeOf(post.permalink) === code;
  const found = (await api.find(ctx, 'me/threads', POST_FIELDS, matches)) ?? (await api.find(ctx, 'me/replies', REPLY_FIELDS, matches));
  if (!found) {
    throw new PlatformError('threads', `cannot find ${url} (${purpose}) among this account's recent posts`, {
      hint: "The Threads API turns a URL into a post id only for the account's own recent posts. Reply to, quote or repost one of those, or do it by hand in the Threads app.",
    });
  }
  return found.id;
}

/** A post or reply by this account with exactly this text and reply target (none for a top-level post). */
export async function findPublished(
  api: ThreadsApi,
  ctx: AdapterContext,
  text: string,
  replyTo: string | undefined,
): Promise<ListedPost | undefined> {
  const sameText = (post: ListedPost) => (post.text ?? '') === text;
  if (replyTo === undefined) {
    return api.find<ListedPost>(
      ctx,
      'me/threads',
      POST_FIELDS,
      (post) => post.media_type !== 'REPOST_FACADE' && post.is_reply !== true && sameText(post),
    );
  }
  return api.find<ListedPost>(ctx, 'me/replies', REPLY_FIELDS, (post) => post.replied_to?.id === replyTo && sameText(post));
}

/** This account's repost of a post, if it already made one. */
export async function findRepost(api: ThreadsApi, ctx: AdapterContext, original: string): Promise<ListedPost | undefined> {
  return api.find<ListedPost>(
    ctx,
    'me/threads',
    REPOST_FIELDS,
    (post) => post.media_type === 'REPOST_FACADE' && post.reposted_post?.id === original,
  );
}
