// One URL extraction serves X and Mastodon: both answers must be twitter-text's own, exactly.
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { twitterUrls, twitterUrlsWithScheme } from '../../../src/core/count/twitter-urls.ts';
import { seededRandom } from '../rules/seeded-random.ts';
import { hostileTexts, randomCodePointTexts } from './_hostile.ts';

// Prose: sentences, versions and numbers, where a `.` is rarely part of a URL.
function proseTexts(count: number): string[] {
  const random = seededRandom(17);
  const words = ['Django', 'release', 'is', 'out', '6.0', '3.14', '2026', 'e.g.', 'a.m.', 'café', '日本語', '✨', '@alice', '#Django', '.', '...', '!', '?', ',', '(', ')', ':', '"', '.\n', '.\u00a0'];
  return Array.from({ length: count }, () => {
    let text = '';
    const length = Math.floor(random() * 30);
    for (let i = 0; i < length; i++) text += words[Math.floor(random() * words.length)]! + (random() < 0.7 ? ' ' : '');
    return text;
  });
}

const texts = [...hostileTexts(6000), ...randomCodePointTexts(2000), ...proseTexts(2000)];

describe('twitterUrls and twitterUrlsWithScheme against extractUrlsWithIndices', () => {
  it('give the library answers, fresh and shared, on 10,000 hostile texts', () => {
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

  it('texts with no dot before a letter or non-ASCII character are answered without the library, often', () => {
    const skipped = texts.filter((text) => !/\.[a-zA-Z\u0080-\uffff]/.test(text));
    for (const text of skipped) expect(twitterText.extractUrlsWithIndices(text), JSON.stringify(text)).toEqual([]);
    expect(skipped.filter((text) => text.includes('.')).length).toBeGreaterThan(400);
  });

  it("the library's patterns: a domain ends in `.` and a top-level domain that starts with a letter or non-ASCII", () => {
    const { extractUrl, validDomain, validSubdomain, validDomainName, validGTLD, validCCTLD, validPunycode } = twitterText.regexen as unknown as Record<string, RegExp>;
    expect(extractUrl!.source).toContain(`(${validDomain!.source})`);
    expect(validDomain!.source).toBe(`(?:${validSubdomain!.source}*${validDomainName!.source}(?:${validGTLD!.source}|${validCCTLD!.source}|${validPunycode!.source}))`);
    expect(validDomainName!.source.endsWith('\\.)')).toBe(true);
    expect(validPunycode!.source).toBe('(?:xn--[\\-0-9a-z]+)');
    for (const tlds of [validGTLD!, validCCTLD!]) {
      const inner = /^\(\?:\(\?:(.*)\)\(\?=\[\^0-9a-zA-Z@\+-\]\|\$\)\)$/.exec(tlds.source);
      expect(inner, tlds.source.slice(0, 80)).not.toBeNull();
      const alternatives = inner![1]!.split('|');
      expect(alternatives.length).toBeGreaterThan(200);
      for (const tld of alternatives) expect(tld, tld).toMatch(/^[a-zA-Z\u0080-\uffff][^()[\]|?*+\\ \n]*$/);
    }
  });

  it("the library's pattern: past the character before the URL, nothing matches a space or newline and the only lookaheads accept them as the end", () => {
    const { extractUrl, validGTLD, validCCTLD, validUrlPrecedingChars } = twitterText.regexen as unknown as Record<string, RegExp>;
    expect(extractUrl!.flags).toBe('gi');
    const source = extractUrl!.source;
    const urlStart = source.indexOf('((https?:\\/\\/)?');
    expect(source.slice(0, urlStart)).toBe(`((${validUrlPrecedingChars!.source})`);
    for (const c of [' ', '\n']) expect(new RegExp(`^${validUrlPrecedingChars!.source}$`).test(c)).toBe(true);
    // The URL part: the top-level domain lists (with their lookahead) set aside, every class refuses space and
    // newline, no escape or dot outside a class matches anything wider, and no other lookaround is left.
    const url = source.slice(urlStart).split(validGTLD!.source).join('GTLD').split(validCCTLD!.source).join('CCTLD');
    for (const tlds of [validGTLD!, validCCTLD!]) expect(tlds.source.endsWith('(?=[^0-9a-zA-Z@+-]|$))')).toBe(true);
    for (const c of [' ', '\n']) expect(/^[^0-9a-zA-Z@+-]$/.test(c)).toBe(true);
    const classes = url.match(/\[(?:\\.|[^\]\\])*\]/g) ?? [];
    expect(classes.length).toBeGreaterThan(10);
    for (const cls of classes) for (const c of [' ', '\n']) expect(new RegExp(cls, 'i').test(c), cls.slice(0, 60)).toBe(false);
    const outside = url.replace(/\[(?:\\.|[^\]\\])*\]/g, '');
    expect(outside).not.toMatch(/\(\?[=!<]/);
    const escapes = outside.match(/\\./g) ?? [];
    for (const e of escapes) expect(['\\/', '\\.', '\\?', '\\(', '\\)', '\\-']).toContain(e);
    expect(outside.replace(/\\./g, '')).not.toMatch(/\./);
    expect(outside).not.toMatch(/[ \n]/);
  });

  it('every extracted URL has a dot, and a scheme has a colon (the early exits agree)', () => {
    for (const text of texts) for (const { url } of twitterText.extractUrlsWithIndices(text)) expect(url).toContain('.');
    expect(twitterUrlsWithScheme('http://localhost')).toEqual([]);
  });
});
