// Bluesky facets: the markdown links Herald knows about, plus what @atproto/api's RichText detects
// in the text (bare links, #tags, @handle mentions), all with UTF-8 byte offsets.
// `@atproto/api` exports only its root, which loads every lexicon (half a second, see docs/platforms.md);
// RichText#detectFacetsWithoutResolution is detectFacets(new UnicodeString(text)) sorted by byteStart, so
// detection is imported by path, as RichText itself imports it. tests/core/render/bluesky-facets.test.ts
// proves it is the installed package's and gives exactly what RichText gives.
import { detectFacets } from '../../../node_modules/@atproto/api/dist/rich-text/detection.js';
import type { UnicodeString } from '../../../node_modules/@atproto/api/dist/rich-text/unicode.js';
import { insidePair, utf8Length } from '../count/graphemes.ts';
import type { Facet } from '../types.ts';
import type { LinkRange } from './formats.ts';

export function blueskyFacets(text: string, links: LinkRange[]): Facet[] {
  const indexed = new Utf8Indexed(text);
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
export function detectedFacets(text: string, indexed = new Utf8Indexed(text)): NonNullable<ReturnType<typeof detectFacets>> {
  return (detectFacets(indexed as unknown as UnicodeString) ?? []).sort((a, b) => a.index.byteStart - b.index.byteStart);
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * What detectFacets reads of a UnicodeString (`utf16`, `utf16IndexToUtf8Index`), without encoding the whole
 * text up front or each prefix again: the UTF-8 length of `utf16.slice(0, i)`, as TextEncoder counts it (a
 * lone surrogate, also one cut off by the slice, is U+FFFD: 3 bytes).
 */
class Utf8Indexed {
  readonly utf16: string;
  private readonly ascii: boolean;
  private wide: WideUnits | undefined;

  constructor(text: string) {
    this.utf16 = text;
    this.ascii = ASCII.test(text);
  }

  utf16IndexToUtf8Index(i: number): number {
    if (!(i >= 0 && i <= this.utf16.length && Number.isInteger(i))) return utf8Length(this.utf16.slice(0, i));
    if (this.ascii) return i;
    const { at, extraBefore } = (this.wide ??= wideUnits(this.utf16));
    let k = 0;
    while (k < at.length && (at[k] as number) < i) k++;
    return i + (extraBefore[k] as number);
  }
}

/** Non-ASCII code units, ascending, and extraBefore[k]: the bytes beyond one per unit of the first k of them. */
interface WideUnits {
  at: number[];
  extraBefore: number[];
}

const NON_ASCII_UNIT = /[^\x00-\x7f]/g;

// A unit below U+0800 takes 2 bytes; a high surrogate 3 alone or 4 with the low one after it (which adds
// nothing then); any other unit 3.
function wideUnits(text: string): WideUnits {
  const at: number[] = [];
  const extraBefore = [0];
  let extra = 0;
  NON_ASCII_UNIT.lastIndex = 0;
  for (let m = NON_ASCII_UNIT.exec(text); m; m = NON_ASCII_UNIT.exec(text)) {
    const c = text.charCodeAt(m.index);
    extra += c < 0x800 ? 1 : insidePair(text, m.index) ? 0 : 2;
    at.push(m.index);
    extraBefore.push(extra);
  }
  return { at, extraBefore };
}
