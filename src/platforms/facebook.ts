// Facebook Pages through the Graph API (graph.facebook.com/v25.0) with a Page access token: a post
// is POST /{page}/feed with the text as `message`; photos are first uploaded unpublished
// (POST /{page}/photos, published=false: invisible until attached) and then attached to the feed
// post (attached_media). A crash between the two leaves only unpublished photos, which nobody sees;
// a crash after the feed post is recovered by findPart, which reads the Page's published posts back
// (same message; not its feed, which holds visitors' posts too) instead of posting again. Each photo
// carries its alt text as `alt_text_custom` (a parameter of creating a Photo,
// developers.facebook.com/docs/graph-api/reference/photo/; without it Facebook writes its own);
// videos go through a separate upload API Herald does not use.
import { PlatformError } from '../core/errors.ts';
import type { PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { graphApi, graphGone, type GraphApi } from './graph-api.ts';
import { describeMedia, readMediaFile } from './media.ts';
import { firstUrl, requireOption } from './options.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest, PlatformAdapter } from './types.ts';

export const GRAPH_VERSION = 'v25.0';
const DEFAULT_SERVER = 'https://graph.facebook.com';

export const createFacebookAdapter: AdapterFactory = (config: PlatformConfig, env) => {
  const token = requireCredentials('facebook', env).FACEBOOK_PAGE_ACCESS_TOKEN!;
  const page = requireOption('facebook', config, 'page', '"104876543210987" (the Page id, in the Page\'s About → Page transparency)');
  const server = (config.server ?? DEFAULT_SERVER).replace(/\/+$/, '');
  const api: GraphApi = graphApi('facebook', `${server}/${GRAPH_VERSION}`, token, 'FACEBOOK_PAGE_ACCESS_TOKEN');
  const site = config.server ? server : 'https://www.facebook.com';
  const live = (id: string): LivePart => ({ index: 0, id, url: `${site}/${id}` });

  async function uploadPhotos(request: PartRequest, ctx: AdapterContext): Promise<string[]> {
    const ids: string[] = [];
    for (const media of request.part.media) {
      if (media.kind !== 'image') {
        throw new PlatformError('facebook', `${request.rendition.file}: ${media.path}: Herald posts photos to a Page, not videos`, {
          hint: 'Leave the video out of the Facebook version (overrides.facebook) and post it by hand.',
        });
      }
      const file = await readMediaFile(media, ctx);
      const form = new FormData();
      form.append('published', 'false');
      if (media.alt) form.append('alt_text_custom', media.alt);
      form.append('source', file.blob, file.name);
      ids.push((await api.call<{ id: string }>(ctx, { method: 'POST', path: `${page}/photos`, multipart: form })).id);
    }
    return ids;
  }

  const adapter: PlatformAdapter = {
    id: 'facebook',

    async publishPart(request, ctx) {
      const photos = await uploadPhotos(request, ctx);
      const posted = await api.call<{ id: string }>(ctx, { method: 'POST', path: `${page}/feed`, form: feedFields(request, photos) });
      return live(posted.id);
    },

    async findPart(request, ctx) {
      const found = await api.find<{ id: string; message?: string }>(
        ctx,
        `${page}/published_posts`,
        'id,message',
        (p) => (p.message ?? '') === request.part.text,
      );
      return found ? live(found.id) : undefined;
    },

    // POST /{page-post-id} with `message` replaces the text (photos stay). The message is read back first:
    // unchanged text, or an edit a crashed run already sent, is not sent again.
    async editPart(request, ctx) {
      const current = await api.call<{ message?: string }>(ctx, { method: 'GET', path: request.live.id, query: { fields: 'message' } });
      if ((current.message ?? '') === request.part.text) return 'unchanged';
      await api.call(ctx, { method: 'POST', path: request.live.id, form: { message: request.part.text } });
      return 'edited';
    },

    async deletePart(live, ctx) {
      try {
        await api.call(ctx, { method: 'DELETE', path: live.id });
        return 'deleted';
      } catch (error) {
        // The Page's token reached the feed a moment ago (the post was published with it): "does not exist" is gone.
        if (graphGone(error)) return 'gone';
        throw error;
      }
    },

    describe(request): PlannedRequest[] {
      const uploads = request.part.media.map((media) => ({
        method: 'POST',
        url: `${api.base}/${page}/photos`,
        body: { published: false, ...(media.alt ? { alt_text_custom: media.alt } : {}), source: describeMedia(media) },
      }));
      const placeholders = request.part.media.map((_, i) => `<photo ${i + 1}>`);
      return [...uploads, { method: 'POST', url: `${api.base}/${page}/feed`, body: feedFields(request, placeholders) }];
    },

    async metrics(part, ctx) {
      const post = await api.call<{
        reactions?: { summary?: { total_count?: number } };
        shares?: { count?: number };
        comments?: { summary?: { total_count?: number } };
      }>(ctx, {
        method: 'GET',
        path: part.id,
        query: { fields: 'reactions.summary(true).limit(0),shares,comments.summary(true).limit(0)' },
      });
      return {
        likes: post.reactions?.summary?.total_count ?? 0,
        reposts: post.shares?.count ?? 0,
        replies: post.comments?.summary?.total_count ?? 0,
      };
    },
  };
  return adapter;
};

/** The feed post: the text, its photos by id, and (without photos) its first link for the preview card. */
function feedFields(request: PartRequest, photos: string[]): Record<string, string> {
  const fields: Record<string, string> = { message: request.part.text };
  photos.forEach((id, i) => (fields[`attached_media[${i}]`] = JSON.stringify({ media_fbid: id })));
  const link = photos.length === 0 ? firstUrl(request.part.text) : undefined;
  if (link) fields['link'] = link;
  return fields;
}
