// YAML parsing with bounds: no custom tags, no merge keys, few aliases, shallow nesting.
import { Composer, isAlias, isNode, Parser, visit, YAMLParseError, type CST, type Document, type ParsedNode } from 'yaml';
import type { Finding } from '../types.ts';
import { explainYamlProblem } from './explain.ts';
import type { LineIndex } from './source.ts';
import { firstUnclosed } from './unclosed.ts';

export const MAX_ALIASES = 16;
const MAX_DEPTH = 64;

/** Where a YAML text sits inside a file, for turning node ranges into file positions. */
export interface YamlSource {
  file: string;
  ruleId: string;
  /** Offset of the YAML text inside the decoded file text. */
  offset: number;
  lines: LineIndex;
}

interface BoundedYaml {
  doc?: Document.Parsed;
  root?: ParsedNode | null;
  findings: Finding[];
}

function at(src: YamlSource, offset: number, message: string, hint?: string): Finding {
  const { line, column } = src.lines.at(src.offset + offset);
  return { ruleId: src.ruleId, severity: 'error', file: src.file, line, column, message, ...(hint ? { hint } : {}) };
}

/**
 * Offset of the first collection nested deeper than MAX_DEPTH (block or flow), or -1. The yaml package's
 * parser keeps its own stack, so its concrete syntax tree exists at any depth; turning it into nodes recurses,
 * and past some thousands of levels runs out of call stack. So the tree is walked here, with a list as stack.
 */
function tooDeepAt(tokens: CST.Token[]): number {
  const stack: { token: CST.Token | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { token, depth } = next;
    if (!token) continue;
    if (token.type === 'document') stack.push({ token: token.value, depth });
    else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth > MAX_DEPTH) return token.offset;
      for (const item of token.items) {
        stack.push({ token: item.value, depth: depth + 1 });
        if ('key' in item) stack.push({ token: item.key ?? undefined, depth: depth + 1 });
      }
    }
  }
  return -1;
}

const YAML_HINT = 'write plain YAML: key: value pairs, lists and quoted strings; no tags (!!), no merge keys (<<)';

export function parseBoundedYaml(src: YamlSource, yaml: string): BoundedYaml {
  // The syntax tree is checked for depth, then composed into a document: parseDocument's own two steps.
  const tokens = [...new Parser().parse(yaml)];
  const deep = tooDeepAt(tokens);
  if (deep !== -1) {
    return { findings: [at(src, deep, `YAML nesting deeper than ${MAX_DEPTH} levels is not allowed`, YAML_HINT)] };
  }
  let doc: Document.Parsed;
  try {
    const composer = new Composer({
      version: '1.2',
      schema: 'core',
      merge: false,
      uniqueKeys: true,
      strict: true,
      keepSourceTokens: false,
    });
    const [first, second] = composer.compose(tokens, true, yaml.length);
    doc = first as Document.Parsed;
    if (second)
      doc.errors.push(new YAMLParseError([second.range[0], second.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
  } catch (cause) {
    return { findings: [at(src, 0, `YAML could not be parsed safely (${(cause as Error).name})`, YAML_HINT)] };
  }
  const findings: Finding[] = [];
  // After the first syntax error the parser's further complaints are mostly its consequences: say the first.
  // An unclosed quote, [ or { causes the others, so it is the one said, where it opens.
  let syntaxSaid = false;
  const unclosed = doc.errors.length > 0 ? firstUnclosed(doc, yaml, doc.errors) : undefined;
  for (const problem of [...doc.errors, ...doc.warnings]) {
    if (problem.code === 'TAG_RESOLVE_FAILED') continue; // reported below, per node
    if (problem.code !== 'DUPLICATE_KEY') {
      if (syntaxSaid) continue;
      syntaxSaid = true;
      if (unclosed) {
        findings.push(at(src, unclosed.offset, unclosed.message, unclosed.hint));
        continue;
      }
    }
    const text = problem.message.split('\n')[0] ?? problem.code;
    const { message, hint } = explainYamlProblem(problem.code, text, yaml, problem.pos);
    findings.push(at(src, problem.pos[0], message, hint));
  }
  let aliases = 0;
  let aliasAt = -1;
  try {
    visit(doc, (_, node) => {
      if (isAlias(node)) {
        aliases += 1;
        if (aliases > MAX_ALIASES && aliasAt === -1) aliasAt = node.range?.[0] ?? 0;
        return;
      }
      const tag = isNode(node) ? node.tag : undefined;
      if (tag && !/^tag:yaml\.org,2002:(str|int|float|bool|null|seq|map)$/.test(tag)) {
        const start = (isNode(node) && node.range?.[0]) || 0;
        const bang = yaml.lastIndexOf('!', start);
        const tagAt = bang > yaml.lastIndexOf('\n', start - 1) ? (yaml.lastIndexOf('!', bang - 1) === bang - 1 ? bang - 1 : bang) : start;
        findings.push(at(src, tagAt, `YAML tag ${tag} is not allowed`, YAML_HINT));
      }
    });
  } catch (cause) {
    findings.push(at(src, 0, `YAML could not be parsed safely (${(cause as Error).name})`, YAML_HINT));
  }
  if (aliasAt !== -1)
    findings.push(
      at(src, aliasAt, `YAML uses more than ${MAX_ALIASES} aliases (*name)`, 'write the values out instead of referring to anchors'),
    );
  if (findings.length > 0) return { findings };
  return { doc, root: doc.contents, findings };
}
