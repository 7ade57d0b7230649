// Instagram (a professional account: Business or Creator, linked to a Facebook Page) through the
// Instagram Graph API's content publishing: like Threads, a media container first
// (POST /{ig-user}/media with image_url, caption, alt_text; for 2-10 images one container per image
// with is_carousel_item, then a CAROUSEL container with their ids), then POST /{ig-user}/media_publish.
// Nothing is public before the publish; unpublished containers expire after 24 hours, so a crash
// before the publish costs nothing, and one after it is recovered by findPart reading the account's
// media back (same caption). Instagram fetches each image itself from a public URL
// (platforms.instagram.media_base_url + the repository path) and takes JPEG only. An account may
// publish 50 posts through the API per 24 hours: the quota is read first and a full one is refused.
import { HeraldError, PlatformError } from '../core/errors.ts';
import type { Media, PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { GRAPH_VERSION } from './facebook.ts';
import { graphApi } from './graph-api.ts';
import { mimeType } from './media.ts';
import { requireOption } from './options.ts';
import { publicUrl } from './threads/containers.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest, PlatformAdapter } from './types.ts';

const DEFAULT_SERVER = 'https://graph.facebook.com';
const CAROUSEL_MAX = 10;

export interface InstagramTiming {
  pollIntervalMs: number;
  pollAttempts: number;
}

export function instagramAdapterFactory(timing: InstagramTiming = { pollIntervalMs: 3000, pollAttempts: 60 }): AdapterFactory {
  return (config, env) => buildInstagramAdapter(config, requireCredentials('instagram', env).INSTAGRAM_ACCESS_TOKEN!, timing);
}

export const createInstagramAdapter: AdapterFactory = instagramAdapterFactory();

function buildInstagramAdapter(config: PlatformConfig, token: string, timing: InstagramTiming): PlatformAdapter {
  const user = requireOption('instagram', config, 'user', '"17841400000000000" (the Instagram professional account id)');
  const base = mediaBase(config);
  const api = graphApi(
    'instagram',
    `${(config.server ?? DEFAULT_SERVER).replace(/\/+$/, '')}/${GRAPH_VERSION}`,
    token,
    'INSTAGRAM_ACCESS_TOKEN',
  );

  const create = async (ctx: AdapterContext, form: Record<string, string | undefined>) =>
    (await api.call<{ id: string }>(ctx, { method: 'POST', path: `${user}/media`, form })).id;

  async function ready(ctx: AdapterContext, id: string, where: string): Promise<void> {
    for (let attempt = 0; attempt < timing.pollAttempts; attempt++) {
      const { status_code: status } = await api.call<{ status_code?: string }>(ctx, {
        method: 'GET',
        path: id,
        query: { fields: 'status_code' },
      });
      if (status === 'FINISHED') return;
      if (status === 'ERROR' || status === 'EXPIRED') {
        throw new PlatformError('instagram', `${where}: Instagram could not prepare the post (container ${status})`, {
          hint: 'Check that every image URL answers publicly with a JPEG.',
        });
      }
      if (attempt + 1 < timing.pollAttempts) await new Promise((resolve) => setTimeout(resolve, timing.pollIntervalMs));
    }
    throw new PlatformError('instagram', `${where}: the container was still being processed`, {
      retryable: true,
      hint: 'Nothing was published; a retry starts over.',
    });
  }

  async function requireQuota(ctx: AdapterContext, where: string): Promise<void> {
    const { data } = await api.call<{ data?: { quota_usage?: number; config?: { quota_total?: number } }[] }>(ctx, {
      method: 'GET',
      path: `${user}/content_publishing_limit`,
      query: { fields: 'quota_usage,config' },
    });
    const usage = data?.[0]?.quota_usage ?? 0;
    const total = data?.[0]?.config?.quota_total ?? 50;
    if (usage >= total) {
      throw new PlatformError('instagram', `${where}: the account has published ${usage} of its ${total} API posts in the last 24 hours`, {
        hint: 'Instagram allows 50 posts through the API per 24 hours; re-run the publish job tomorrow (herald publish --retry).',
      });
    }
  }

  const live = async (ctx: AdapterContext, id: string): Promise<LivePart> => {
    const { permalink } = await api.call<{ permalink?: string }>(ctx, { method: 'GET', path: id, query: { fields: 'permalink' } });
    return { index: 0, id, url: permalink ?? `https://www.instagram.com/` };
  };

  const adapter: PlatformAdapter = {
    id: 'instagram',

    async publishPart(request, ctx) {
      const where = request.rendition.file;
      const images = imagesOf(request, base);
      await requireQuota(ctx, where);
      const caption = request.part.text || undefined;
      let container: string;
      if (images.length === 1) {
        container = await create(ctx, { image_url: images[0]!.url, caption, alt_text: images[0]!.alt || undefined });
      } else {
        const children: string[] = [];
        for (const image of images)
          children.push(await create(ctx, { image_url: image.url, is_carousel_item: 'true', alt_text: image.alt || undefined }));
        for (const child of children) await ready(ctx, child, where);
        container = await create(ctx, { media_type: 'CAROUSEL', children: children.join(','), caption });
      }
      await ready(ctx, container, where);
      const published = await api.call<{ id: string }>(ctx, {
        method: 'POST',
        path: `${user}/media_publish`,
        form: { creation_id: container },
      });
      return live(ctx, published.id);
    },

    async findPart(request, ctx) {
      const found = await api.find<{ id: string; caption?: string; permalink?: string }>(
        ctx,
        `${user}/media`,
        'id,caption,permalink',
        (m) => (m.caption ?? '') === request.part.text,
      );
      return found ? { index: 0, id: found.id, url: found.permalink ?? 'https://www.instagram.com/' } : undefined;
    },

    describe(request): PlannedRequest[] {
      const url = (media: Media) =>
        base ? publicUrl(base, media.path) : `<no public URL for ${media.path}: set platforms.instagram.media_base_url>`;
      const media = request.part.media;
      const endpoint = `${api.base}/${user}/media`;
      const caption = request.part.text || undefined;
      const containers =
        media.length <= 1
          ? [
              {
                method: 'POST',
                url: endpoint,
                body: { image_url: media[0] ? url(media[0]) : '<no image: Instagram needs one>', caption, alt_text: media[0]?.alt },
              },
            ]
          : [
              ...media.map((m) => ({
                method: 'POST',
                url: endpoint,
                body: { image_url: url(m), is_carousel_item: true, alt_text: m.alt },
              })),
              {
                method: 'POST',
                url: endpoint,
                body: { media_type: 'CAROUSEL', children: media.map((_, i) => `<container ${i + 1}>`).join(','), caption },
              },
            ];
      return [...containers, { method: 'POST', url: `${api.base}/${user}/media_publish`, body: { creation_id: '<container>' } }];
    },
  };
  return adapter;
}

function mediaBase(config: PlatformConfig): string | undefined {
  const value = config.options.media_base_url;
  if (value === undefined || value === '') return undefined;
  const text = String(value).trim();
  if (!/^https?:$/.test(URL.parse(text)?.protocol ?? '')) {
    throw new HeraldError(`instagram: platforms.instagram.media_base_url is not an http(s) URL: ${text.slice(0, 80)}`, {
      hint: 'Use the public raw address of the repository, e.g. https://raw.githubusercontent.com/ORG/REPO/main/',
    });
  }
  return text;
}

function imagesOf(request: PartRequest, base: string | undefined): { url: string; alt: string }[] {
  const where = request.rendition.file;
  const media = request.part.media;
  if (media.length === 0)
    throw new PlatformError('instagram', `${where}: an Instagram post needs an image, and this post has none`, {
      hint: 'Add a JPEG image, or leave instagram out of its platforms.',
    });
  if (media.length > CAROUSEL_MAX)
    throw new PlatformError('instagram', `${where}: ${media.length} images; a carousel holds at most ${CAROUSEL_MAX}`);
  if (base === undefined) {
    throw new PlatformError('instagram', `${where}: Instagram fetches images from a public URL, and no media_base_url is configured`, {
      hint: 'Set platforms.instagram.media_base_url to the public raw address of the repository (e.g. https://raw.githubusercontent.com/ORG/REPO/main/).',
    });
  }
  for (const m of media) {
    if (m.kind !== 'image' || mimeType(m.path) !== 'image/jpeg') {
      throw new PlatformError('instagram', `${where}: ${m.path}: Instagram's API takes JPEG images only`, {
        hint: 'Convert the image to JPEG (.jpg).',
      });
    }
  }
  return media.map((m) => ({ url: publicUrl(base, m.path), alt: m.alt }));
}
