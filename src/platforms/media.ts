// Media bytes for upload: read through ctx (confined to the repository), typed by extension.
import type { Media } from '../core/types.ts';
import type { AdapterContext } from './types.ts';

const MIME_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};

export function mimeType(path: string): string {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

export function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export interface MediaFile {
  media: Media;
  name: string;
  type: string;
  bytes: Uint8Array;
  blob: Blob;
}

export async function readMediaFile(media: Media, ctx: AdapterContext): Promise<MediaFile> {
  const bytes = await ctx.readMedia(media.path);
  const type = mimeType(media.path);
  return { media, name: fileName(media.path), type, bytes, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type }) };
}

/** How describe() shows an upload: what and where from, never the bytes. */
export function describeMedia(media: Media): { file: string; type: string; alt: string } {
  return { file: media.path, type: mimeType(media.path), alt: media.alt };
}
