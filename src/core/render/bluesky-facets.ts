// Bluesky facets: the markdown links Herald knows about, plus what @atproto/api's RichText detects
// in the text (bare links, #tags, @handle mentions), all with UTF-8 byte offsets.
import { detectFacets, UnicodeString } from './atproto-rich-text.ts';
import type { Facet } from '../types.ts';
import type { LinkRange } from './formats.ts';

export function blueskyFacets(text: string, links: LinkRange[]): Facet[] {
  const indexed = new UnicodeString(text);
  const facets: Facet[] = links.map((l) => ({
    byteStart: indexed.utf16IndexToUtf8Index(l.start),
    byteEnd: indexed.utf16IndexToUtf8Index(l.end),
    kind: 'link',
    value: l.url,
  }));
  for (const detected of detectedFacets(text, indexed)) {
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
export function detectedFacets(text: string, indexed = new UnicodeString(text)): NonNullable<ReturnType<typeof detectFacets>> {
  return (detectFacets(indexed) ?? []).sort((a, b) => a.index.byteStart - b.index.byteStart);
}
