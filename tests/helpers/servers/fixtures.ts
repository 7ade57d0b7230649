// Renditions, contexts and a small thread driver for adapter tests (the runner does this for real).
import type { Media, PlatformConfig, PlatformId, RenderedPart, Rendition } from '../../../src/core/types.ts';
import type { AdapterContext, LivePart, PartRequest, PlatformAdapter, PlannedRequest } from '../../../src/platforms/types.ts';
import type { RecordedRequest } from './base.ts';

/** A tiny but valid PNG (1×1, transparent). */
export const PNG_BYTES = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
);

export function image(path: string, alt: string): Media {
  return { path, alt, kind: 'image', line: 1, column: 1 };
}

export function part(text: string, media: Media[] = []): RenderedPart {
  return { text, media, facets: [], count: { used: [...text].length, limit: 500 }, line: 5, column: 1 };
}

export function rendition(platform: PlatformId, parts: RenderedPart[], extra: Partial<Rendition> = {}): Rendition {
  return { platform, postId: '2026-12-01-release', file: 'posts/2026-12-01-release.md', parts, linkCard: false, ...extra };
}

export function platformConfig(id: PlatformId, server: string | undefined, options: PlatformConfig['options'] = {}): PlatformConfig {
  return { id, enabled: true, server, limits: {}, options };
}

export interface TestContext extends AdapterContext {
  logs: string[];
}

export function context(files: Record<string, Uint8Array> = {}): TestContext {
  const logs: string[] = [];
  return {
    logs,
    fetch: globalThis.fetch,
    log: (message) => logs.push(message),
    async readMedia(path) {
      const bytes = files[path];
      if (!bytes) throw new Error(`test media ${path} not provided`);
      return bytes;
    },
  };
}

export function keyFor(r: Rendition, index: number): string {
  return `${r.postId}:${r.platform}:${index}`;
}

export function partRequest(r: Rendition, index: number, published: LivePart[] = []): PartRequest {
  return { rendition: r, part: r.parts[index]!, index, key: keyFor(r, index), parent: published[index - 1], root: published[0] };
}

/** Publishes every part in order, as the runner does. */
export async function publishThread(adapter: PlatformAdapter, r: Rendition, ctx: AdapterContext): Promise<LivePart[]> {
  const live: LivePart[] = [];
  for (let index = 0; index < r.parts.length; index += 1) {
    live.push(await adapter.publishPart(partRequest(r, index, live), ctx));
  }
  return live;
}

/** Method and path of each planned request, for comparing with what a server received. */
export function plannedCalls(planned: PlannedRequest[]): string[] {
  return planned.map((p) => `${p.method} ${new URL(p.url).pathname}`);
}

/** Method and path of each request that changes something (reads and polls are not planned). */
export function writeCalls(requests: RecordedRequest[]): string[] {
  return requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
