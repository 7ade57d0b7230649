// Splitting a post into YAML front matter and body. gray-matter finds the fences; it never parses:
// every engine is replaced by one that returns nothing, and any language after the fence is refused.
import matter from 'gray-matter';
import type { Finding } from '../types.ts';
import { FIELD_ALIASES, POST_FIELDS } from './fields.ts';

export interface Split {
  /** The YAML between the fences and its offset in the text; absent without front matter. */
  yaml?: { text: string; offset: number };
  body: string;
  bodyOffset: number;
}

const inert = { parse: () => ({}), stringify: () => '' };
// Passing options also keeps gray-matter from caching results by content.
const OPTIONS = {
  language: 'yaml',
  excerpt: false,
  engines: { yaml: inert, yml: inert, json: inert, javascript: inert, js: inert, coffee: inert, toml: inert },
};

const YAML_ONLY = 'start the file with a line containing only --- and write the fields in YAML';

function fail(file: string, line: number, column: number, message: string): { ok: false; findings: Finding[] } {
  return { ok: false, findings: [{ ruleId: 'parse', severity: 'error', file, line, column, message, hint: YAML_ONLY }] };
}

const KNOWN_FIELDS = new Set<string>([...POST_FIELDS, ...Object.keys(FIELD_ALIASES)]);

/**
 * The first field of front matter whose opening --- is missing: the lines above the first --- line
 * are all `key: value` lines (or their indented or list continuations) and one key is a post field.
 */
function unopenedField(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const close = lines.findIndex((line) => /^---[ \t]*$/.test(line));
  if (close <= 0) return undefined;
  let known: string | undefined;
  for (const line of lines.slice(0, close)) {
    if (line.trim() === '' || /^[ \t]+\S|^- /.test(line)) continue;
    const key = /^([a-z][a-z_-]*)[ \t]*:(?:[ \t]|$)/.exec(line)?.[1];
    if (!key) return undefined;
    if (!known && KNOWN_FIELDS.has(key.replace(/-/g, '_'))) known = line.trim().slice(0, 40);
  }
  return known;
}

export function splitFrontMatter(file: string, text: string): { ok: true; split: Split } | { ok: false; findings: Finding[] } {
  const firstLine = (text.split('\n', 1)[0] ?? '').replace(/\r$/, '');
  if (/^\+\+\+\s*$/.test(firstLine))
    return fail(file, 1, 1, 'TOML front matter (+++) is not supported: Herald reads YAML front matter only');
  if (/^---(?!-)/.test(firstLine) && firstLine.slice(3).trim() !== '') {
    const language = firstLine.slice(3).trim().slice(0, 20);
    return fail(file, 1, 4, `front matter language "${language}" is not supported: Herald reads YAML only and never runs code from a post`);
  }
  if (!/^---(?!-)/.test(firstLine)) {
    const fence = /^(?:[ \t]*\r?\n)+---[ \t]*\r?$/m.exec(text);
    if (fence && fence.index === 0) {
      return fail(file, 1, 1, 'front matter must start on the very first line of the file (remove the blank lines above ---)');
    }
    const field = unopenedField(text);
    if (field) {
      // Without this, the fields would be published as the text of part 1.
      return fail(file, 1, 1, `the front matter has no opening ---: "${field}" would be published as text`);
    }
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
  return {
    ok: true,
    // With CRLF the matter ends in the closing line's \r, and the yaml package refuses `[a, b]` followed by a lone \r.
    split: {
      yaml: { text: parsed.matter.replace(/\r$/, ''), offset: yamlOffset },
      body: parsed.content,
      bodyOffset: text.length - parsed.content.length,
    },
  };
}
