// splitFrontMatter finds the fences itself; it must answer exactly what the gray-matter based splitter answered
// (kept below as the reference), on seeded hostile texts: every fence spelling, BOMs, CR and CRLF, languages after
// the fence, fences inside values, unterminated and badly closed front matter, and token soup.
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { generatePosts } from '../../../bench/_posts.ts';
import { splitFrontMatter } from '../../../src/core/post/frontmatter.ts';
import type { Finding } from '../../../src/core/types.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const inert = { parse: () => ({}), stringify: () => '' };
const OPTIONS = { language: 'yaml', excerpt: false, engines: { yaml: inert, yml: inert, json: inert, javascript: inert, js: inert, coffee: inert, toml: inert } };
const YAML_ONLY = 'start the file with a line containing only --- and write the fields in YAML';
const fail = (file: string, line: number, column: number, message: string) => ({ ok: false, findings: [{ ruleId: 'parse', severity: 'error', file, line, column, message, hint: YAML_ONLY } as Finding] });

/** The splitter as it was with gray-matter finding the fences. */
function reference(file: string, text: string) {
  const firstLine = (text.split('\n', 1)[0] ?? '').replace(/\r$/, '');
  if (/^\+\+\+\s*$/.test(firstLine)) return fail(file, 1, 1, 'TOML front matter (+++) is not supported: Herald reads YAML front matter only');
  if (/^---(?!-)/.test(firstLine) && firstLine.slice(3).trim() !== '') {
    const language = firstLine.slice(3).trim().slice(0, 20);
    return fail(file, 1, 4, `front matter language "${language}" is not supported: Herald reads YAML only and never runs code from a post`);
  }
  if (!/^---(?!-)/.test(firstLine)) {
    const fence = /^(?:[ \t]*\r?\n)+---[ \t]*\r?$/m.exec(text);
    if (fence && fence.index === 0) return fail(file, 1, 1, 'front matter must start on the very first line of the file (remove the blank lines above ---)');
    return { ok: true, split: { body: text, bodyOffset: 0 } };
  }
  const parsed = matter(text, OPTIONS);
  const yamlOffset = 3;
  const closeAt = yamlOffset + parsed.matter.length + 1;
  if (text.indexOf('\n---', yamlOffset - 1) === -1 || !text.startsWith(parsed.matter, yamlOffset)) {
    return fail(file, 1, 1, 'the front matter is never closed: add a line containing only --- after the fields');
  }
  const closing = (text.slice(closeAt).split('\n', 1)[0] ?? '').replace(/\r$/, '');
  if (!/^---[ \t]*$/.test(closing)) {
    const line = text.slice(0, closeAt).split('\n').length;
    return fail(file, line, 1, `the front matter must be closed by a line containing only --- (found "${closing.slice(0, 20)}")`);
  }
  if (!text.endsWith(parsed.content)) return fail(file, 1, 1, 'the front matter could not be separated from the body');
  return { ok: true, split: { yaml: { text: parsed.matter.replace(/\r$/, ''), offset: yamlOffset }, body: parsed.content, bodyOffset: text.length - parsed.content.length } };
}

const OPENERS = ['---', '---', '---', '---\r', '--- ', '---\t', '--- \t ', '---js', '---javascript', '--- js ', '---JS', '---coffee', '---json',
  '---toml', '--- yaml', '---\u00a0', '---\u2028', '---\u3000', '---\uFEFF', '---\v', '----', '-----', '-- ', '--', '-', '+++', '+++ ', '+++\t', '+++x',
  '\uFEFF---', ' ---', '\t---', '', '\n---', '\r\n---', '\n\n---', ' \t\n---', '\n \n---\r', '\n---x', '...', 'Hello'];
const FIELDS = ['language: en', 'tags: [a, b]', 'x: "a\n---\nb"', 'x: |\n  ---\n  y', '', ' ', '# comment', '---', '--- ', '---\t', '---\r', '----',
  '---x', '--- x', '...', '  ---', '\r', '-', 'a: ---', 'overrides:\n  x: "Hi"', 'é: 日本語 🎉', '\uFEFF', '+++'];
const CLOSERS = ['---', '---', '--- ', '---\t', '---\r', '--- \r', '---\r ', '----', '---x', '--- x', '...', ' ---', '', '--'];
const BODIES = ['', 'Hi', '\nHi', '\r\nHi', '\rHi', ' \nHi', '\n\nHi\n', 'Hi\n---\nthere', '\n---\n', '---', '\r', '\n', 'a\r\n---\r\nb\r\n'];
const NEWLINES = ['\n', '\n', '\r\n', '\r'];
const SOUP = ['-', '-', '-', '\n', '\r', '\r\n', ' ', '\t', '+', 'a', ':', '#', '\uFEFF', '\u00a0', '"', '|', 'x'];

function hostileText(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  if (random() < 0.25) return Array.from({ length: Math.floor(random() * 30) }, () => pick(SOUP)).join('');
  const newline = pick(NEWLINES);
  const fields = Array.from({ length: Math.floor(random() * 4) }, () => pick(FIELDS));
  const parts = [pick(OPENERS), ...fields];
  if (random() < 0.85) parts.push(pick(CLOSERS));
  return parts.join(newline) + (random() < 0.8 ? newline : '') + pick(BODIES);
}

describe('splitFrontMatter', () => {
  it('answers what the gray-matter splitter answered, on 20,000 seeded hostile texts and the generated posts', () => {
    const random = seededRandom(20261122);
    const texts = [...generatePosts(500, 3).map((post) => post.content)];
    for (let i = 0; i < 20_000; i++) texts.push(hostileText(random));
    const outcomes = new Map<string, number>();
    for (const text of texts) {
      const expected = reference('posts/a.md', text);
      const actual = splitFrontMatter('posts/a.md', text);
      expect(actual, JSON.stringify(text)).toStrictEqual(expected);
      const outcome = actual.ok ? (actual.split.yaml ? 'front matter' : 'no front matter') : actual.findings[0]!.message.split('"')[0]!.slice(0, 30);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    // Every answer the splitter can give must be among the cases, most of them many times.
    expect(outcomes.size, JSON.stringify([...outcomes])).toBe(7);
    for (const [outcome, count] of outcomes) expect(count, outcome).toBeGreaterThan(400);
  });
});
