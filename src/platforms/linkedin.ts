// LinkedIn organization page through the versioned REST Posts API (/rest/posts), images through
// the Images API (initializeUpload, then PUT the bytes), follow-up thread parts as comments on the
// first post (LinkedIn has no threads), quotes and reposts as reshares (reshareContext.parent).
import { HeraldError, PlatformError } from '../core/errors.ts';
import type { PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { firstString, sendRequest, type HttpCall, type HttpResult } from './http.ts';
import { toLittleText } from './linkedin-text.ts';
import { describeMedia, readMediaFile } from './media.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest } from './types.ts';

/** LinkedIn-Version header (YYYYMM); versions are supported for a year, so keep it configurable. */
const DEFAULT_VERSION = '202505';

export function linkedinMessage(body: unknown): string | undefined {
  return firstString(body, 'message', 'code');
}

interface Element {
  id: string;
  commentary?: string;
  message?: { text: string };
}

export const createLinkedInAdapter: AdapterFactory = (config: PlatformConfig, env) => {
  const token = requireCredentials('linkedin', env).LINKEDIN_ACCESS_TOKEN!;
  const organization = config.options.organization ?? config.account;
  if (organization === undefined || organization === '') {
    throw new HeraldError('linkedin: no organization configured', {
      hint: 'Set platforms.linkedin.organization to the numeric id of the organization page (its admin URL shows it).',
    });
  }
  const author = String(organization).startsWith('urn:') ? String(organization) : `urn:li:organization:${organization}`;
  const api = (config.server ?? 'https://api.linkedin.com').replace(/\/+$/, '');
  const version = String(config.options.api_version ?? DEFAULT_VERSION);

  async function call<T>(ctx: AdapterContext, request: HttpCall): Promise<HttpResult<T>> {
    const headers = {
      authorization: `Bearer ${token}`,
      'linkedin-version': version,
      'x-restli-protocol-version': '2.0.0',
      ...request.headers,
    };
    return sendRequest<T>('linkedin', ctx, { ...request, headers }, linkedinMessage);
  }

  async function uploadImages(request: PartRequest, ctx: AdapterContext): Promise<string[]> {
    const images: string[] = [];
    for (const media of request.part.media) {
      if (media.kind !== 'image') throw new PlatformError('linkedin', `${media.path}: Herald uploads only images to LinkedIn`);
      const file = await readMediaFile(media, ctx);
      const init = await call<{ value: { uploadUrl: string; image: string } }>(ctx, {
        method: 'POST',
        url: `${api}/rest/images?action=initializeUpload`,
        json: { initializeUploadRequest: { owner: author } },
      });
      await call(ctx, { method: 'PUT', url: init.data.value.uploadUrl, body: file.bytes, headers: { 'content-type': file.type } });
      images.push(init.data.value.image);
    }
    return images;
  }

  const postUrl = (urn: string) => `https://www.linkedin.com/feed/update/${urn}/`;

  async function findComment(request: PartRequest, root: LivePart, ctx: AdapterContext): Promise<LivePart | undefined> {
    const listed = await call<{ elements: Element[] }>(ctx, {
      method: 'GET',
      url: `${api}/rest/socialActions/${encodeURIComponent(root.id)}/comments?count=100`,
    });
    const found = listed.data.elements.find((c) => c.message?.text === request.part.text);
    return found ? commentPart(request.index, found.id, root) : undefined;
  }

  return {
    id: 'linkedin',

    async publishPart(request, ctx) {
      if (request.index > 0) {
        const root = rootOf(request);
        if (request.part.media.length > 0) {
          throw new PlatformError('linkedin', 'follow-up parts become comments, which Herald posts without media', {
            hint: 'Move the media to the first part of the LinkedIn version of the post.',
          });
        }
        const created = await call<{ id?: string }>(ctx, {
          method: 'POST',
          url: `${api}/rest/socialActions/${encodeURIComponent(root.id)}/comments`,
          json: commentBody(author, root.id, request.part.text),
        });
        return commentPart(request.index, created.headers.get('x-restli-id') ?? created.data.id ?? '', root);
      }
      const images = await uploadImages(request, ctx);
      const created = await call(ctx, { method: 'POST', url: `${api}/rest/posts`, json: postBody(author, request, images) });
      const urn = created.headers.get('x-restli-id');
      if (!urn)
        throw new PlatformError('linkedin', 'the post was created but LinkedIn sent no x-restli-id header', { status: created.status });
      return { index: 0, id: urn, url: postUrl(urn) };
    },

    async findPart(request, ctx) {
      if (request.index > 0) return findComment(request, rootOf(request), ctx);
      const url = `${api}/rest/posts?author=${encodeURIComponent(author)}&q=author&count=20&sortBy=LAST_MODIFIED`;
      const listed = await call<{ elements: Element[] }>(ctx, { method: 'GET', url, headers: { 'x-restli-method': 'FINDER' } });
      const wanted = toLittleText(request.part.text);
      const found = listed.data.elements.find((post) => post.commentary === wanted);
      return found ? { index: 0, id: found.id, url: postUrl(found.id) } : undefined;
    },

    // The first part is a post: POST /rest/posts/{urn} with X-RestLi-Method: PARTIAL_UPDATE sets its
    // commentary; later parts are comments, updated the same way on their message. Either sets a
    // field to a value, so a recovered edit is simply sent again (the same text twice is one edit).
    async editPart(request, ctx) {
      const headers = { 'x-restli-method': 'PARTIAL_UPDATE' };
      const { live } = request;
      if (request.index === 0) {
        const json = { patch: { $set: { commentary: toLittleText(request.part.text) } } };
        await call(ctx, { method: 'POST', url: `${api}/rest/posts/${encodeURIComponent(live.id)}`, headers, json });
      } else {
        const json = { patch: { message: { $set: { text: request.part.text } } } };
        await call(ctx, { method: 'POST', url: commentUrl(api, live, author), headers, json });
      }
      return 'edited';
    },

    async deletePart(live, ctx) {
      const url = live.ref?.root ? commentUrl(api, live, author) : `${api}/rest/posts/${encodeURIComponent(live.id)}`;
      try {
        await call(ctx, { method: 'DELETE', url, headers: { 'x-restli-method': 'DELETE' } });
        return 'deleted';
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return 'gone';
        throw error;
      }
    },

    async repost(url, _key, ctx) {
      const parent = urnFrom(url);
      const created = await call(ctx, {
        method: 'POST',
        url: `${api}/rest/posts`,
        json: { ...baseBody(author, ''), reshareContext: { parent } },
      });
      const urn = created.headers.get('x-restli-id') ?? parent;
      return { index: 0, id: urn, url: postUrl(urn) };
    },

    describe(request) {
      if (request.index > 0) {
        const root = request.root?.id ?? '<id of part 1>';
        return [
          {
            method: 'POST',
            url: `${api}/rest/socialActions/${encodeURIComponent(root)}/comments`,
            body: commentBody(author, root, request.part.text),
          },
        ];
      }
      const uploads: PlannedRequest[] = request.part.media.flatMap((media, i) => [
        { method: 'POST', url: `${api}/rest/images?action=initializeUpload`, body: { initializeUploadRequest: { owner: author } } },
        { method: 'PUT', url: `${api}/<upload url of image ${i + 1}>`, body: describeMedia(media) },
      ]);
      const images = request.part.media.map((_, i) => `<image ${i + 1}>`);
      return [...uploads, { method: 'POST', url: `${api}/rest/posts`, body: postBody(author, request, images) }];
    },

    async metrics(live, ctx) {
      const { data } = await call<{ likesSummary?: { totalLikes: number }; commentsSummary?: { aggregatedTotalComments: number } }>(ctx, {
        method: 'GET',
        url: `${api}/rest/socialActions/${encodeURIComponent(live.id)}`,
      });
      return { likes: data.likesSummary?.totalLikes, replies: data.commentsSummary?.aggregatedTotalComments };
    },

    async followers(ctx) {
      const url = `${api}/rest/networkSizes/${encodeURIComponent(author)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`;
      return (await call<{ firstDegreeSize: number }>(ctx, { method: 'GET', url })).data.firstDegreeSize;
    },
  };
};

function baseBody(author: string, text: string): Record<string, unknown> {
  return {
    author,
    commentary: toLittleText(text),
    visibility: 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: 'PUBLISHED',
    isReshareDisabledByAuthor: false,
  };
}

function postBody(author: string, request: PartRequest, images: string[]): Record<string, unknown> {
  const body = baseBody(author, request.part.text);
  const media = request.part.media.map((m, i) => ({ id: images[i]!, altText: m.alt }));
  if (media.length === 1) body.content = { media: media[0] };
  if (media.length > 1) body.content = { multiImage: { images: media } };
  if (request.rendition.quote) body.reshareContext = { parent: urnFrom(request.rendition.quote) };
  return body;
}

function commentBody(actor: string, object: string, text: string): unknown {
  return { actor, object, message: { text } };
}

function commentPart(index: number, id: string, root: LivePart): LivePart {
  return { index, id, url: `${root.url}?commentUrn=${encodeURIComponent(id)}`, ref: { root: root.id } };
}

/** A comment (a later thread part) under its post; the actor is the organization. */
function commentUrl(api: string, live: LivePart, actor: string): string {
  return `${api}/rest/socialActions/${encodeURIComponent(live.ref?.root ?? '')}/comments/${encodeURIComponent(live.id)}?actor=${encodeURIComponent(actor)}`;
}

function rootOf(request: PartRequest): LivePart {
  if (!request.root) throw new PlatformError('linkedin', `part ${request.index + 1} needs the first part to be live first`);
  return request.root;
}

function urnFrom(url: string): string {
  const urn = /urn:li:(?:share|ugcPost|activity):\d+/.exec(decodeURIComponent(url))?.[0];
  if (!urn) throw new PlatformError('linkedin', `${url} is not a LinkedIn post URL (expected .../feed/update/urn:li:share:<id>/)`);
  return urn;
}
