// An unclosed quote, [ or { is reported where it opens (the yaml package says where the text ends).
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config/parse.ts';
import { parsePost } from '../../../src/core/post/parse.ts';
import { parseBoundedYaml } from '../../../src/core/yaml/bounded.ts';
import { LineIndex } from '../../../src/core/yaml/source.ts';
import { seededRandom } from '../rules/seeded-random.ts';

function problems(yaml: string) {
  const src = { file: 'posts/a.md', ruleId: 'parse', offset: 0, lines: new LineIndex(yaml) };
  return parseBoundedYaml(src, yaml).findings.map((f) => [f.line, f.column, f.message, f.hint]);
}

const NEVER_CLOSED = (quote: string) =>
  `YAML: the quote ${quote} opened here is never closed, so everything after it is read as this one text`;

describe('an unclosed quote', () => {
  it('is reported at the opening quote of a post, with the closed line as the fix', () => {
    const source = '---\nlanguage: en\ntitle: "Django 6.0 is out\nplatforms: [mastodon]\n---\nDjango 6.0 is out.\n';
    const result = parsePost('posts/2026-12-03-django.md', source);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.file, f.line, f.column, f.message, f.hint])).toEqual([
      ['posts/2026-12-03-django.md', 3, 8, NEVER_CLOSED('"'), 'add the closing " where the text ends, e.g. title: "Django 6.0 is out"'],
    ]);
  });

  it('finds the opening of single quotes, escapes, list items, keys and the last line alike', () => {
    expect(problems("language: en\ntitle: 'Django 6.0 is out\nlanguage: en\n")).toEqual([
      [2, 8, NEVER_CLOSED("'"), "add the closing ' where the text ends, e.g. title: 'Django 6.0 is out'"],
    ]);
    expect(problems('alt: "He said \\"hi\nlanguage: en\n')).toEqual([
      [1, 6, NEVER_CLOSED('"'), 'add the closing " where the text ends, e.g. alt: "He said \\"hi"'],
    ]);
    expect(problems('platforms:\n  - "mastodon\n  - x\n')).toEqual([
      [2, 5, NEVER_CLOSED('"'), 'add the closing " where the text ends, e.g. - "mastodon"'],
    ]);
    expect(problems('"title: x\nlanguage: en\n')[0]?.slice(0, 3)).toEqual([1, 1, NEVER_CLOSED('"')]);
    expect(problems('language: en\ntitle: "Django 6.0 is out')[0]?.slice(0, 2)).toEqual([2, 8]);
  });

  it('is the later quote when an earlier one on another line is closed', () => {
    expect(problems('title: "multi\n  line ok"\nx: "y\n')[0]?.slice(0, 2)).toEqual([3, 4]);
  });

  it('gives no example line when there is nothing after the quote or it sits inside [ ] or { }', () => {
    expect(problems('title: "\nlanguage: en\n')).toEqual([
      [1, 8, NEVER_CLOSED('"'), 'add the closing " where the text ends (or remove the opening ")'],
    ]);
    expect(problems('media: [{path: a.png, alt: "An image}]\nlanguage: en\n')).toEqual([
      [1, 28, NEVER_CLOSED('"'), 'add the closing " where the text ends (or remove the opening ")'],
    ]);
  });

  it('is said at the quote with CRLF line ends and inside the config file', () => {
    expect(problems('\r\ntitle: "Django 6.0 is out\r\nlanguage: en\r\n')).toEqual([
      [2, 8, NEVER_CLOSED('"'), 'add the closing " where the text ends, e.g. title: "Django 6.0 is out"'],
    ]);
    const config = parseConfig(
      '.github/herald.yml',
      'timezone: "Europe/Amsterdam\nplatforms:\n  mastodon:\n    server: https://fosstodon.org\n',
    );
    expect(config.ok).toBe(false);
    expect(config.findings.map((f) => [f.file, f.line, f.column])).toEqual([['.github/herald.yml', 1, 11]]);
  });
});

describe('an unclosed [ or {', () => {
  const list = 'YAML: the [ opened here is never closed: a list written in [ ] must end with ]';
  const mapping = 'YAML: the { opened here is never closed: a mapping written in { } must end with }';

  it('is reported at the [ of a post, with the closed line as the fix', () => {
    const result = parsePost('posts/a.md', '---\nlanguage: en\nplatforms: [mastodon, bluesky\ntags: [release]\n---\nHi\n');
    expect(result.findings.map((f) => [f.line, f.column, f.message, f.hint])).toEqual([
      [3, 12, list, 'add the closing ] after the last item, e.g. platforms: [mastodon, bluesky]'],
    ]);
  });

  it('is reported at the { likewise', () => {
    expect(problems('platforms: {mastodon: 1\nlanguage: en\n')).toEqual([
      [1, 12, mapping, 'add the closing } after the last entry, e.g. platforms: {mastodon: 1}'],
    ]);
  });

  it('finds the bracket left open inside another, and in a block list', () => {
    expect(problems('x: {a: [1, 2}\n')).toEqual([[1, 8, list, 'add the closing ] after the last item, e.g. x: {a: [1, 2]}']]);
    expect(problems('x: [a, {b: c]\n')).toEqual([[1, 8, mapping, 'add the closing } after the last entry, e.g. x: [a, {b: c}]']]);
    expect(problems('platforms:\n  - [a, b\n  - c\n')).toEqual([[2, 5, list, 'add the closing ] after the last item, e.g. - [a, b]']]);
    expect(problems('platforms: [mastodon, [x, y\nlanguage: en\n')[0]?.slice(0, 2)).toEqual([1, 23]);
  });

  it('says the quote first when a quote inside the brackets is open too', () => {
    expect(problems('platforms: [mastodon, "bluesky\nlanguage: en\n')).toEqual([
      [1, 23, NEVER_CLOSED('"'), 'add the closing " where the text ends (or remove the opening ")'],
    ]);
  });

  it('gives no example line when the items go on over lines or a comment follows them', () => {
    expect(problems('platforms: [mastodon,\n  bluesky\nlanguage: en\n')).toEqual([[1, 12, list, 'add the closing ] after the last item']]);
    expect(problems('platforms: [mastodon # main\nlanguage: en\n')).toEqual([[1, 12, list, 'add the closing ] after the last item']]);
  });

  it('is reported at the opening when the whole YAML is the list', () => {
    expect(problems('[a, b\n')).toEqual([[1, 1, list, 'add the closing ] after the last item, e.g. [a, b]']]);
  });

  it('leaves other syntax errors as they were', () => {
    expect(problems('links: [a, b]]\n')[0]?.[2]).not.toContain('never closed');
    expect(problems('title: "a" b\n')[0]?.[2]).not.toContain('never closed');
  });
});

describe('on seeded front matter with one quote or bracket dropped', () => {
  const LINES = [
    'language: en',
    'title: "Django 6.0 is out"',
    "alt: 'A photo'",
    'platforms: [mastodon, bluesky]',
    'tags: [release, "6.0"]',
    'x: {a: [1, 2], b: "c"}',
    'media:\n  - path: a.png\n    alt: "Stage, lights"',
    'body: plain text',
  ];

  it('points at a character that opens what the message names, and never throws', () => {
    const random = seededRandom(20261203);
    let said = 0;
    for (let round = 0; round < 2000; round++) {
      const yaml = Array.from({ length: 2 + Math.floor(random() * 5) }, () => LINES[Math.floor(random() * LINES.length)]).join('\n') + '\n';
      const closers = [...yaml.matchAll(/["'\]}]/g)].map((m) => m.index);
      const drop = closers[Math.floor(random() * closers.length)] as number;
      const broken = yaml.slice(0, drop) + yaml.slice(drop + 1);
      for (const [line, column, message] of problems(broken) as [number, number, string][]) {
        const named = /^YAML: the (?:quote )?(["'[{]) opened here is never closed/.exec(message)?.[1];
        if (!named) continue;
        said += 1;
        const text = broken.split('\n')[line - 1] as string;
        expect(text[column - 1], `${JSON.stringify(broken)} at ${line}:${column}`).toBe(named);
      }
    }
    expect(said).toBeGreaterThan(1000);
  });
});
