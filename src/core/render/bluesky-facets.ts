// Bluesky facets: the markdown links Herald knows about, plus what @atproto/api's RichText detects
// in the text (bare links, #tags, @handle mentions), all with UTF-8 byte offsets.
// `@atproto/api` exports only its root, which loads every lexicon (half a second, see docs/platforms.md);
// RichText#detectFacetsWithoutResolution is detectFacets(new UnicodeString(text)) sorted by byteStart, so
// those two files are imported by path, as RichText itself imports them. tests/core/render/bluesky-facets.test.ts
// proves they are the installed package's and give exactly what RichText gives.
import { detectFacets } from '../../../node_modules/@atproto/api/dist/rich-text/detection.js';
import { UnicodeString } from '../../../node_modules/@atproto/api/dist/rich-text/unicode.js';
import { utf8Length } from '../count/graphemes.ts';
import type { Facet } from '../types.ts';
import type { LinkRange } from './formats.ts';

export function blueskyFacets(text: string, links: LinkRange[]): Facet[] {
  const byteIndex = byteIndexer(text);
  const facets: Facet[] = links.map((l) => ({
    byteStart: byteIndex(l.start),
    byteEnd: byteIndex(l.end),
    kind: 'link',
    value: l.url,
  }));
  for (const detected of detectedFacets(text)) {
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

/** What `new RichText({ text }).detectFacetsWithoutResolution()` leaves in `facets`. */
export function detectedFacets(text: string): NonNullable<ReturnType<typeof detectFacets>> {
  return (detectFacets(new UnicodeString(text)) ?? []).sort((a, b) => a.index.byteStart - b.index.byteStart);
}

/** UTF-16 index → UTF-8 byte index (a lone surrogate is 3 bytes, as TextEncoder writes U+FFFD). */
function byteIndexer(text: string): (utf16: number) => number {
  return (utf16) => utf8Length(text.slice(0, utf16));
}
