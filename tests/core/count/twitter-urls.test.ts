// One URL extraction serves X and Mastodon: both answers must be twitter-text's own, exactly.
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { twitterUrls, twitterUrlsWithScheme } from '../../../src/core/count/twitter-urls.ts';
import { hostileTexts, randomCodePointTexts } from './_hostile.ts';

const texts = [...hostileTexts(6000), ...randomCodePointTexts(2000)];

describe('twitterUrls and twitterUrlsWithScheme against extractUrlsWithIndices', () => {
  it('give the library answers, fresh and shared, on 8,000 hostile texts', () => {
    let withScheme = 0;
    let withoutScheme = 0;
    texts.forEach((text, i) => {
      const all = twitterText.extractUrlsWithIndices(text);
      const scheme = twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false });
      // Half the texts ask for the scheme-only answer first, half after the full one (shared).
      if (i % 2) expect(twitterUrlsWithScheme(text), JSON.stringify(text)).toEqual(scheme);
      expect(twitterUrls(text), JSON.stringify(text)).toEqual(all);
      expect(twitterUrlsWithScheme(text), JSON.stringify(text)).toEqual(scheme);
      withScheme += scheme.length;
      withoutScheme += all.length - scheme.length;
    });
    expect(withScheme).toBeGreaterThan(3000);
    expect(withoutScheme).toBeGreaterThan(3000);
  });

  it('every extracted URL has a dot, and a scheme has a colon (the early exits agree)', () => {
    for (const text of texts) for (const { url } of twitterText.extractUrlsWithIndices(text)) expect(url).toContain('.');
    expect(twitterUrlsWithScheme('http://localhost')).toEqual([]);
  });
});
