// What an image file is, read from its first bytes: the MIME type to upload it as and, for PNG, JPEG
// and GIF, its pixel size (Bluesky's aspectRatio), without decoding the image.

export interface ImageInfo {
  mimeType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';
  width?: number;
  height?: number;
}

export function sniffImage(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
    // The IHDR chunk comes first: width and height at offsets 16 and 20.
    if (bytes.length < 24) return { mimeType: 'image/png' };
    return sized('image/png', view.getUint32(16), view.getUint32(20));
  }
  if (starts(0xff, 0xd8, 0xff)) return { mimeType: 'image/jpeg', ...jpegSize(bytes, view) };
  if (starts(0x47, 0x49, 0x46, 0x38)) {
    if (bytes.length < 10) return { mimeType: 'image/gif' };
    return sized('image/gif', view.getUint16(6, true), view.getUint16(8, true));
  }
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) {
    return { mimeType: 'image/webp' };
  }
  return undefined;
}

function sized(mimeType: ImageInfo['mimeType'], width: number, height: number): ImageInfo {
  return width > 0 && height > 0 ? { mimeType, width, height } : { mimeType };
}

/** Walks the JPEG segments to the first start-of-frame marker, which holds height then width. */
function jpegSize(bytes: Uint8Array, view: DataView): { width?: number; height?: number } {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return {};
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      const height = view.getUint16(offset + 5);
      const width = view.getUint16(offset + 7);
      return width > 0 && height > 0 ? { width, height } : {};
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2; // markers without a length
      continue;
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return {};
}
