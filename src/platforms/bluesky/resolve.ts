// Turning what a post file names (a bsky.app URL or at:// URI) into the strong refs a record needs,
// and the handles of mentions into DIDs.
import { PlatformError } from '../../core/errors.ts';
import type { Facet } from '../../core/types.ts';
import type { AdapterContext } from '../types.ts';
import { isNotFound, toPlatformError, type Session } from './client.ts';
import type { ReplyRefs, StrongRef } from './records.ts';
import { mentionHandle } from './records.ts';
import { parsePostAddress, POST_COLLECTION } from './refs.ts';

export interface ResolvedPost extends StrongRef {
  /** The thread root of the post: itself when it is not a reply. */
  root: StrongRef;
}

export async function resolveDid(session: Session, actor: string): Promise<string> {
  if (actor.startsWith('did:')) return actor;
  const answer = await session.agent.com.atproto.identity.resolveHandle({ handle: actor });
  return answer.data.did;
}

/** Looks up a post by its URL; `field` names where the post file asked for it (reply_to, quote, repost). */
export async function resolvePost(session: Session, address: string, field: string): Promise<ResolvedPost> {
  const { actor, rkey } = parsePostAddress(address, field);
  try {
    const did = await resolveDid(session, actor);
    const answer = await session.agent.com.atproto.repo.getRecord({ repo: did, collection: POST_COLLECTION, rkey });
    const cid = answer.data.cid;
    if (!cid) throw new PlatformError('bluesky', `${field}: ${address} came back without a cid`);
    const self = { uri: answer.data.uri, cid };
    const reply = (answer.data.value as { reply?: ReplyRefs }).reply;
    const root = reply?.root ? { uri: reply.root.uri, cid: reply.root.cid } : self;
    return { ...self, root };
  } catch (error) {
    if (isNotFound(error)) {
      throw new PlatformError('bluesky', `${field}: no post at ${address}`, {
        cause: error,
        hint: 'Check the link: the post may have been deleted, or the URL mistyped.',
      });
    }
    throw toPlatformError(error, `${field}: looking up ${address}`);
  }
}

/** handle → DID for every mention; a handle that does not resolve is logged and left as plain text. */
export async function resolveMentions(facets: Facet[], where: string, session: Session, ctx: AdapterContext): Promise<Map<string, string>> {
  const dids = new Map<string, string>();
  for (const facet of facets) {
    if (facet.kind !== 'mention') continue;
    const handle = mentionHandle(facet);
    if (handle.startsWith('did:') || dids.has(handle)) continue;
    try {
      dids.set(handle, await resolveDid(session, handle));
    } catch (error) {
      ctx.log(
        `bluesky: ${where}: @${handle} is not a known handle, left as plain text (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  return dids;
}
