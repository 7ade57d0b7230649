// A link card (app.bsky.embed.external) from the linked page's Open Graph tags. The page comes from
// a pull request, so it is fetched with safeFetch (public addresses only, bounded). A card is a
// nicety: every failure is logged and the post goes out without it.
import { parseOpenGraph } from '../../core/opengraph.ts';
import { safeFetch, type SafeFetchOptions } from '../../net/safe-fetch.ts';
import type { AdapterContext } from '../types.ts';
import { BLOB_LIMIT } from './media.ts';
import { sniffImage } from './images.ts';
import type { LinkCard } from './records.ts';
import type { Session } from './client.ts';

/** Bounds for the page (only its head matters, so it is cut, not refused) and the thumbnail. */
export const PAGE_FETCH: SafeFetchOptions = {
  maxBytes: 512 * 1024,
  oversize: 'truncate',
  timeoutMs: 8_000,
  maxRedirects: 5,
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
};
export const THUMB_FETCH: SafeFetchOptions = {
  maxBytes: BLOB_LIMIT,
  timeoutMs: 8_000,
  maxRedirects: 5,
  accept: 'image/png,image/jpeg,image/webp,image/gif;q=0.9',
};

export interface LinkCardDeps {
  /** Overrides of the fetch bounds (tests allow loopback here). */
  fetchOptions?: Partial<SafeFetchOptions>;
}

export async function buildLinkCard(
  url: string,
  where: string,
  session: Session,
  ctx: AdapterContext,
  deps: LinkCardDeps,
): Promise<LinkCard | undefined> {
  const skip = (reason: string) => {
    ctx.log(`bluesky: ${where}: posting without a link card for ${url}: ${reason}`);
    return undefined;
  };
  let page;
  try {
    page = await safeFetch(url, { ...PAGE_FETCH, ...deps.fetchOptions, signal: ctx.signal });
  } catch (error) {
    return skip(error instanceof Error ? error.message : String(error));
  }
  if (page.status < 200 || page.status > 299) return skip(`the page answered ${page.status}`);
  const type = page.headers['content-type'] ?? '';
  if (!/html/i.test(type)) return skip(`the page is ${type || 'of no declared type'}, not HTML`);
  const graph = parseOpenGraph(decode(page.body, type), page.finalUrl);
  if (!graph.title && !graph.description) return skip('the page has no title or description');
  const card: LinkCard = { uri: url, title: graph.title ?? '', description: graph.description ?? '' };
  if (graph.image) {
    const thumb = await uploadThumb(graph.image, session, ctx, deps).catch((error: unknown) => {
      ctx.log(`bluesky: ${where}: link card for ${url} without an image: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });
    if (thumb) card.thumb = thumb;
  }
  return card;
}

async function uploadThumb(imageUrl: string, session: Session, ctx: AdapterContext, deps: LinkCardDeps): Promise<unknown> {
  const image = await safeFetch(imageUrl, { ...THUMB_FETCH, ...deps.fetchOptions, signal: ctx.signal });
  if (image.status !== 200) throw new Error(`${imageUrl} answered ${image.status}`);
  const info = sniffImage(image.body);
  if (!info) throw new Error(`${imageUrl} is not a PNG, JPEG, GIF or WebP image`);
  const uploaded = await session.agent.uploadBlob(image.body, { encoding: info.mimeType });
  return uploaded.data.blob;
}

function decode(body: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
