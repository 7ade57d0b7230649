// Facet offsets are UTF-8 byte offsets: check each against the encoded bytes of the text.
import { fileURLToPath } from 'node:url';
import { RichText } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { detectedFacets } from '../../../src/core/render/bluesky-facets.ts';
import { renderPost } from '../../../src/core/render/index.ts';
import { seededRandom } from '../rules/seeded-random.ts';
import { platform, post } from './_post.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const bytesOf = (text: string, start: number, end: number) => decoder.decode(encoder.encode(text).slice(start, end));

function render(md: string, cw?: string) {
  return renderPost(post([md], cw ? { contentWarning: cw } : {}), platform('bluesky')).parts[0]!;
}

describe('Bluesky facets', () => {
  it('a markdown link becomes a link facet over its text', () => {
    const part = render('Read [the notes](https://example.com/6.0) now');
    expect(part.text).toBe('Read the notes now');
    expect(part.facets).toEqual([{ byteStart: 5, byteEnd: 14, kind: 'link', value: 'https://example.com/6.0' }]);
  });
  it('offsets are bytes after multi-byte text (emoji, CJK, combining marks)', () => {
    const part = render('👨‍👩‍👧 日本 é [リンク](https://example.jp) #Django https://bsky.app/x');
    const byKind = part.facets.map((f) => [f.kind, bytesOf(part.text, f.byteStart, f.byteEnd), f.value]);
    expect(byKind).toEqual([
      ['link', 'リンク', 'https://example.jp'],
      ['tag', '#Django', 'Django'],
      ['link', 'https://bsky.app/x', 'https://bsky.app/x'],
    ]);
  });
  it('a prepended content warning shifts the facets', () => {
    const part = render('[x](https://a.example)', 'ünïcode');
    const f = part.facets[0]!;
    expect(bytesOf(part.text, f.byteStart, f.byteEnd)).toBe('x');
  });
  it('mentions of handles become mention facets carrying the handle', () => {
    const part = render('thanks @alice.bsky.social!');
    expect(part.facets.map((f) => [f.kind, f.value, bytesOf(part.text, f.byteStart, f.byteEnd)])).toEqual([
      ['mention', 'alice.bsky.social', '@alice.bsky.social'],
    ]);
  });
  it('a link whose text is the URL is not faceted twice', () => {
    const part = render('<https://example.com/a>');
    expect(part.facets).toHaveLength(1);
  });
  it('counts graphemes and bytes of the rendered text', () => {
    const part = render('[日本](https://example.com/very/long/url/that/is/not/shown)');
    expect(part.count.used).toBe(2);
    expect(part.count.bytes?.used).toBe(6);
  });
});

// blueskyFacets imports @atproto/api's detection by file path (the package exports only its heavy root).
describe('Bluesky facet detection', () => {
  it('uses the installed package, the one its root resolves to', () => {
    const root = fileURLToPath(import.meta.resolve('@atproto/api'));
    expect(root).toBe(fileURLToPath(new URL('../../../node_modules/@atproto/api/dist/index.js', import.meta.url)));
  });

  it('detects exactly what RichText#detectFacetsWithoutResolution detects, on 3,000 seeded texts', () => {
    const random = seededRandom(20261121);
    const pieces = [
      'Django',
      'release',
      '#Django',
      '#日本',
      '#123',
      '#a_b',
      '##x',
      '$DJNG',
      '@ada.bsky.social',
      '@x.test',
      '@nope',
      'a@b.com',
      'https://example.com/a?b=1',
      'http://x.org/(y)',
      'example.com',
      'foo.bar',
      'www.djangoproject.com/weblog/',
      'djangogirls.org/en/',
      '🎉',
      '👨‍👩‍👧',
      'café',
      '日本語',
      '.',
      ',',
      ')',
      '(',
      '!',
      '\n',
      '\n\n',
      '"',
      '…',
      '\ud800',
    ];
    const glue = [' ', ' ', '', '\n', '.', '/'];
    let withFacets = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const count = 1 + Math.floor(random() * 12);
      for (let j = 0; j < count; j++) text += pieces[Math.floor(random() * pieces.length)]! + glue[Math.floor(random() * glue.length)]!;
      const rt = new RichText({ text });
      rt.detectFacetsWithoutResolution();
      const expected = rt.facets ?? [];
      expect(detectedFacets(text), JSON.stringify(text)).toEqual(expected);
      if (expected.length > 0) withFacets++;
    }
    expect(withFacets).toBeGreaterThan(1000);
  });
});
