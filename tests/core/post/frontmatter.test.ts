import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/post/parse.ts';
import { MAX_SOURCE_BYTES } from '../../../src/core/yaml/source.ts';

const FILE = 'posts/a.md';

describe('front matter fences and languages', () => {
  const refused: [string, string, number, number, string][] = [
    ['---js', '---js\n{ platforms: ["x"] }\n---\nHi', 1, 4, 'front matter language "js" is not supported'],
    ['---javascript', '---javascript\nmodule.exports = {}\n---\nHi', 1, 4, 'language "javascript"'],
    ['---coffee', '---coffee\nplatforms: ["x"]\n---\nHi', 1, 4, 'language "coffee"'],
    ['---json', '---json\n{"language": "en"}\n---\nHi', 1, 4, 'language "json"'],
    ['---toml', '---toml\nlanguage = "en"\n---\nHi', 1, 4, 'language "toml"'],
    ['--- yaml (anything after the fence)', '--- yaml\nlanguage: en\n---\nHi', 1, 4, 'language "yaml"'],
    ['+++ TOML', '+++\nlanguage = "en"\n+++\nHi', 1, 1, 'TOML front matter (+++) is not supported'],
    ['never closed', '---\nlanguage: en\nHi there', 1, 1, 'the front matter is never closed'],
    ['closed by ---- ', '---\nlanguage: en\n----\nHi', 3, 1, 'must be closed by a line containing only ---'],
    ['blank lines before the fence', '\n\n---\nlanguage: en\n---\nHi', 1, 1, 'must start on the very first line'],
    // Without the opening ---, the fields would be part 1 of a thread.
    [
      'no opening ---',
      'language: en\nplatforms: [mastodon, x]\n---\nHi',
      1,
      1,
      'the front matter has no opening ---: "language: en" would be published as text',
    ],
    ['no opening --- (lists, aliases)', 'tags:\n  - release\ncw: burnout\n---\nHi', 1, 1, 'has no opening ---: "tags:"'],
  ];
  it.each(refused)('refuses %s', (_, source, line, column, message) => {
    const result = parsePost(FILE, source);
    expect(result.ok).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'parse', severity: 'error', file: FILE, line, column });
    expect(result.findings[0]!.message).toContain(message);
  });

  it('never evaluates a JavaScript front matter, however it is written', () => {
    const g = globalThis as Record<string, unknown>;
    delete g.heraldPwned;
    for (const fence of ['---js', '---javascript', '--- js ', '---JS', '---coffee']) {
      parsePost(FILE, `${fence}\n{ x: (globalThis.heraldPwned = true) }\n---\nHi`);
    }
    expect(g.heraldPwned).toBeUndefined();
  });

  it('gives the same answer for the same content twice (no gray-matter cache)', () => {
    const source = '---\nlanguage: en\n---\nHi';
    const first = parsePost(FILE, source);
    const second = parsePost('posts/b.md', source);
    expect(first.ok && second.ok && [first.post.file, second.post.file]).toEqual([FILE, 'posts/b.md']);
    if (first.ok) first.post.parts[0]!.text = 'changed';
    expect(parsePost(FILE, source)).toMatchObject({ ok: true, post: { parts: [{ text: 'Hi' }] } });
  });

  it('keeps a thread whose first part merely starts with a word and a colon', () => {
    const result = parsePost(FILE, 'Note: Django 6.0 is out\n\n---\n\nsummary: a second part');
    expect(result).toMatchObject({ ok: true, post: { parts: [{ text: 'Note: Django 6.0 is out' }, { text: 'summary: a second part' }] } });
    expect(parsePost(FILE, 'release: today!\n---\nmore').ok).toBe(true);
  });

  it('accepts a post without front matter and one with empty front matter', () => {
    expect(parsePost(FILE, 'Just text')).toMatchObject({ ok: true, post: { parts: [{ text: 'Just text', line: 1 }] } });
    expect(parsePost(FILE, '---\n---\nText')).toMatchObject({ ok: true, post: { parts: [{ text: 'Text', line: 3 }] } });
    expect(parsePost(FILE, '---\n# only a comment\n---\nText')).toMatchObject({ ok: true });
  });
});

describe('CRLF front matter (files saved on Windows)', () => {
  it('reads a flow list on the last field, with positions of later errors intact', () => {
    const result = parsePost(FILE, '---\r\nlanguage: en\r\ntags: [release, django]\r\n---\r\nHi\r\n');
    expect(result.ok && result.post.tags).toEqual(['release', 'django']);
    const wrong = parsePost(FILE, '\uFEFF---\r\nlanguage: en\r\nplatforms: [mastadon]\r\n---\r\nHi\r\n');
    expect(wrong.findings).toEqual([
      expect.objectContaining({ line: 3, column: 13, message: expect.stringContaining('unknown platform "mastadon"') }),
    ]);
  });
});

describe('file-level safety', () => {
  it('refuses terminal escape sequences and other controls, at their place', () => {
    const result = parsePost(FILE, '\uFEFF---\nlanguage: en\n---\nHello \u001b]0;pwned\u0007 world\n');
    expect(result).toMatchObject({
      ok: false,
      findings: [
        {
          line: 4,
          column: 7,
          message: 'the file contains the control character U+001B, which no platform shows and a terminal may act on',
        },
      ],
    });
    expect(parsePost(FILE, '---\nlanguage: en\n---\nA C1 control: \u009b\n')).toMatchObject({
      ok: false,
      findings: [{ line: 4, column: 15 }],
    });
    expect(parsePost(FILE, '---\r\nlanguage: en\r\n---\r\nTabs\tand CRLF are fine\r\n').ok).toBe(true);
  });

  it('does not quote a size it cannot know (the CLI reads a 5 MB file only up to the limit + 1 byte)', () => {
    const capped = new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61);
    const result = parsePost(FILE, capped);
    expect(result).toMatchObject({ ok: false, findings: [{ message: 'the file is too large: the limit is 262144 bytes (256 KiB)' }] });
  });

  it('refuses files over 256 KiB, as string and as bytes', () => {
    const big = `---\nlanguage: en\n---\n${'a'.repeat(MAX_SOURCE_BYTES)}`;
    for (const source of [big, new TextEncoder().encode(big)]) {
      const result = parsePost(FILE, source);
      expect(result).toMatchObject({
        ok: false,
        findings: [{ line: 1, column: 1, message: expect.stringContaining('the limit is 262144 bytes') }],
      });
    }
  });

  it('counts bytes, not characters, against the limit', () => {
    const result = parsePost(FILE, 'é'.repeat(MAX_SOURCE_BYTES / 2 + 1));
    expect(result.ok).toBe(false);
  });

  it('reports the line and column of the first invalid UTF-8 byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('---\nlanguage: en\n---\nHéllo '), 0xc3, 0x28, 0x0a]);
    const result = parsePost(FILE, bytes);
    expect(result).toMatchObject({
      ok: false,
      findings: [{ line: 4, column: 7, message: expect.stringContaining('invalid UTF-8: byte 0xc3') }],
    });
  });

  it('rejects overlong encodings and UTF-16 surrogates encoded as UTF-8', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const result = parsePost(FILE, new Uint8Array([0x41, ...bad]));
      expect(result).toMatchObject({ ok: false, findings: [{ line: 1, column: 2 }] });
    }
  });

  it('rejects lone surrogates in a string', () => {
    expect(parsePost(FILE, 'Hi\n ab\uD800')).toMatchObject({ ok: false, findings: [{ line: 2, column: 4 }] });
  });

  it('rejects NUL characters with their position', () => {
    expect(parsePost(FILE, '---\nlanguage: en\n---\nHi\0there')).toMatchObject({
      ok: false,
      findings: [{ line: 4, column: 3, message: expect.stringContaining('NUL') }],
    });
  });

  it('refuses YAML alias bombs and deep nesting', () => {
    const anchors = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 20; i++)
      anchors.push(
        `l${i}: &l${i} [${Array(9)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const bomb = parsePost(FILE, `---\n${anchors.join('\n')}\n---\nHi`);
    expect(bomb).toMatchObject({ ok: false, findings: [{ message: expect.stringContaining('more than 16 aliases') }] });
    const deep = parsePost(FILE, `---\ntags: ${'['.repeat(10_000)}\n---\nHi`);
    expect(deep).toMatchObject({
      ok: false,
      findings: [{ line: 2, column: 71, message: expect.stringContaining('nesting deeper than 64') }],
    });
  });

  // Issue 9: block nesting this deep made the yaml package run out of call stack ("Maximum call stack size
  // exceeded" was the finding); it is the same bounded error as for flow nesting, where the 65th level opens.
  it.each([
    ['a list in a list', `tags:\n${'- '.repeat(60_000)}x`, 4, 129],
    ['explicit keys', `tags:\n  ${'? '.repeat(60_000)}x`, 4, 131],
  ])('refuses 60,000-deep block YAML (%s) at file:line', (_, yaml, line, column) => {
    const result = parsePost(FILE, `---\nlanguage: en\n${yaml}\n---\nHi`);
    expect(result).toEqual({
      ok: false,
      findings: [expect.objectContaining({ file: FILE, line, column, message: 'YAML nesting deeper than 64 levels is not allowed' })],
    });
  });
});
