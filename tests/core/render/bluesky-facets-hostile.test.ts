// Facets on hostile texts: detection exactly as RichText gives it, and link offsets exactly as TextEncoder
// counts the bytes before them.
import { RichText } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { blueskyFacets, detectedFacets } from '../../../src/core/render/bluesky-facets.ts';
import type { LinkRange } from '../../../src/core/render/formats.ts';
import { hostileTexts, randomCodePointTexts } from '../count/_hostile.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const encoder = new TextEncoder();
const bytesBefore = (text: string, i: number) => encoder.encode(text.slice(0, i)).byteLength;

function richTextFacets(text: string) {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  return rt.facets ?? [];
}

describe('Bluesky facets on hostile texts', () => {
  const texts = [...hostileTexts(4000, 5), ...randomCodePointTexts(1500, 11)];

  it('detection is RichText#detectFacetsWithoutResolution, on ASCII and other texts', () => {
    let ascii = 0;
    let other = 0;
    for (const text of texts) {
      const expected = richTextFacets(text);
      expect(detectedFacets(text), JSON.stringify(text)).toEqual(expected);
      if (expected.length > 0 && /^[\x00-\x7f]*$/.test(text)) ascii++;
      else if (expected.length > 0) other++;
    }
    expect(ascii).toBeGreaterThan(100);
    expect(other).toBeGreaterThan(1500);
  });

  it('markdown link ranges get the byte offsets TextEncoder gives, also inside surrogate pairs', () => {
    const random = seededRandom(3);
    for (const text of texts) {
      const links: LinkRange[] = [];
      for (let k = 0; k < 3; k++) {
        const start = Math.floor(random() * (text.length + 1));
        const end = start + Math.floor(random() * (text.length - start + 1));
        links.push({ start, end, url: `https://example.com/${k}` });
      }
      const facets = blueskyFacets(text, links);
      for (const link of links) {
        const expected = { byteStart: bytesBefore(text, link.start), byteEnd: bytesBefore(text, link.end), kind: 'link', value: link.url };
        expect(facets, JSON.stringify([text, link])).toContainEqual(expected);
      }
    }
  });
});
