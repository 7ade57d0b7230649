// Reads the YAML that Herald's own ledger writer produces (format.ts serialiseLedger: block mappings and
// lists of mappings indented by two, one-line plain or quoted scalars, `{}` and `[]`, comment lines on
// top) into the same value the yaml package's toJS gives, without the yaml package: a report reads
// thousands of ledger files. Anything outside that subset, or that the yaml package might read
// differently (hand edits, merge artifacts, unusual quoting, anything it would reject), gives
// undefined and is parsed in full. tests/core/ledger/written-yaml.test.ts proves both agree.

type Value = string | number | Value[] | { [key: string]: Value };

/** Thrown to give up: the caller parses the text in full. */
const NOT_WRITTEN = Symbol('not the writer’s YAML');

export function readWrittenYaml(text: string): Record<string, Value> | undefined {
  if (!printable(text) || !text.isWellFormed()) return undefined;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let at = 0;
  while (at < lines.length && lines[at]!.startsWith('#')) at++;
  const reader: Reader = { lines, at };
  try {
    const root = mapping(reader, 0, false);
    return reader.at === lines.length ? root : undefined;
  } catch (error) {
    if (error === NOT_WRITTEN) return undefined;
    throw error;
  }
}

interface Reader {
  lines: string[];
  at: number;
}

const giveUp = (): never => {
  throw NOT_WRITTEN;
};

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** A block mapping whose keys start at column `indent`; `onDash`: its first key follows a list's `- `. */
function mapping(reader: Reader, indent: number, onDash: boolean): Record<string, Value> {
  const out: Record<string, Value> = {};
  const { lines } = reader;
  let first = true;
  while (reader.at < lines.length) {
    const line = lines[reader.at]!;
    if (!(first && onDash)) {
      const spaces = indentOf(line);
      if (spaces < indent) break;
      if (spaces > indent) giveUp();
    }
    first = false;
    // At the start of a line, `---` and `...` may mark a document's start or end.
    if (indent === 0 && (line.startsWith('---') || line.startsWith('...'))) giveUp();
    const { key, rest } = keyOf(line, indent);
    if (Object.hasOwn(out, key)) giveUp();
    reader.at++;
    if (rest === undefined) out[key] = block(reader, indent + 2);
    else out[key] = scalar(rest);
  }
  if (first) giveUp();
  return out;
}

/** The value of `key:` on the lines below: a mapping or a list of mappings, indented by two. */
function block(reader: Reader, indent: number): Value {
  const line = reader.lines[reader.at];
  if (line === undefined || indentOf(line) !== indent) return giveUp();
  if (line.charCodeAt(indent) !== 45 /* - */) return mapping(reader, indent, false);
  const items: Value[] = [];
  while (reader.at < reader.lines.length) {
    const item = reader.lines[reader.at]!;
    const spaces = indentOf(item);
    if (spaces < indent) break;
    if (spaces > indent || item.charCodeAt(indent) !== 45 || item.charCodeAt(indent + 1) !== 32) giveUp();
    items.push(mapping(reader, indent + 2, true));
  }
  return items;
}

/** `key: value` (rest is the value's text) or `key:` (rest undefined: the value is the block below). */
function keyOf(line: string, start: number): { key: string; rest: string | undefined } {
  const quote = line[start];
  let key: string;
  let end: number;
  if (quote === '"' || quote === "'") {
    const close = closingQuote(line, start);
    key = quoted(line.slice(start, close + 1));
    end = close + 1;
    if (line[end] !== ':') giveUp();
  } else {
    end = line.indexOf(': ', start);
    if (end < 0) end = line.endsWith(':') ? line.length - 1 : giveUp();
    key = line.slice(start, end);
    if (typeof plain(key) !== 'string') giveUp();
  }
  // The yaml package refuses implicit keys of more than 1,024 characters; `__proto__` and `<<` are special to it.
  if (end - start > 1000 || key === '__proto__' || key === '<<') giveUp();
  if (end === line.length - 1) return { key, rest: undefined };
  if (line[end + 1] !== ' ') giveUp();
  return { key, rest: line.slice(end + 2) };
}

function scalar(text: string): Value {
  if (text === '{}') return {};
  if (text === '[]') return [];
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    if (closingQuote(text, 0) !== text.length - 1) giveUp();
    return quoted(text);
  }
  return plain(text);
}

/** Index of the quote that closes the one at `start`. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return giveUp();
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A whole one-line quoted scalar, quotes included. */
function quoted(text: string): string {
  const inner = text.slice(1, -1);
  if (text[0] === "'") return inner.includes("'") ? inner.replaceAll("''", "'") : inner;
  if (!inner.includes('\\')) return inner;
  let out = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = inner[++i] ?? '';
    const length = HEX_LENGTH[next];
    if (length !== undefined) {
      const hex = inner.slice(i + 1, i + 1 + length);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === length ? parseInt(hex, 16) : -1;
      if (code < 0 || code > 0x10ffff) giveUp();
      out += String.fromCodePoint(code);
      i += length;
    } else {
      out += ESCAPES[next] ?? giveUp();
    }
  }
  return out;
}

// Plain scalars the core schema reads as something else than a string (null, booleans, numbers).
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const DIGITS = /^[0-9]+$/;
// How a plain scalar may start: not with a space or an indicator (`-`, `?` and `:` only before a non-space).
const PLAIN_START = /^(?:[^\s,[\]{}#&*!|>'"%@`?:-]|[?:-]\S)/u;

/** A plain scalar as the core schema reads it: a string, or an integer in decimal digits. */
function plain(text: string): string | number {
  if (!PLAIN_START.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(' ') || text.endsWith(':')) giveUp();
  if (!NOT_A_STRING.test(text)) return text;
  return DIGITS.test(text) ? parseInt(text, 10) : giveUp();
}

/**
 * No control characters but line feeds (no tab, no CR), and none of the code points the yaml package
 * may treat specially (byte order mark, non-characters, Unicode line breaks).
 */
function printable(text: string): boolean {
  return !/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/.test(text);
}
