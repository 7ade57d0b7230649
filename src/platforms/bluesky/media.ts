// Images for a post part: read from the repository, checked against Bluesky's limits before anything
// is uploaded, then uploaded as blobs with their alt text and aspect ratio.
import { PlatformError } from '../../core/errors.ts';
import type { RenderedPart } from '../../core/types.ts';
import type { AdapterContext } from '../types.ts';
import type { Session } from './client.ts';
import { toPlatformError } from './client.ts';
import { sniffImage, type ImageInfo } from './images.ts';
import type { ImageEntry } from './records.ts';

/** app.bsky.embed.images#image and app.bsky.embed.external#external accept blobs up to this size. */
export const BLOB_LIMIT = 1_000_000;
export const MAX_IMAGES = 4;

export async function uploadImages(part: RenderedPart, where: string, session: Session, ctx: AdapterContext): Promise<ImageEntry[]> {
  if (part.media.length === 0) return [];
  if (part.media.length > MAX_IMAGES) {
    throw new PlatformError('bluesky', `${where}: ${part.media.length} images, Bluesky takes at most ${MAX_IMAGES} per post`, {
      hint: 'Split the images over the parts of a thread.',
    });
  }
  const files: Array<{ bytes: Uint8Array; info: ImageInfo; alt: string; path: string }> = [];
  for (const media of part.media) {
    const file = `${where}: ${media.path}`;
    if (media.kind === 'video') {
      throw new PlatformError('bluesky', `${file} is a video; Herald posts only images to Bluesky`, {
        hint: 'Use an image, or give Bluesky its own text without the video.',
      });
    }
    const bytes = await ctx.readMedia(media.path);
    if (bytes.length > BLOB_LIMIT) {
      throw new PlatformError(
        'bluesky',
        `${file} is ${bytes.length.toLocaleString('en')} bytes; Bluesky accepts images up to ${BLOB_LIMIT.toLocaleString('en')} bytes`,
        {
          hint: 'Resize or recompress the image (a JPEG at 2000 px wide is usually well under the limit).',
        },
      );
    }
    const info = sniffImage(bytes);
    if (!info) throw new PlatformError('bluesky', `${file} is not a PNG, JPEG, GIF or WebP image`);
    files.push({ bytes, info, alt: media.alt, path: media.path });
  }
  const entries: ImageEntry[] = [];
  for (const file of files) {
    let blob: unknown;
    try {
      blob = (await session.agent.uploadBlob(file.bytes, { encoding: file.info.mimeType })).data.blob;
    } catch (error) {
      throw toPlatformError(error, `${where}: uploading ${file.path}`);
    }
    const entry: ImageEntry = { image: blob, alt: file.alt };
    if (file.info.width && file.info.height) entry.aspectRatio = { width: file.info.width, height: file.info.height };
    entries.push(entry);
  }
  return entries;
}
