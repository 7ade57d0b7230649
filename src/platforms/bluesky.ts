// The Bluesky adapter: posts are app.bsky.feed.post records written with createRecord at a record
// key derived from the part's key, so a retry finds the record instead of writing a second one.
import { requireCredentials } from './credentials.ts';
import type { PlatformConfig } from '../core/types.ts';
import type { AdapterContext, AdapterFactory, Engagement, LivePart, PartRequest, PlatformAdapter } from './types.ts';
import { BlueskyClient, isNotFound, toPlatformError, type Session } from './bluesky/client.ts';
import { describePart } from './bluesky/describe.ts';
import { buildLinkCard, type LinkCardDeps } from './bluesky/link-card.ts';
import { uploadImages } from './bluesky/media.ts';
import { buildPostRecord, linkCardTarget, type ReplyRefs, type StrongRef } from './bluesky/records.ts';
import { atUri, POST_COLLECTION, postUrl, REPOST_COLLECTION, splitAtUri } from './bluesky/refs.ts';
import { resolveMentions, resolvePost } from './bluesky/resolve.ts';
import { tidForKey } from './bluesky/tid.ts';
import { PlatformError } from '../core/errors.ts';

export const DEFAULT_SERVICE = 'https://bsky.social';

export interface BlueskyDeps extends LinkCardDeps {
  /** The clock for createdAt. */
  now?: () => Date;
}

export const createBlueskyAdapter: AdapterFactory = (config, env) => buildBlueskyAdapter(config, env, {});

export function buildBlueskyAdapter(config: PlatformConfig, env: Record<string, string | undefined>, deps: BlueskyDeps): PlatformAdapter {
  const secrets = requireCredentials('bluesky', env);
  const service = (config.server ?? DEFAULT_SERVICE).replace(/\/+$/, '');
  const client = new BlueskyClient(service, secrets.BLUESKY_IDENTIFIER!, secrets.BLUESKY_APP_PASSWORD!);
  const now = deps.now ?? (() => new Date());

  async function findPost(session: Session, rkey: string, collection = POST_COLLECTION) {
    try {
      const answer = await session.agent.com.atproto.repo.getRecord({ repo: session.did, collection, rkey });
      return answer.data;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw toPlatformError(error, `looking for ${atUri(session.did, collection, rkey)}`);
    }
  }

  function livePart(index: number, uri: string, cid: string, value: unknown): LivePart {
    const { did, rkey } = splitAtUri(uri);
    const root = (value as { reply?: ReplyRefs }).reply?.root ?? { uri, cid };
    return { index, id: uri, url: postUrl(did, rkey), ref: { cid, rootUri: root.uri, rootCid: root.cid } };
  }

  async function replyRefs(request: PartRequest, session: Session, where: string): Promise<ReplyRefs | undefined> {
    const parent = request.parent;
    if (request.index > 0 && parent?.ref?.cid) {
      const root: StrongRef =
        parent.ref.rootUri && parent.ref.rootCid
          ? { uri: parent.ref.rootUri, cid: parent.ref.rootCid }
          : { uri: request.root?.id ?? parent.id, cid: request.root?.ref?.cid ?? parent.ref.cid };
      return { root, parent: { uri: parent.id, cid: parent.ref.cid } };
    }
    if (request.index > 0) {
      throw new PlatformError('bluesky', `${where}: part ${request.index + 1} has no parent post to reply to`);
    }
    const replyTo = request.rendition.replyTo;
    if (!replyTo) return undefined;
    const target = await resolvePost(session, replyTo, `${request.rendition.file}: reply_to`);
    return { root: target.root, parent: { uri: target.uri, cid: target.cid } };
  }

  return {
    id: 'bluesky',

    async publishPart(request, ctx) {
      const { rendition, part, index } = request;
      const where = `${rendition.file} part ${index + 1}`;
      const session = await client.session(ctx);
      const rkey = tidForKey(request.key);
      const existing = await findPost(session, rkey);
      if (existing?.cid) {
        ctx.log(`bluesky: ${where} is already live at ${existing.uri}; not posting it again`);
        return livePart(index, existing.uri, existing.cid, existing.value);
      }
      const reply = await replyRefs(request, session, where);
      const quote = index === 0 && rendition.quote ? await resolvePost(session, rendition.quote, `${rendition.file}: quote`) : undefined;
      const images = await uploadImages(part, where, session, ctx);
      const cardUrl = linkCardTarget(rendition, index);
      // A card is optional: whatever goes wrong building it, the post goes out without one.
      const linkCard = cardUrl
        ? await buildLinkCard(cardUrl, where, session, ctx, deps).catch((error: unknown) => {
            ctx.log(`bluesky: ${where}: posting without a link card for ${cardUrl}: ${String(error)}`);
            return undefined;
          })
        : undefined;
      const mentionDids = await resolveMentions(part.facets, where, session, ctx);
      const record = buildPostRecord({
        part,
        rendition,
        createdAt: now().toISOString(),
        mentionDids,
        reply,
        images,
        quote: quote && { uri: quote.uri, cid: quote.cid },
        linkCard,
      });
      try {
        const created = await session.agent.com.atproto.repo.createRecord({ repo: session.did, collection: POST_COLLECTION, rkey, record });
        return livePart(index, created.data.uri, created.data.cid, record);
      } catch (error) {
        // A concurrent run may have written the same key in between: then that record is the part.
        const raced = await findPost(session, rkey).catch(() => undefined);
        if (raced?.cid) return livePart(index, raced.uri, raced.cid, raced.value);
        throw toPlatformError(error, `${where}: creating the post`);
      }
    },

    async findPart(request, ctx) {
      const session = await client.session(ctx);
      const found = await findPost(session, tidForKey(request.key));
      return found?.cid ? livePart(request.index, found.uri, found.cid, found.value) : undefined;
    },

    async repost(url, key, ctx) {
      const session = await client.session(ctx);
      const rkey = tidForKey(key);
      const subject = await resolvePost(session, url, 'repost');
      const { did, rkey: subjectKey } = splitAtUri(subject.uri);
      const live = (uri: string, cid: string): LivePart => ({ index: 0, id: uri, url: postUrl(did, subjectKey), ref: { cid } });
      const existing = await findPost(session, rkey, REPOST_COLLECTION);
      if (existing?.cid) return live(existing.uri, existing.cid);
      const record = { $type: REPOST_COLLECTION, subject: { uri: subject.uri, cid: subject.cid }, createdAt: now().toISOString() };
      try {
        const created = await session.agent.com.atproto.repo.createRecord({
          repo: session.did,
          collection: REPOST_COLLECTION,
          rkey,
          record,
        });
        return live(created.data.uri, created.data.cid);
      } catch (error) {
        const raced = await findPost(session, rkey, REPOST_COLLECTION).catch(() => undefined);
        if (raced?.cid) return live(raced.uri, raced.cid);
        throw toPlatformError(error, `reposting ${url}`);
      }
    },

    // com.atproto.repo.deleteRecord (no edit: core/corrections.ts). The record is looked up first, so a
    // part already gone (by hand, or by a run that crashed after deleting) reads as gone.
    async deletePart(live, ctx) {
      const session = await client.session(ctx);
      const { collection, rkey } = splitAtUri(live.id);
      if (!(await findPost(session, rkey, collection))) return 'gone';
      try {
        await session.agent.com.atproto.repo.deleteRecord({ repo: session.did, collection, rkey });
        return 'deleted';
      } catch (error) {
        throw toPlatformError(error, `deleting ${live.id}`);
      }
    },

    describe(request) {
      return describePart(request, { service, identifier: client.identifier, rkey: tidForKey(request.key) });
    },

    // Counts live in the AppView (app.bsky.feed.getPosts), not the PDS. Where none answers (a PDS
    // without an AppView, an outage), the counts stay unknown and the reason goes to the log.
    async metrics(live, ctx): Promise<Engagement> {
      try {
        const session = await client.session(ctx);
        const answer = await session.agent.app.bsky.feed.getPosts({ uris: [live.id] });
        const post = answer.data.posts[0];
        if (!post) {
          ctx.log(`bluesky: no engagement for ${live.url}: the AppView does not know the post (deleted?)`);
          return {};
        }
        return { likes: post.likeCount ?? 0, reposts: post.repostCount ?? 0, replies: post.replyCount ?? 0 };
      } catch (error) {
        ctx.log(`bluesky: no engagement for ${live.url}: ${toPlatformError(error, 'app.bsky.feed.getPosts').message}`);
        return {};
      }
    },

    async followers(ctx: AdapterContext) {
      const session = await client.session(ctx);
      try {
        const answer = await session.agent.app.bsky.actor.getProfile({ actor: session.did });
        return answer.data.followersCount ?? 0;
      } catch (error) {
        throw toPlatformError(error, `counting followers of ${client.identifier} (app.bsky.actor.getProfile, served by the AppView)`);
      }
    },
  };
}
