import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/post/parse.ts';

const FILE = 'posts/news/launch.md';
const parse = (body: string, front = 'language: en') => parsePost(FILE, `---\n${front}\n---\n${body}`);
const IMG = '![Three people at a sprint table](media/sprint.png "Photo: Jane Doe")';

describe('body: thread parts', () => {
  it('splits on --- lines and records where each part starts', () => {
    const result = parse('First part\n\n---\n\n  Second part\nline two\n---\nThird');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.post.parts.map((p) => [p.text, p.line, p.column])).toEqual([
      ['First part', 4, 1],
      ['  Second part\nline two', 8, 3],
      ['Third', 11, 1],
    ]);
  });

  it('does not split inside a fenced code block', () => {
    const result = parse('Config:\n```yaml\n---\n![not](an-image.png)\n```\nend');
    expect(result.ok && result.post.parts.map((p) => p.text)).toEqual(['Config:\n```yaml\n---\n![not](an-image.png)\n```\nend']);
  });

  it('treats ---- and "--- text" as text, not breaks', () => {
    const result = parse('one\n----\n--- two');
    expect(result.ok && result.post.parts.length).toBe(1);
  });

  it('handles CRLF and a BOM with exact positions', () => {
    const result = parsePost(FILE, '\uFEFF---\r\nlanguage: en\r\n---\r\nOne\r\n---\r\nTwo ' + IMG + '\r\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.post.parts.map((p) => [p.text, p.line, p.column])).toEqual([
      ['One', 4, 1],
      ['Two', 6, 1],
    ]);
    expect(result.post.parts[1]!.media[0]).toMatchObject({ line: 6, column: 5 });
  });

  const empty: [string, string, number][] = [
    ['a trailing ---', 'One\n---\n', 5],
    ['two --- in a row', 'One\n---\n---\nTwo', 5],
    ['a leading ---', '---\nOne', 4],
  ];
  it.each(empty)('reports an empty part for %s', (_, body, line) => {
    const result = parse(body);
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({ line, column: 1, message: expect.stringMatching(/thread part \d is empty/) });
  });
});

describe('body: media', () => {
  it("turns images into the part's media, relative to the post's folder", () => {
    const result = parse(`Sprint day!\n\n${IMG}\n---\n![A cat asleep on a keyboard](/assets/cat.gif) and text`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [one, two] = result.post.parts;
    expect(one).toMatchObject({
      text: 'Sprint day!',
      media: [
        {
          path: 'posts/news/media/sprint.png',
          alt: 'Three people at a sprint table',
          credit: 'Photo: Jane Doe',
          kind: 'image',
          line: 6,
          column: 1,
        },
      ],
    });
    expect(two).toMatchObject({ text: 'and text', media: [{ path: 'assets/cat.gif', kind: 'gif', line: 8, column: 1 }] });
    expect(two!.media[0]!.credit).toBeUndefined();
  });

  it('allows a part that is only an image, and several images per part', () => {
    const result = parse(`Intro\n---\n${IMG}\n${IMG.replace('media/sprint', 'media/venue')}`);
    expect(result.ok && result.post.parts[1]).toMatchObject({
      text: '',
      line: 6,
      media: [{ path: 'posts/news/media/sprint.png' }, { path: 'posts/news/media/venue.png' }],
    });
  });

  it('accepts <path with spaces>, single-quoted and parenthesised credits, escaped brackets', () => {
    const result = parse("![A \\[draft\\] poster](<media/my poster.webp> 'Poster: DSF') ![Talk recording](media/talk.mp4 (Video: DSF))");
    expect(result.ok && result.post.parts[0]!.media).toMatchObject([
      { path: 'posts/news/media/my poster.webp', alt: 'A [draft] poster', credit: 'Poster: DSF', kind: 'image' },
      { path: 'posts/news/media/talk.mp4', credit: 'Video: DSF', kind: 'video' },
    ]);
  });

  const bad: [string, string, number, string][] = [
    ['missing alt text', 'Hi ![](media/a.png "Photo: me")', 4, 'image alt text is missing'],
    ['blank alt text', 'Hi ![  ](media/a.png "Photo: me")', 4, 'image alt text is missing'],
    ['missing credit', 'Hi ![A cat](media/a.png)', 4, 'image credit is missing'],
    ['.. escape', 'Hi ![A cat](../../../etc/passwd.png "x")', 4, 'points outside the repository'],
    ['encoded .. escape', 'Hi ![A cat](%2e%2e/%2e%2e/%2e%2e/x.png "x")', 4, 'points outside the repository'],
    ['URL', 'Hi ![A cat](https://example.com/a.png "x")', 4, 'not a URL'],
    ['protocol-relative URL', 'Hi ![A cat](//example.com/a.png "x")', 4, 'not a URL'],
    ['Windows path', 'Hi ![A cat](C:/Users/a.png "x")', 4, 'absolute path on one computer'],
    ['backslash', 'Hi ![A cat](media\\a.png "x")', 4, 'contains a backslash'],
    ['NUL escape', 'Hi ![A cat](media/a%00.png "x")', 4, 'control characters'],
    ['bad escape', 'Hi ![A cat](media/%zz.png "x")', 4, 'malformed %-escape'],
    ['unsupported type', 'Hi ![A logo](media/logo.svg "x")', 4, 'unsupported media file "media/logo.svg"'],
    ['no extension', 'Hi ![A logo](media/logo "x")', 4, 'unsupported media file'],
  ];
  it.each(bad)('rejects %s at the image', (_, body, column, message) => {
    const result = parse(body);
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({ ruleId: 'parse', severity: 'error', file: FILE, line: 4, column });
    expect(result.findings[0]!.message).toContain(message);
  });

  it('warns about image-like text that is not an image', () => {
    const result = parse('Look ![broken](media/a.png "x" and more');
    expect(result.ok).toBe(true);
    expect(result.findings[0]).toMatchObject({ severity: 'warn', line: 4, column: 6 });
  });
});

describe('overrides', () => {
  it('parses threads and images inside a | block with exact positions', () => {
    const front = `language: en\noverrides:\n  x: |\n    Short one\n    ---\n    ${IMG}\n  linkedin: A longer text on one line`;
    const result = parsePost(FILE, `---\n${front}\n---\nDefault\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.post.overrides.x).toEqual([
      { text: 'Short one', media: [], line: 5, column: 5 },
      { text: '', media: [expect.objectContaining({ path: 'posts/news/media/sprint.png', line: 7, column: 5 })], line: 7, column: 5 },
    ]);
    expect(result.post.overrides.linkedin).toEqual([{ text: 'A longer text on one line', media: [], line: 8, column: 13 }]);
  });

  it('points errors inside an override at the line in the YAML', () => {
    const result = parsePost(FILE, '---\noverrides:\n  x: |\n    Text\n    ![](media/a.png "c")\n---\nBody\n');
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({
      line: 5,
      column: 5,
      message: expect.stringContaining('overrides.x: image alt text is missing'),
    });
  });
});
