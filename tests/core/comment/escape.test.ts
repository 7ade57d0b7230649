import { describe, expect, it } from 'vitest';
import { blobUrl, clip, code, codeBlock, escapeInline, quoteLines, withCode } from '../../../src/core/comment/escape.ts';
import { splitFences } from './markdown.ts';

describe('escapeInline', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['</details>', '&lt;/details&gt;'],
    ['ping @octocat', 'ping @&#8203;octocat'],
    ['a | b', 'a \\| b'],
    ['[click](javascript:alert(1))', '\\[click\\]\\(javascript:alert\\(1\\)\\)'],
    ['**bold** _it_ `code`', '\\*\\*bold\\*\\* \\_it\\_ \\`code\\`'],
    ['line one\n## heading', 'line one \\#\\# heading'],
    ['AT&T', 'AT&amp;T'],
    ['mail me at a@b.org', 'mail me at a@&#8203;b.org'],
  ])('%j → %j', (raw, escaped) => expect(escapeInline(raw)).toBe(escaped));
});

describe('codeBlock', () => {
  it.each([
    ['plain', '```'],
    ['has ``` inside', '````'],
    ['has ````` five', '``````'],
  ])('%j gets a fence of %s', (text, fence) => {
    expect(codeBlock(text)).toBe(`${fence}text\n${text}\n${fence}`);
  });

  it('round-trips hostile text as exactly one code block', () => {
    const text = '```\n</details>\n~~~\n    ```` \n@octocat';
    const { code: blocks, prose } = splitFences(`before\n\n${codeBlock(text)}\n\nafter`);
    expect(blocks).toEqual([text]);
    expect(prose).toBe('before\n\n\nafter');
  });
});

describe('code', () => {
  it('uses a code span for identifiers and escapes anything else', () => {
    expect(code('dependabot[bot]')).toBe('`dependabot[bot]`');
    expect(code('a`b')).toBe('a\\`b');
  });
});

describe('clip', () => {
  it('keeps short text and never splits a surrogate pair', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('abcdef', 4)).toBe('abc…');
  });
});

describe('blobUrl', () => {
  it('percent-encodes path segments so a file name cannot end the markdown link', () => {
    expect(blobUrl('https://github.com/wg/social/', 'abc', 'posts/a (b).md', 3)).toBe(
      'https://github.com/wg/social/blob/abc/posts/a%20%28b%29.md#L3',
    );
  });
});

describe('withCode', () => {
  it('turns backtick pairs of Herald sentences into code, escaping what is inside and around them', () => {
    expect(withCode('Add `code_of_conduct: <url>` to the front matter')).toBe(
      'Add <code>code\\_of\\_conduct: &lt;url&gt;</code> to the front matter',
    );
    expect(withCode('odd ` count *stays* escaped')).toBe('odd \\` count \\*stays\\* escaped');
    expect(withCode('`</code><script>` @octocat')).toBe('<code>&lt;/code&gt;&lt;script&gt;</code> @&#8203;octocat');
  });
});

describe('quoteLines', () => {
  it('escapes line starts that would open markdown blocks, keeps web addresses whole', () => {
    expect(quoteLines('# no\n- no\n1. no\n    indented\n---\nsee https://example.com/a_b_(c).')).toEqual([
      '\\# no',
      '\\- no',
      '1\\. no',
      '&nbsp;&nbsp;&nbsp;&nbsp;indented',
      '\\-\\-\\-',
      'see https://example.com/a_b_(c).',
    ]);
  });

  it('stops GitHub from linking #123 and turning :tada: into an emoji', () => {
    expect(quoteLines('fixes #123 :tada:')).toEqual(['fixes \\#\u200b123 :\u200btada:']);
  });
});

describe('quoteLines and addresses GitHub would not link', () => {
  it('escapes an address without a dotted host, so its @name cannot ping', () => {
    expect(quoteLines('https://localhost/@octocat')).toEqual(['https://\u200blocalhost/@&#8203;octocat']);
    expect(quoteLines('https://x.com/@octocat')).toEqual(['https://x.com/@octocat']);
  });
});
