import { describe, expect, it } from 'vitest';
import { parseBoundedYaml } from '../../../src/core/yaml/bounded.ts';
import { LineIndex } from '../../../src/core/yaml/source.ts';
import { parsePost } from '../../../src/core/post/parse.ts';

function problems(yaml: string) {
  const src = { file: 'posts/a.md', ruleId: 'parse', offset: 0, lines: new LineIndex(yaml) };
  return parseBoundedYaml(src, yaml).findings.map((f) => [f.line, f.column, f.message, f.hint]);
}

describe('YAML problems a volunteer can act on', () => {
  it('names a key written twice', () => {
    expect(problems('language: en\ntags: [a]\nlanguage: de\n')).toEqual([
      [3, 1, 'YAML: "language" appears twice in the same mapping', 'keep one of them'],
    ]);
    expect(problems('rules:\n  emoji-count: warn\n  "emoji-count": error\n')[0]?.[2]).toBe(
      'YAML: "emoji-count" appears twice in the same mapping',
    );
  });

  it('says to indent with spaces when a tab indents', () => {
    expect(problems('platforms:\n\t- mastodon\n')).toEqual([
      [2, 1, 'YAML: a tab is used for indentation', 'indent with spaces: YAML does not allow tabs there'],
    ]);
  });

  it('suggests quotes for a value with ": " in it, showing the fixed line', () => {
    expect(problems('language: en\ncontent_warning: Spoilers: season 2\n')).toEqual([
      [
        2,
        18,
        'YAML: the value of content_warning contains ": ", which YAML reads as another key',
        'put the value in straight quotes: content_warning: "Spoilers: season 2"',
      ],
    ]);
  });

  it('replaces curly quotes in the fix instead of keeping them, and the fixed line reads as meant', () => {
    const [problem] = problems('language: en\ncontent_warning: “Burnout: a talk”\n');
    expect(problem?.[2]).toBe(
      'YAML: the value of content_warning contains ": ", which YAML reads as another key (curly quotes “ ” do not quote in YAML)',
    );
    expect(problem?.[3]).toBe('put the value in straight quotes: content_warning: "Burnout: a talk"');
    const fixed = String(problem?.[3]).replace('put the value in straight quotes: ', '');
    const post = parsePost('posts/a.md', `---\nlanguage: en\n${fixed}\n---\nHi`);
    expect(post.ok && post.post.contentWarning).toBe('Burnout: a talk');
  });

  it('escapes what the straight quotes need escaped', () => {
    const [problem] = problems('content_warning: a "b": c\\d\n');
    const fixed = String(problem?.[3]).replace('put the value in straight quotes: ', '');
    const post = parsePost('posts/a.md', `---\n${fixed}\n---\nHi`);
    expect(post.ok && post.post.contentWarning).toBe('a "b": c\\d');
  });

  it("reports the first syntax error only, not the parser's follow-up complaints", () => {
    const found = problems('platforms:\n  - mastodon\n - x\n');
    expect(found).toHaveLength(1);
    expect(found[0]?.[3]).toContain('check the indentation');
  });

  it('says how to fix an unclosed quote', () => {
    expect(problems('language: "en\n')).toEqual([
      [
        1,
        11,
        'YAML: the quote " opened here is never closed, so everything after it is read as this one text',
        'add the closing " where the text ends, e.g. language: "en"',
      ],
    ]);
  });
});
