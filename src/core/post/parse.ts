// A post file → a typed Post, or findings that say where and what is wrong. Never evaluates code.
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Finding, PlatformId, Post, PostPart } from '../types.ts';
import { parseBoundedYaml } from '../yaml/bounded.ts';
import { YamlReader } from '../yaml/read.ts';
import { decodeSource, LineIndex } from '../yaml/source.ts';
import { parseParts, type Locate } from './body.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { readFields, type FieldContext, type OverrideSource } from './fields.ts';
import { checkCombinations } from './combinations.ts';

/** `ok` is true exactly when no finding is an error; warnings may accompany a post. */
export type ParseResult =
  | { ok: true; post: Post; findings: Finding[] }
  /** `post`: the front matter was read and the errors are in the body (e.g. an image without alt text), so it can be previewed. */
  | { ok: false; findings: Finding[]; post?: Post };

export function postId(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return /\.md$/i.test(base) ? base.slice(0, -3) : base;
}

/** Positions inside an override: exact for `|` block scalars, the value's start otherwise. */
function overrideLocate(source: OverrideSource, reader: YamlReader, lines: LineIndex): Locate {
  const start = reader.position(source.node);
  if (source.node.type !== 'BLOCK_LITERAL') return () => start;
  const valueLines = source.text.split('\n');
  return (index, column) => {
    const line = start.line + 1 + index;
    const value = valueLines[index] ?? '';
    const indent = value === '' ? 0 : Math.max(0, lines.lineText(line).replace(/\r$/, '').length - value.length);
    return { line, column: indent + column + 1 };
  };
}

export function parsePost(file: string, source: string | Uint8Array, context: FieldContext = {}): ParseResult {
  const decoded = decodeSource(file, source, 'parse');
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  const split = splitFrontMatter(file, text);
  if (!split.ok) return split;
  const lines = new LineIndex(text);
  const findings: Finding[] = [];

  let root: YAMLMap | undefined;
  let reader = new YamlReader({ file, ruleId: 'parse', offset: 0, lines });
  const yaml = split.split.yaml;
  if (yaml) {
    const src = { file, ruleId: 'parse', offset: yaml.offset, lines };
    const bounded = parseBoundedYaml(src, yaml.text);
    if (!bounded.doc) return { ok: false, findings: bounded.findings };
    reader = new YamlReader(src, bounded.doc);
    const contents = bounded.root as Node | null | undefined;
    if (contents && isMap(contents)) root = contents;
    else if (contents && !(isScalar(contents) && contents.value === null)) {
      reader.error(contents, 'front matter: expected fields as key: value lines, e.g. language: en');
    }
  }
  const { fields, overrides: overrideSources } = readFields(reader, root, context);
  findings.push(...reader.findings);
  const frontMatterRead = !findings.some((f) => f.severity === 'error');

  const { bodyOffset, body } = split.split;
  const bodyStart = lines.at(bodyOffset);
  const bodyParts = parseParts({
    file,
    text: body,
    label: 'body',
    locate: (index, column) => ({ line: bodyStart.line + index, column: (index === 0 ? bodyStart.column : 1) + column }),
  });
  findings.push(...bodyParts.findings);

  const overrides: Partial<Record<PlatformId, PostPart[]>> = {};
  for (const source of overrideSources) {
    const result = parseParts({
      file,
      text: source.text,
      label: `overrides.${source.platform}`,
      locate: overrideLocate(source, reader, lines),
    });
    findings.push(...result.findings);
    if (result.parts.length > 0) overrides[source.platform] = result.parts;
    else
      findings.push({
        ruleId: 'parse',
        severity: 'error',
        file,
        ...reader.position(source.node),
        message: `overrides.${source.platform}: the text is empty`,
      });
  }

  const post: Post = { file, id: postId(file), parts: bodyParts.parts, overrides, ...fields };
  findings.push(...checkCombinations(post, bodyStart.line));
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  if (findings.some((f) => f.severity === 'error')) return { ok: false, findings, ...(frontMatterRead ? { post } : {}) };
  return { ok: true, post, findings };
}
