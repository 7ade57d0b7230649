// Bluesky facets: the markdown links Herald knows about, plus what @atproto/api's RichText detects
// in the text (bare links, #tags, @handle mentions), all with UTF-8 byte offsets.
// `@atproto/api` exports only its root, which loads every lexicon (see docs/platforms.md for the cost).
import { RichText } from '@atproto/api';
import type { Facet } from '../types.ts';
import type { LinkRange } from './formats.ts';

const encoder = new TextEncoder();

export function blueskyFacets(text: string, links: LinkRange[]): Facet[] {
  const byteIndex = byteIndexer(text);
  const facets: Facet[] = links.map((l) => ({
    byteStart: byteIndex(l.start),
    byteEnd: byteIndex(l.end),
    kind: 'link',
    value: l.url,
  }));
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  for (const detected of rt.facets ?? []) {
    const { byteStart, byteEnd } = detected.index;
    if (facets.some((f) => byteStart < f.byteEnd && f.byteStart < byteEnd)) continue;
    for (const feature of detected.features) {
      const f = feature as { $type?: string; uri?: string; tag?: string; did?: string };
      if (f.$type === 'app.bsky.richtext.facet#link' && f.uri) facets.push({ byteStart, byteEnd, kind: 'link', value: f.uri });
      else if (f.$type === 'app.bsky.richtext.facet#tag' && f.tag) facets.push({ byteStart, byteEnd, kind: 'tag', value: f.tag });
      // Mentions carry the handle; the adapter resolves it to a DID when publishing.
      else if (f.$type === 'app.bsky.richtext.facet#mention' && f.did) facets.push({ byteStart, byteEnd, kind: 'mention', value: f.did });
    }
  }
  return facets.sort((a, b) => a.byteStart - b.byteStart);
}

/** UTF-16 index → UTF-8 byte index, for increasing or arbitrary indexes of one text. */
function byteIndexer(text: string): (utf16: number) => number {
  return (utf16) => encoder.encode(text.slice(0, utf16)).length;
}
