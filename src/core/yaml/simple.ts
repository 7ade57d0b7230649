// A fast reader for the front matter most posts have: `key: value` lines, one nested level of the same
// (overrides), values plain words or double-quoted text without escapes. It builds the very nodes the yaml
// package builds for such text (value, type, source, range; the yaml package's identity checks hold because
// each node inherits from one the package built) and gives up (undefined) on anything else, so the
// full parser (./bounded.ts) still reads every text it does not: blank lines, comments, tabs, CR, quotes
// with escapes, flow or block collections, anchors, tags, repeated keys, and any plain value the core
// schema could read as null, a boolean or a number. tests/core/yaml/simple.test.ts compares its trees with
// the yaml package's on seeded random and mutated front matter.
import { Pair, Scalar, YAMLMap } from 'yaml';

const LINE = /^( {2})?([a-z][a-z_]*):(?: (.*))?$/;
// Plain text the core schema reads as a string: starts with a letter or digit, no indicator that could end
// or change the scalar (': ', ' #', quotes, brackets, &, *, !, |, >, %, @, `), no trailing space.
const PLAIN = /^[A-Za-z0-9](?:[A-Za-z0-9 _.,:/+-]*[A-Za-z0-9_./+-])?$/;
// Anything that could resolve to null, bool, int or float in the core schema (kept wide on purpose).
const NOT_TEXT = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+0-9.][0-9a-fA-FxXoO._eE+-]*)$/;
const QUOTED = /^"([^"\\]*)"$/;

// Building a node with the package's constructors defines a hidden property on each, several times the cost
// of the rest of this reader; inheriting it from a node built once is as good for every reader of the nodes.
const SCALAR = new Scalar(null);
const PAIR = new Pair(null);
const MAP = new YAMLMap();

function scalar(value: string, type: Scalar.Type, start: number, end: number, text: string): Scalar<string> {
  const node = Object.create(SCALAR) as Scalar<string>;
  node.value = value;
  node.range = [start, end, text.charCodeAt(end) === 0x0a ? end + 1 : end];
  node.source = value;
  node.type = type;
  return node;
}

function valueNode(raw: string, start: number, text: string): Scalar<string> | undefined {
  const quoted = QUOTED.exec(raw);
  if (quoted) return /[\u0000-\u001f\u007f]/.test(raw) ? undefined : scalar(quoted[1] as string, 'QUOTE_DOUBLE', start, start + raw.length, text);
  if (!PLAIN.test(raw) || raw.includes(': ') || NOT_TEXT.test(raw)) return undefined;
  return scalar(raw, 'PLAIN', start, start + raw.length, text);
}

function pair(key: Scalar<string>, value: Scalar<string> | YAMLMap): Pair {
  const node = Object.create(PAIR) as Pair;
  node.key = key;
  node.value = value;
  return node;
}

function block(start: number, end: number): YAMLMap {
  const map = Object.create(MAP) as YAMLMap;
  map.items = [];
  map.range = [start, end, end];
  return map;
}

/** The root mapping of a simple front matter text, exactly as the yaml package reads it, or undefined. */
export function parseSimpleYaml(text: string): YAMLMap | undefined {
  if (text.charCodeAt(0) !== 0x0a || /[\r\t]/.test(text)) return undefined;
  let root: YAMLMap | undefined;
  let nested: YAMLMap | undefined;
  let openKey: Scalar<string> | undefined; // a top-level key with nothing after the colon, awaiting its map
  const seen: string[] = []; // a few keys: a list is cheaper than a set
  const nestedSeen: string[] = [];
  let offset = 1;
  const lines = text.slice(1).split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the text's final line break
  for (const line of lines) {
    const match = LINE.exec(line);
    if (!match) return undefined;
    const [, indent, key = '', raw] = match;
    const keyStart = offset + (indent ? 2 : 0);
    const keyNode = scalar(key, 'PLAIN', keyStart, keyStart + key.length, '');
    const value = raw === undefined ? undefined : valueNode(raw, keyStart + key.length + 2, text);
    if (raw !== undefined && !value) return undefined;
    if (indent) {
      if (!openKey && !nested) return undefined;
      if (!nested) nested = block(keyStart, keyStart);
      if (!value || nestedSeen.includes(key)) return undefined;
      nestedSeen.push(key);
      nested.items.push(pair(keyNode, value));
    } else {
      if (openKey) {
        if (!nested) return undefined; // `key:` with nothing under it is null: the full parser says so
        closeNested(root as YAMLMap, openKey, nested, offset);
      }
      openKey = undefined;
      nested = undefined;
      nestedSeen.length = 0;
      if (seen.includes(key)) return undefined;
      seen.push(key);
      root ??= block(keyStart, keyStart);
      if (value) root.items.push(pair(keyNode, value));
      else openKey = keyNode;
    }
    offset += line.length + 1;
  }
  if (!root) return undefined;
  if (openKey) {
    if (!nested) return undefined;
    closeNested(root, openKey, nested, text.length);
  }
  root.range = [root.range?.[0] ?? 0, text.length, text.length];
  return root;
}

function closeNested(root: YAMLMap, key: Scalar<string>, nested: YAMLMap, end: number): void {
  nested.range = [nested.range?.[0] ?? 0, end, end];
  root.items.push(pair(key, nested));
}
