// Mastodon through masto.js (over ctx.fetch): statuses with media, content warning, language,
// visibility, threads via in_reply_to_id, boosts, and an Idempotency-Key on every status create.
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
  let limits: Promise<PlatformLimits> | undefined;
  const client = (ctx: AdapterContext) => mastodonClient(server, token, ctx);

  async function uploadMedia(part: RenderedPart, ctx: AdapterContext): Promise<string[]> {
    if (part.media.length === 0) return [];
    const serverLimits = await (limits ??= readMastodonLimits(server, token, ctx));
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

  async function resolveStatusId(url: string, ctx: AdapterContext): Promise<string> {
    const found = await client(ctx).v2.search.list({ q: url, type: 'statuses', resolve: true, limit: 1 });
    const status = found.statuses[0];
    if (!status) {
      throw new PlatformError('mastodon', `cannot find the status ${url} from ${server}`, {
        hint: 'Check the URL in replyTo / quote / repost; the post must be public.',
      });
    }
    return status.id;
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
      // Mastodon keeps Idempotency-Key for an hour: a retry with the same key returns the same status.
      const status = await client(ctx).v1.statuses.create(
        {
          status: part.text,
          mediaIds,
          inReplyToId,
          quotedStatusId,
          spoilerText: rendition.contentWarning,
          sensitive: rendition.contentWarning ? true : undefined,
          language: rendition.language,
          visibility: rendition.visibility,
        },
        { requestInit: { headers: { 'Idempotency-Key': request.key } } },
      );
      return livePart(request.index, status);
    },

    async findPart(request, ctx) {
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
  const { rendition, part, index } = request;
  const uploads = part.media.map((media) => ({
    method: 'POST',
    url: `${server}/api/v2/media`,
    body: { file: describeMedia(media), description: media.alt },
  }));
  const inReplyTo = request.parent?.id ?? (index > 0 ? `<id of part ${index}>` : rendition.replyTo ? `<status ${rendition.replyTo}>` : undefined);
  const status = {
    status: part.text,
    media_ids: part.media.map((_, i) => `<media ${i + 1}>`),
    in_reply_to_id: inReplyTo,
    quoted_status_id: index === 0 && rendition.quote ? `<status ${rendition.quote}>` : undefined,
    spoiler_text: rendition.contentWarning,
    sensitive: rendition.contentWarning ? true : undefined,
    language: rendition.language,
    visibility: rendition.visibility,
    idempotency_key: request.key,
  };
  return [...uploads, { method: 'POST', url: `${server}/api/v1/statuses`, body: status }];
}

/** The instance's own limits (GET /api/v2/instance, configuration.*), for counting and checks. */
export async function readMastodonLimits(server: string, token: string, ctx: AdapterContext): Promise<PlatformLimits> {
  const instance = await mastodonClient(server, token, ctx).v2.instance.fetch();
  const { statuses, mediaAttachments } = instance.configuration;
  return {
    characters: statuses.maxCharacters,
    media: statuses.maxMediaAttachments,
    altText: (mediaAttachments as { descriptionLimit?: number }).descriptionLimit ?? 1500,
  };
}
