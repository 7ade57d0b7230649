import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/feed-drafts/clean-text.ts';
import { parseFeed } from '../../../src/core/feed-drafts/parse-feed.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/feeds', name), 'utf8');

describe('parseFeed', () => {
  it('reads RSS 2.0: guid, link, dates, HTML descriptions and CDATA as text', () => {
    const result = parseFeed(fixture('djangoproject.rss'));
    expect(result).toMatchObject({ ok: true, kind: 'rss', language: 'en-us' });
    if (!result.ok) return;
    expect(result.entries).toEqual([
      {
        id: 'https://www.djangoproject.com/weblog/2026/dec/03/django-60-released/',
        title: 'Django 6.0 released',
        url: 'https://www.djangoproject.com/weblog/2026/dec/03/django-60-released/',
        published: '2026-12-03T14:00:00.000Z',
        summary: 'The Django team is happy to announce the release of Django 6.0.',
        language: 'en-us',
      },
      {
        id: 'security-2026-11-04',
        title: 'Django security releases issued: 5.2.9 & 5.1.15',
        url: 'https://www.djangoproject.com/weblog/2026/nov/04/security-releases/',
        published: '2026-11-04T15:00:00.000Z',
        summary: 'In accordance with our security release policy , the Django team is issuing releases.',
        language: 'en-us',
      },
    ]);
  });

  it('reads Atom: the alternate link, updated when not published, per-entry language', () => {
    const result = parseFeed(fixture('jupyter.atom'));
    expect(result).toMatchObject({ ok: true, kind: 'atom', language: 'en' });
    if (!result.ok) return;
    expect(result.entries.map((e) => [e.title, e.url, e.published, e.language])).toEqual([
      ['JupyterLab 5 is here', 'https://blog.jupyter.org/jupyterlab-5-is-here', '2026-11-20T10:00:00.000Z', 'en'],
      ['JupyterCon 2027: convocatoria abierta', 'https://blog.jupyter.org/jupytercon-2027-cfp', '2026-11-01T07:30:00.000Z', 'es'],
    ]);
  });

  it('reads JSON Feed: numeric ids, external_url, item language', () => {
    const result = parseFeed(fixture('djangogirls.json'));
    expect(result).toMatchObject({ ok: true, kind: 'json' });
    if (!result.ok) return;
    expect(result.entries[1]).toEqual({
      id: '42',
      title: 'Tutorial update',
      url: 'https://blog.djangogirls.org/tutorial-update',
      language: 'pt-BR',
    });
  });

  it.each([
    ['an HTML page', '<html><body>hi</body></html>', /not an RSS 2.0, Atom or JSON feed/],
    ['broken XML', '<rss><channel><item></channel></rss>', /not well-formed XML at line 1/],
    [
      'an entity bomb',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rss>&b;</rss>',
      /declares XML entities/,
    ],
    ['an item without a link', '<rss><channel><item><title>x</title></item></channel></rss>', /<item> 1 \("x"\) has no <link>/],
    ['broken JSON', '{"version": ', /not valid JSON/],
    ['JSON that is not a feed', '{"hello": "world"}', /without a JSON Feed "version"/],
    ['RSS 1.0', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>', /RSS 1.0 \(RDF\) feeds are not supported/],
  ])('says what is wrong with %s', (_name, text, error) => {
    const result = parseFeed(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('cleanText', () => {
  it('folds a hostile title onto one harmless line', () => {
    expect(cleanText('Big news\n---\nplatforms: [x]\n![pwn](../../etc/passwd "x")')).toBe(
      'Big news --- platforms: [x] [pwn](../../etc/passwd "x")',
    );
    expect(cleanText('caf&#233; &amp; &#x1F389; &bogus;')).toBe('café & 🎉 &bogus;');
  });

  it('drops C0 and C1 controls, written or as entities, so the draft passes herald check', () => {
    expect(cleanText('a&#27;[2Jb&#155;31mc\u0085d')).toBe('a [2Jb 31mc d');
  });
});
