import { describe, expect, it } from 'vitest';
import { parseOpenGraph } from '../../src/core/opengraph.ts';

const page = 'https://www.djangoproject.com/weblog/2026/dec/01/django-60-released/';

describe('parseOpenGraph', () => {
  it('reads og:title, og:description and og:image', () => {
    const html = `<!doctype html><html><head>
      <title>Ignored when og:title exists</title>
      <meta property="og:title" content="Django 6.0 released">
      <meta property="og:description" content="The Django team is happy to announce 6.0.">
      <meta property="og:image" content="https://static.djangoproject.com/img/logos/django-logo.png">
    </head><body></body></html>`;
    expect(parseOpenGraph(html, page)).toEqual({
      title: 'Django 6.0 released',
      description: 'The Django team is happy to announce 6.0.',
      image: 'https://static.djangoproject.com/img/logos/django-logo.png',
    });
  });

  it('decodes entities in attributes and in <title>', () => {
    const html = `<head><title>Tips &amp; tricks &#x2014; part&nbsp;2</title>
      <meta name="description" content="Caf&eacute; &lt;3 &quot;quotes&quot; &#39;single&#39;"></head>`;
    expect(parseOpenGraph(html, page)).toEqual({
      title: 'Tips & tricks — part 2',
      description: 'Café <3 "quotes" \'single\'',
    });
  });

  it('resolves relative og:image URLs against the page', () => {
    const relative = parseOpenGraph('<meta property="og:image" content="../../img/card.png">', page);
    expect(relative.image).toBe('https://www.djangoproject.com/weblog/2026/dec/img/card.png');
    const rooted = parseOpenGraph('<meta property="og:image" content="/card.png">', page);
    expect(rooted.image).toBe('https://www.djangoproject.com/card.png');
    const schemeless = parseOpenGraph('<meta property="og:image" content="//cdn.example.org/a.jpg">', page);
    expect(schemeless.image).toBe('https://cdn.example.org/a.jpg');
  });

  it('drops images that are not http(s)', () => {
    for (const src of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'file:///etc/passwd', 'http://[bad']) {
      expect(parseOpenGraph(`<meta property="og:image" content="${src}">`, page).image).toBeUndefined();
    }
  });

  it('returns nothing for missing tags and empty or odd input', () => {
    expect(parseOpenGraph('', page)).toEqual({});
    expect(parseOpenGraph('<html><head></head><body><p>hi</p></body></html>', page)).toEqual({});
    expect(parseOpenGraph('<meta property="og:title">', page)).toEqual({});
    expect(parseOpenGraph('\u0000\uFFFD<<<meta property=og:title content=x', page)).toEqual({});
  });

  it('keeps the first of repeated tags and ignores case of names and keys', () => {
    const html = `<HEAD><META PROPERTY="OG:IMAGE" CONTENT="/first.png"><meta property="og:image" content="/second.png">
      <meta property="og:title" content="First"><meta property="og:title" content="Second"></HEAD>`;
    expect(parseOpenGraph(html, page)).toEqual({ title: 'First', image: 'https://www.djangoproject.com/first.png' });
  });

  it('prefers og:image:secure_url and falls back to twitter: tags', () => {
    const html = `<meta property="og:image" content="http://example.org/a.png">
      <meta property="og:image:secure_url" content="https://example.org/a.png">
      <meta name="twitter:title" content="From Twitter card"><meta name="twitter:description" content="Twitter text">`;
    expect(parseOpenGraph(html, page)).toEqual({
      title: 'From Twitter card',
      description: 'Twitter text',
      image: 'https://example.org/a.png',
    });
  });

  it('ignores tags in the body and text outside <title>', () => {
    const html = `<head><title>Real</title></head><body><title>Fake</title>
      <meta property="og:description" content="from the body"></body>`;
    expect(parseOpenGraph(html, page)).toEqual({ title: 'Real' });
  });

  it('collapses whitespace and caps long text', () => {
    const html = `<meta property="og:title" content="  Many
      spaces\there  "><meta property="og:description" content="${'word '.repeat(400)}">`;
    const graph = parseOpenGraph(html, page);
    expect(graph.title).toBe('Many spaces here');
    expect(Array.from(graph.description ?? '').length).toBe(1000);
    expect(graph.description?.endsWith('…')).toBe(true);
  });

  it('does not treat script content as markup', () => {
    const html = `<head><script>document.write('<meta property="og:title" content="injected">')</script>
      <meta property="og:title" content="Honest"></head>`;
    expect(parseOpenGraph(html, page).title).toBe('Honest');
  });
});
