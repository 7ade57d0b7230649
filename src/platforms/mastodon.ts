// Mastodon through masto.js (over ctx.fetch): statuses with media, content warning, language,
// visibility, threads via in_reply_to_id, quotes (checked in the answer), boosts, and an
// Idempotency-Key on every status create. Servers that advertise statuses.supported_mime_types
// (Mastodon-API servers such as GoToSocial and Akkoma, which may render markdown) get content_type
// text/plain; Mastodon itself takes plain text only and advertises none.
import type { mastodon } from 'masto';
import { PlatformError } from '../core/errors.ts';
import type { PlatformConfig, PlatformLimits, RenderedPart } from '../core/types.ts';
import { requireCredentials, requireServer } from './credentials.ts';
import { mastodonClient } from './mastodon-client.ts';
import { describeMedia, readMediaFile } from './media.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest, PlatformAdapter } from './types.ts';

/** Media processing wait: poll this often, at most this many times. */
const POLL_INTERVAL_MS = 500;
const POLL_ATTEMPTS = 120;
const RECENT_STATUSES = 40;

export const createMastodonAdapter: AdapterFactory = (config: PlatformConfig, env) => {
  const server = requireServer('mastodon', config.server);
  const token = requireCredentials('mastodon', env).MASTODON_ACCESS_TOKEN!;
  let instance: Promise<MastodonInstance> | undefined;
  const client = (ctx: AdapterContext) => mastodonClient(server, token, ctx);
  const readInstance = (ctx: AdapterContext) => (instance ??= readMastodonInstance(server, token, ctx));

  async function uploadMedia(part: RenderedPart, ctx: AdapterContext): Promise<string[]> {
    if (part.media.length === 0) return [];
    const serverLimits = (await readInstance(ctx)).limits;
    if (serverLimits.media !== undefined && part.media.length > serverLimits.media) {
      throw new PlatformError('mastodon', `${part.media.length} media in one status; ${server} allows ${serverLimits.media}`, {
        hint: 'Split the media over more thread parts.',
      });
    }
    const ids: string[] = [];
    for (const media of part.media) {
      const file = await readMediaFile(media, ctx);
      // Processing may be asynchronous: 202 with url null, then GET /api/v1/media/:id until url is set.
      let attachment = await client(ctx).v2.media.create({ file: file.blob, description: media.alt });
      for (let attempt = 0; !attachment.url; attempt += 1) {
        if (attempt >= POLL_ATTEMPTS) {
          throw new PlatformError('mastodon', `media ${media.path} still processing after ${(POLL_ATTEMPTS * POLL_INTERVAL_MS) / 1000}s`, {
            retryable: true,
          });
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
        attachment = await client(ctx).v1.media.$select(attachment.id).fetch();
      }
      ids.push(attachment.id);
    }
    return ids;
  }

  async function resolveStatus(url: string, ctx: AdapterContext): Promise<mastodon.v1.Status> {
    let found: mastodon.v2.Search;
    try {
      // (masto's list answers a paginator: awaitable, without .catch)
      found = await client(ctx).v2.search.list({ q: url, type: 'statuses', resolve: true, limit: 1 });
    } catch (error) {
      // Looking a post up by URL (resolve=true) needs the read:search scope, which a posting token may lack.
      if (error instanceof PlatformError && error.status === 403) {
        throw new PlatformError('mastodon', `${error.message} (looking up ${url})`, {
          status: 403,
          cause: error,
          hint: 'Reply, quote and repost by URL need the read:search scope on the Mastodon token (docs/credentials.md).',
        });
      }
      throw error;
    }
    const status = found.statuses[0];
    if (!status) {
      throw new PlatformError('mastodon', `cannot find the status ${url} from ${server}`, {
        hint: 'Check the URL in replyTo / quote / repost; the post must be public.',
      });
    }
    return status;
  }
  const resolveStatusId = async (url: string, ctx: AdapterContext) => (await resolveStatus(url, ctx)).id;

  /** A server without quote posts ignores quoted_status_id and publishes a plain post: take it back and say so. */
  async function requireQuoted(status: mastodon.v1.Status, quotedId: string, url: string, ctx: AdapterContext): Promise<void> {
    const quote = status.quote as
      { state?: string; quotedStatus?: { id: string } | null; quotedStatusId?: string | null } | null | undefined;
    const target = quote?.quotedStatus?.id ?? quote?.quotedStatusId;
    if (quote && target === quotedId && (quote.state === 'accepted' || quote.state === 'pending')) return;
    await client(ctx)
      .v1.statuses.$select(status.id)
      .remove()
      .catch(() => undefined);
    const why = quote
      ? `the quote of ${url} came back ${quote.state ?? 'without a state'}`
      : `${server} published it without the quote (the server ignored quoted_status_id)`;
    throw new PlatformError('mastodon', `${why}; the unquoted status was deleted`, {
      hint: 'The server may not support quote posts (Mastodon 4.5+), or the quoted author does not allow quotes. Remove `quote` or link the post in the text.',
    });
  }

  async function replyTarget(request: PartRequest, ctx: AdapterContext): Promise<string | undefined> {
    if (request.parent) return request.parent.id;
    return request.rendition.replyTo ? resolveStatusId(request.rendition.replyTo, ctx) : undefined;
  }

  const adapter: PlatformAdapter = {
    id: 'mastodon',

    async publishPart(request, ctx) {
      const { rendition, part } = request;
      const mediaIds = await uploadMedia(part, ctx);
      const inReplyToId = await replyTarget(request, ctx);
      const quotedStatusId = request.index === 0 && rendition.quote ? await resolveStatusId(rendition.quote, ctx) : undefined;
      const { plainText } = await readInstance(ctx);
      // Mastodon keeps Idempotency-Key for an hour: a retry with the same key returns the same status.
      const status = await client(ctx).v1.statuses.create(
        {
          // An empty `status` is refused even with media by some servers: an image-only part leaves it out.
          ...(part.text === '' ? {} : { status: part.text }),
          ...(plainText ? { contentType: 'text/plain' } : {}),
          mediaIds,
          ...(request.index === 0 && rendition.poll
            ? { poll: { options: rendition.poll.options, expiresIn: rendition.poll.hours * 3600, multiple: rendition.poll.multiple } }
            : {}),
          inReplyToId,
          quotedStatusId,
          spoilerText: rendition.contentWarning,
          sensitive: rendition.contentWarning ? true : undefined,
          language: rendition.language,
          visibility: rendition.visibility,
        } as mastodon.rest.v1.CreateStatusParams, // (masto's types allow no poll next to mediaIds; the rule poll-support keeps media out)
        { requestInit: { headers: { 'Idempotency-Key': request.key } } },
      );
      if (quotedStatusId) await requireQuoted(status, quotedStatusId, rendition.quote!, ctx);
      return livePart(request.index, status);
    },

    async findPart(request, ctx) {
      // A boost has no text of its own: it is found by the target's `reblogged` (by this account), never by text.
      if (request.rendition.repost) {
        const target = await resolveStatus(request.rendition.repost, ctx);
        return target.reblogged ? livePart(0, target) : undefined;
      }
      const me = await client(ctx).v1.accounts.verifyCredentials();
      const recent = await client(ctx).v1.accounts.$select(me.id).statuses.list({ limit: RECENT_STATUSES, excludeReblogs: true });
      const inReplyTo = request.parent?.id ?? (request.rendition.replyTo ? await resolveStatusId(request.rendition.replyTo, ctx) : null);
      for (const status of recent) {
        if ((status.inReplyToId ?? null) !== inReplyTo) continue;
        // Listings carry rendered HTML; the source endpoint gives back the text we sent.
        const source = await client(ctx).v1.statuses.$select(status.id).source.fetch();
        if (source.text === request.part.text) return livePart(request.index, status);
      }
      return undefined;
    },

    // PUT /api/v1/statuses/:id replaces the text; Mastodon drops what the edit leaves out (media,
    // content warning), so the status's own media ids are sent back with it. The text is read back first
    // (GET .../source): a part whose text did not change, or an edit a crashed run already sent, is not
    // edited again (each edit shows as a revision on Mastodon).
    async editPart(request, ctx) {
      const status = client(ctx).v1.statuses.$select(request.live.id);
      if ((await status.source.fetch()).text === request.part.text) return 'unchanged';
      const current = await status.fetch();
      const { plainText } = await readInstance(ctx);
      await status.update({
        status: request.part.text,
        ...(plainText ? { contentType: 'text/plain' } : {}),
        mediaIds: current.mediaAttachments.map((m) => m.id),
        spoilerText: request.rendition.contentWarning ?? '',
        sensitive: request.rendition.contentWarning ? true : current.sensitive,
        language: request.rendition.language,
      } as mastodon.rest.v1.UpdateStatusParams);
      return 'edited';
    },

    async deletePart(live, ctx) {
      try {
        await client(ctx).v1.statuses.$select(live.id).remove();
        return 'deleted';
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return 'gone';
        throw error;
      }
    },

    async repost(url, _key, ctx) {
      const id = await resolveStatusId(url, ctx);
      const boost = await client(ctx).v1.statuses.$select(id).reblog();
      return livePart(0, boost.reblog ?? boost);
    },

    describe(request) {
      return describeMastodon(server, request);
    },

    async metrics(live, ctx) {
      const status = await client(ctx).v1.statuses.$select(live.id).fetch();
      return { likes: status.favouritesCount, reposts: status.reblogsCount, replies: status.repliesCount };
    },

    async followers(ctx) {
      return (await client(ctx).v1.accounts.verifyCredentials()).followersCount;
    },
  };
  return adapter;
};

function livePart(index: number, status: mastodon.v1.Status): LivePart {
  return { index, id: status.id, url: status.url ?? status.uri };
}

function describeMastodon(server: string, request: PartRequest): PlannedRequest[] {
  if (request.rendition.repost) {
    return [{ method: 'POST', url: `${server}/api/v1/statuses/<status ${request.rendition.repost}>/reblog` }];
  }
  const { rendition, part, index } = request;
  const uploads = part.media.map((media) => ({
    method: 'POST',
    url: `${server}/api/v2/media`,
    body: { file: describeMedia(media), description: media.alt },
  }));
  const inReplyTo =
    request.parent?.id ?? (index > 0 ? `<id of part ${index}>` : rendition.replyTo ? `<status ${rendition.replyTo}>` : undefined);
  const status = {
    status: part.text === '' ? undefined : part.text,
    media_ids: part.media.map((_, i) => `<media ${i + 1}>`),
    in_reply_to_id: inReplyTo,
    quoted_status_id: index === 0 && rendition.quote ? `<status ${rendition.quote}>` : undefined,
    poll:
      index === 0 && rendition.poll
        ? { options: rendition.poll.options, expires_in: rendition.poll.hours * 3600, multiple: rendition.poll.multiple }
        : undefined,
    spoiler_text: rendition.contentWarning,
    sensitive: rendition.contentWarning ? true : undefined,
    language: rendition.language,
    visibility: rendition.visibility,
    idempotency_key: request.key,
  };
  return [...uploads, { method: 'POST', url: `${server}/api/v1/statuses`, body: status }];
}

export interface MastodonInstance {
  limits: PlatformLimits;
  /** The server takes content_type and lists text/plain (statuses.supported_mime_types). */
  plainText: boolean;
}

/** The instance's own limits and formats (GET /api/v2/instance, configuration.*), for publishing. */
export async function readMastodonInstance(server: string, token: string, ctx: AdapterContext): Promise<MastodonInstance> {
  const instance = await mastodonClient(server, token, ctx).v2.instance.fetch();
  const { statuses, mediaAttachments } = instance.configuration;
  const types = (statuses as { supportedMimeTypes?: unknown }).supportedMimeTypes;
  return {
    limits: {
      characters: statuses.maxCharacters,
      media: statuses.maxMediaAttachments,
      altText: (mediaAttachments as { descriptionLimit?: number }).descriptionLimit ?? 1500,
    },
    plainText: Array.isArray(types) && types.includes('text/plain'),
  };
}
