import { describe, expect, it } from 'vitest';
import { sniffImage } from '../../../src/platforms/bluesky/images.ts';
import { png } from '../../helpers/bluesky-fixtures.ts';

/** JPEG headers as an encoder writes them: SOI, APP0 (JFIF), DQT, SOF0 with height and width. */
function jpegHeader(width: number, height: number, frameMarker = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const dqt = [0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array(64).fill(1)];
  const sof = [
    0xff,
    frameMarker,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x03,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ];
  return new Uint8Array([0xff, 0xd8, ...app0, ...dqt, ...sof, 0xff, 0xd9]);
}

describe('sniffImage', () => {
  it('reads PNG size from IHDR', () => {
    expect(sniffImage(png(640, 480))).toEqual({ mimeType: 'image/png', width: 640, height: 480 });
  });

  it('reads JPEG size from the first frame header, baseline or progressive', () => {
    expect(sniffImage(jpegHeader(1200, 630))).toEqual({ mimeType: 'image/jpeg', width: 1200, height: 630 });
    expect(sniffImage(jpegHeader(300, 4000, 0xc2))).toEqual({ mimeType: 'image/jpeg', width: 300, height: 4000 });
  });

  it('reads GIF size and knows WebP', () => {
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x20, 0x03, 0x58, 0x02, 0, 0, 0]);
    expect(sniffImage(gif)).toEqual({ mimeType: 'image/gif', width: 800, height: 600 });
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);
    expect(sniffImage(webp)).toEqual({ mimeType: 'image/webp' });
  });

  it('gives the type without a size for truncated or odd headers, and nothing for other files', () => {
    expect(sniffImage(png(4, 4).slice(0, 12))).toEqual({ mimeType: 'image/png' });
    expect(sniffImage(jpegHeader(10, 10).slice(0, 30))).toEqual({ mimeType: 'image/jpeg' });
    expect(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0x00, 1, 2, 3, 4, 5, 6, 7, 8]))).toEqual({ mimeType: 'image/jpeg' });
    expect(sniffImage(new TextEncoder().encode('%PDF-1.7'))).toBeUndefined();
    expect(sniffImage(new Uint8Array())).toBeUndefined();
  });
});
