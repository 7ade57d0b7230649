// Pinterest through API v5 (api.pinterest.com/v5, described by Pinterest's own OpenAPI): one pin per
// post on the configured board (platforms.pinterest.board), with the post's image (required: a pin
// is an image; JPEG or PNG, sent inline as base64), title (front matter `title`, else the first line,
// 100 characters), description (the text, 800), the first link in the text as the pin's link, and
// the image's alt text (500). Pinterest has no idempotency key, so findPart reads the board's pins
// back (same title, description and link) after a crash instead of pinning again.
import { PlatformError } from '../core/errors.ts';
import type { PlatformConfig } from '../core/types.ts';
import { requireCredentials } from './credentials.ts';
import { firstString, sendRequest, type HttpCall } from './http.ts';
import { describeMedia, mimeType, readMediaFile } from './media.ts';
import { firstUrl, requireOption, titleOf } from './options.ts';
import type { AdapterContext, AdapterFactory, LivePart, PartRequest, PlannedRequest, PlatformAdapter } from './types.ts';

const DEFAULT_SERVER = 'https://api.pinterest.com';
const TITLE_MAX = 100;
const PAGE_SIZE = 100;
const MAX_PAGES = 3;
const IMAGE_TYPES = ['image/jpeg', 'image/png'];

/** Pinterest's error body is `{ code, message }`. */
export function pinterestMessage(body: unknown): string | undefined {
  const message = firstString(body, 'message');
  const code = (body as { code?: unknown } | undefined)?.code;
  return message && typeof code === 'number' ? `${message} (code ${code})` : message;
}

interface Pin {
  id: string;
  title?: string | null;
  description?: string | null;
  link?: string | null;
}

export const createPinterestAdapter: AdapterFactory = (config: PlatformConfig, env) => {
  const token = requireCredentials('pinterest', env).PINTEREST_ACCESS_TOKEN!;
  const board = requireOption('pinterest', config, 'board', '"1234567890123456789" (the board id: GET /v5/boards lists them)');
  const api = `${(config.server ?? DEFAULT_SERVER).replace(/\/+$/, '')}/v5`;
  const site = config.server ? config.server.replace(/\/+$/, '') : 'https://www.pinterest.com';

  const call = async <T>(ctx: AdapterContext, request: Omit<HttpCall, 'url'> & { path: string }): Promise<T> =>
    (
      await sendRequest<T>(
        'pinterest',
        ctx,
        { ...request, url: `${api}${request.path}`, headers: { authorization: `Bearer ${token}` } },
        pinterestMessage,
      )
    ).data;

  const live = (pin: Pin): LivePart => ({ index: 0, id: pin.id, url: `${site}/pin/${pin.id}/` });

  const adapter: PlatformAdapter = {
    id: 'pinterest',

    async publishPart(request, ctx) {
      const media = imageOf(request);
      const file = await readMediaFile(media, ctx);
      const data = Buffer.from(file.bytes).toString('base64');
      const body = { ...pinFields(request, board), media_source: { source_type: 'image_base64', content_type: file.type, data } };
      return live(await call<Pin>(ctx, { method: 'POST', path: '/pins', json: body }));
    },

    async findPart(request, ctx) {
      const want = pinFields(request, board);
      let bookmark: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({ page_size: String(PAGE_SIZE), ...(bookmark ? { bookmark } : {}) });
        const listed = await call<{ items: Pin[]; bookmark?: string | null }>(ctx, {
          method: 'GET',
          path: `/boards/${board}/pins?${query}`,
        });
        const pin = listed.items.find(
          (p) => (p.title ?? '') === want.title && (p.description ?? '') === want.description && (p.link ?? undefined) === want.link,
        );
        if (pin) return live(pin);
        if (!listed.bookmark) return undefined;
        bookmark = listed.bookmark;
      }
      return undefined;
    },

    // PATCH /v5/pins/{id} with the title, description and link the corrected post gives (the image
    // stays; alt text too unless the post sets one). Setting the same fields again is harmless, so a
    // recovered edit is simply sent again.
    async editPart(request, ctx) {
      const { title, description, link, alt_text: alt } = pinFields({ ...request, key: '' }, board);
      const body = { title, description, link: link ?? null, ...(alt ? { alt_text: alt } : {}) };
      await call<Pin>(ctx, { method: 'PATCH', path: `/pins/${request.live.id}`, json: body });
      return 'edited';
    },

    async deletePart(live, ctx) {
      try {
        await call(ctx, { method: 'DELETE', path: `/pins/${live.id}` });
        return 'deleted';
      } catch (error) {
        if (error instanceof PlatformError && error.status === 404) return 'gone';
        throw error;
      }
    },

    describe(request): PlannedRequest[] {
      const media = request.part.media[0];
      return [
        {
          method: 'POST',
          url: `${api}/pins`,
          body: {
            ...pinFields(request, board),
            media_source: { source_type: 'image_base64', image: media ? describeMedia(media) : '<no image: Pinterest needs one>' },
          },
        },
      ];
    },
  };
  return adapter;
};

function pinFields(
  request: PartRequest,
  board: string,
): { board_id: string; title: string; description: string; link?: string; alt_text?: string } {
  const link = firstUrl(request.part.text);
  const alt = request.part.media[0]?.alt;
  return {
    board_id: board,
    title: titleOf(request, TITLE_MAX),
    description: request.part.text,
    ...(link ? { link } : {}),
    ...(alt ? { alt_text: alt } : {}),
  };
}

function imageOf(request: PartRequest) {
  const [media, ...more] = request.part.media;
  const where = `${request.rendition.file}`;
  if (!media || media.kind !== 'image') {
    throw new PlatformError('pinterest', `${where}: a pin needs an image, and this post has ${media ? `a ${media.kind}` : 'none'}`, {
      hint: 'Add an image (JPEG or PNG) to the post, or leave pinterest out of its platforms.',
    });
  }
  if (more.length > 0)
    throw new PlatformError('pinterest', `${where}: a pin takes one image, and this post has ${request.part.media.length}`);
  if (!IMAGE_TYPES.includes(mimeType(media.path))) {
    throw new PlatformError('pinterest', `${where}: Pinterest takes JPEG or PNG images, not ${media.path}`, {
      hint: 'Convert the image to JPEG or PNG.',
    });
  }
  return media;
}
