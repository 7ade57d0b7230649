import { describe, expect, it } from 'vitest';
import { renderPost, targetPlatforms } from '../../../src/core/render/index.ts';
import { config, part, platform, post } from './_post.ts';

const MD = 'Django **6.0** is _out_: [release notes](https://example.com/6.0) and `pip install`.';

describe('targetPlatforms', () => {
  const cfg = config([
    platform('x'),
    platform('mastodon'),
    platform('slack', { enabled: false }),
    platform('linkedin', { retired: { since: '2025-01-01' } }),
    platform('bluesky'),
  ]);
  it('keeps enabled, not retired platforms in config order', () => {
    expect(targetPlatforms(post(['a']), cfg).map((p) => p.id)).toEqual(['x', 'mastodon', 'bluesky']);
  });
  it('intersects with the post own list', () => {
    expect(targetPlatforms(post(['a'], { platforms: ['bluesky', 'slack', 'x'] }), cfg).map((p) => p.id)).toEqual(['x', 'bluesky']);
  });
});

describe('renderPost text per platform', () => {
  const cases: [string, string][] = [
    ['mastodon', 'Django 6.0 is out: release notes https://example.com/6.0 and pip install.'],
    ['x', 'Django 6.0 is out: release notes https://example.com/6.0 and pip install.'],
    ['threads', 'Django 6.0 is out: release notes https://example.com/6.0 and pip install.'],
    ['bluesky', 'Django 6.0 is out: release notes and pip install.'],
    ['discord', MD],
    ['discourse', MD],
    ['slack', 'Django *6.0* is _out_: <https://example.com/6.0|release notes> and `pip install`.'],
    ['linkedin', 'Django 6.0 is out: release notes https://example.com/6.0 and pip install.'],
  ];
  for (const [id, expected] of cases) {
    it(id, () => {
      const r = renderPost(post([MD]), platform(id as never));
      expect(r.parts[0]?.text).toBe(expected);
    });
  }
  it('a link whose text is its URL shows the URL once', () => {
    expect(renderPost(post(['see [example.com/a](https://example.com/a)']), platform('x')).parts[0]?.text).toBe(
      'see https://example.com/a',
    );
  });
  it('CRLF becomes LF and hard breaks become newlines', () => {
    expect(renderPost(post(['a  \r\nb\\\nc']), platform('mastodon')).parts[0]?.text).toBe('a\nb\nc');
  });
  it('snake_case and lone asterisks are not emphasis', () => {
    expect(renderPost(post(['snake_case_name 2 * 3 * 4']), platform('x')).parts[0]?.text).toBe('snake_case_name 2 * 3 * 4');
  });
  it('backslash escapes give the literal character', () => {
    expect(renderPost(post(['\\*not em\\*']), platform('x')).parts[0]?.text).toBe('*not em*');
  });
});

describe('Slack mrkdwn', () => {
  it('escapes & < > in text', () => {
    expect(renderPost(post(['a < b && c > d']), platform('slack')).parts[0]?.text).toBe('a &lt; b &amp;&amp; c &gt; d');
  });
});

describe('LinkedIn little text', () => {
  const render = (md: string) => renderPost(post([md]), platform('linkedin')).parts[0]!;
  it('escapes reserved characters but keeps hashtags', () => {
    expect(render('#Django (v6) @team [x] {y} <z> a|b *c* ~d~ e_f \\\\').text).toBe(
      '#Django \\(v6\\) \\@team \\[x\\] \\{y\\} \\<z\\> a\\|b c \\~d\\~ e\\_f \\\\',
    );
  });
  it('escapes a # that is not a hashtag', () => {
    expect(render('issue #1 is C#').text).toBe('issue #1 is C\\#');
  });
  it('leaves URLs linkable, percent-encoding the reserved characters that can be', () => {
    expect(render('see https://en.wikipedia.org/wiki/Django_(web_framework) now').text).toBe(
      'see https://en.wikipedia.org/wiki/Django_%28web_framework%29 now',
    );
  });
  it('counts what readers see: escapes are free', () => {
    expect(render('(a)').count.used).toBe(3);
  });
});

describe('threads and joining', () => {
  it('thread platforms get one rendered part per post part, with source positions', () => {
    const r = renderPost(post(['one', 'two']), platform('mastodon'));
    expect(r.parts.map((p) => [p.text, p.line])).toEqual([
      ['one', 5],
      ['two', 8],
    ]);
  });
  it('platforms without threads get the parts joined by a blank line, media together', () => {
    const p = post(['one', 'two']);
    p.parts[1]!.media.push({ path: 'media/a.png', alt: 'A chart', kind: 'image', line: 9, column: 1 });
    const r = renderPost(p, platform('discord'));
    expect(r.parts).toHaveLength(1);
    expect(r.parts[0]?.text).toBe('one\n\ntwo');
    expect(r.parts[0]?.media.map((m) => m.path)).toEqual(['media/a.png']);
  });
  it('a per-platform override replaces the parts', () => {
    const r = renderPost(post(['long text'], { overrides: { x: [part('short')] } }), platform('x'));
    expect(r.parts.map((p) => p.text)).toEqual(['short']);
  });
});

describe('content warning', () => {
  const p = post(['body', 'more'], { contentWarning: 'politics', language: 'en', visibility: 'unlisted' });
  it('Mastodon gets the field, counted with every part', () => {
    const r = renderPost(p, platform('mastodon'));
    expect(r.contentWarning).toBe('politics');
    expect(r.parts.map((x) => x.count.used)).toEqual([12, 12]);
    expect(r.visibility).toBe('unlisted');
    expect(r.language).toBe('en');
  });
  it('platforms without the field get it prepended to the first part, and it counts', () => {
    const r = renderPost(p, platform('x'));
    expect(r.contentWarning).toBeUndefined();
    expect(r.visibility).toBeUndefined();
    expect(r.parts.map((x) => x.text)).toEqual(['CW: politics\n\nbody', 'more']);
    expect(r.parts[0]?.count.used).toBe('CW: politics\n\nbody'.length);
  });
});

describe('counts use the configured limit', () => {
  it('overrides the default', () => {
    const r = renderPost(post(['a'.repeat(600)]), platform('mastodon', { limits: { characters: 1000 } }));
    expect(r.parts[0]?.count).toEqual({ used: 600, limit: 1000 });
  });
});
