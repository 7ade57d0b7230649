// Building blocks for Bluesky adapter tests: renditions built directly (as rendering would produce
// them), facets with UTF-8 byte offsets, real PNG files, and a context that records what it saw.
import { crc32, deflateSync } from 'node:zlib';
import type { Facet, Media, RenderedPart, Rendition } from '../../src/core/types.ts';
import type { AdapterContext, PartRequest } from '../../src/platforms/types.ts';

const utf8 = new TextEncoder();

/** A facet over the first occurrence of `span` in `text`, with byte offsets as Bluesky wants them. */
export function facet(text: string, span: string, kind: Facet['kind'], value: string): Facet {
  const at = text.indexOf(span);
  if (at < 0) throw new Error(`"${span}" is not in "${text}"`);
  const byteStart = utf8.encode(text.slice(0, at)).length;
  return { byteStart, byteEnd: byteStart + utf8.encode(span).length, kind, value };
}

export function part(text: string, facets: Facet[] = [], media: Media[] = []): RenderedPart {
  return {
    text,
    facets,
    media,
    count: { used: Array.from(text).length, limit: 300, bytes: { used: utf8.encode(text).length, limit: 3000 } },
    line: 5,
    column: 1,
  };
}

export function image(path: string, alt: string): Media {
  return { path, alt, kind: 'image', line: 7, column: 1 };
}

export function rendition(parts: RenderedPart[], extra: Partial<Rendition> = {}): Rendition {
  return { platform: 'bluesky', postId: 'test-post', file: 'posts/test-post.md', parts, linkCard: false, ...extra };
}

/** The request for part `index`; later parts get the previous LiveParts as the runner passes them. */
export function request(r: Rendition, index: number, key: string, live: PartRequest['parent'][] = []): PartRequest {
  return { rendition: r, part: r.parts[index]!, index, key: `${key}#${index}`, parent: live[index - 1], root: live[0] };
}

/** A real PNG of the given size (one grey row repeated), padded with `extra` bytes after IEND. */
export function png(width: number, height: number, extra = 0): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0x80)]);
  const pixels = deflateSync(Buffer.concat(new Array<Buffer>(height).fill(row)));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', pixels),
      chunk('IEND', Buffer.alloc(0)),
      Buffer.alloc(extra),
    ]),
  );
}

export interface RecordingContext extends AdapterContext {
  logs: string[];
  /** "METHOD path" of every request made through ctx.fetch. */
  requests: string[];
}

export function context(media: Record<string, Uint8Array> = {}): RecordingContext {
  const logs: string[] = [];
  const requests: string[] = [];
  return {
    logs,
    requests,
    log: (message) => logs.push(message),
    async readMedia(path) {
      const bytes = media[path];
      if (!bytes) throw new Error(`no media ${path} in this test`);
      return bytes;
    },
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      requests.push(`${method} ${url.pathname}`);
      return globalThis.fetch(input, init);
    },
  };
}
