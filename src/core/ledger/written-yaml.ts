// Reads the YAML that Herald's own ledger writer produces (format.ts serialiseLedger: block mappings and
// lists of mappings indented by two, one-line plain or quoted scalars, `{}` and `[]`, comment lines on
// top) into the same value the yaml package's toJS gives, without the yaml package: a report reads
// thousands of ledger files. Anything outside that subset, or that the yaml package might read
// differently (hand edits, merge artifacts, unusual quoting, anything it would reject), gives
// undefined and is parsed in full. tests/core/ledger/written-yaml.test.ts proves both agree.

import { PLATFORM_IDS } from '../types.ts';

type Value = string | number | Value[] | { [key: string]: Value };

/** Thrown to give up: the caller parses the text in full. */
const NOT_WRITTEN = Symbol('not the writer’s YAML');

export function readWrittenYaml(text: string): Record<string, Value> | undefined {
  if (!printable(text) || !text.isWellFormed()) return undefined;
  // As if split into lines, less a final empty one: a last line without its line feed counts.
  const reader: Reader = { text, at: 0, end: text.endsWith('\n') ? text.length - 1 : text.length };
  while (reader.at < reader.end && text.charCodeAt(reader.at) === 35 /* # */) nextLine(reader);
  try {
    return mapping(reader, 0, false);
  } catch (error) {
    if (error === NOT_WRITTEN) return undefined;
    throw error;
  }
}

/** Where the reader is: `at` is the start of the next line to read; text from `end` on is not read. */
interface Reader {
  text: string;
  at: number;
  end: number;
}

const giveUp = (): never => {
  throw NOT_WRITTEN;
};

function lineEnd(reader: Reader): number {
  const eol = reader.text.indexOf('\n', reader.at);
  return eol < 0 || eol > reader.end ? reader.end : eol;
}

function nextLine(reader: Reader): void {
  reader.at = lineEnd(reader) + 1;
}

function spacesAt(text: string, at: number): number {
  let n = at;
  while (text.charCodeAt(n) === 32) n++;
  return n - at;
}

/** A block mapping whose keys start at column `indent`; `onDash`: its first key follows a list's `- `. */
function mapping(reader: Reader, indent: number, onDash: boolean): Record<string, Value> {
  const out: Record<string, Value> = {};
  const { text } = reader;
  let first = true;
  while (reader.at <= reader.end) {
    const start = reader.at;
    if (!(first && onDash)) {
      const spaces = spacesAt(text, start);
      if (spaces < indent) break;
      if (spaces > indent) giveUp();
    }
    first = false;
    // At the start of a line, `---` and `...` may mark a document's start or end.
    if (indent === 0 && (text.startsWith('---', start) || text.startsWith('...', start))) giveUp();
    const eol = lineEnd(reader);
    const col = start + indent;
    let key: string;
    let colon: number;
    const quote = text.charCodeAt(col);
    if (quote === 34 || quote === 39) {
      const close = closingQuote(text, col, eol);
      key = quoted(text, col, close);
      colon = close + 1;
      if (text.charCodeAt(colon) !== 58 /* : */) giveUp();
    } else {
      colon = text.indexOf(': ', col);
      if (colon < 0 || colon >= eol) colon = text.charCodeAt(eol - 1) === 58 ? eol - 1 : giveUp();
      const known = knownKey(text, col, colon);
      if (known !== undefined) key = known;
      else if (typeof (key = plain(text, col, colon) as string) !== 'string') giveUp();
    }
    // The yaml package refuses implicit keys of more than 1,024 characters; `__proto__` and `<<` are special to it.
    if (colon - col > 1000 || key === '__proto__' || key === '<<' || Object.hasOwn(out, key)) giveUp();
    reader.at = eol + 1;
    if (colon === eol - 1) out[key] = block(reader, indent + 2);
    else if (text.charCodeAt(colon + 1) !== 32) giveUp();
    else out[key] = scalar(text, colon + 2, eol);
  }
  if (first) giveUp();
  return out;
}

/** The value of `key:` on the lines below: a mapping or a list of mappings, indented by two. */
function block(reader: Reader, indent: number): Value {
  const { text } = reader;
  if (reader.at > reader.end || spacesAt(text, reader.at) !== indent) return giveUp();
  if (text.charCodeAt(reader.at + indent) !== 45 /* - */) return mapping(reader, indent, false);
  const items: Value[] = [];
  while (reader.at <= reader.end) {
    const start = reader.at;
    const spaces = spacesAt(text, start);
    if (spaces < indent) break;
    if (spaces > indent || text.charCodeAt(start + indent) !== 45 || text.charCodeAt(start + indent + 1) !== 32) giveUp();
    items.push(mapping(reader, indent + 2, true));
  }
  return items;
}

/** The scalar text[start, end): `{}`, `[]`, one-line quoted or plain. */
function scalar(text: string, start: number, end: number): Value {
  const c = text.charCodeAt(start);
  if (end - start === 2 && ((c === 123 && text.charCodeAt(start + 1) === 125) || (c === 91 && text.charCodeAt(start + 1) === 93))) return c === 123 ? {} : [];
  if (c === 34 || c === 39) {
    if (closingQuote(text, start, end) !== end - 1) giveUp();
    return quoted(text, start, end - 1);
  }
  return plain(text, start, end);
}

/** Index of the quote that closes the one at `start`, before `end`. */
function closingQuote(text: string, start: number, end: number): number {
  const quote = text.charCodeAt(start);
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92 /* \\ */) i++;
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39 && i + 1 < end) i++;
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

/** The quoted scalar from the quote at `open` to the one at `close`. */
function quoted(text: string, open: number, close: number): string {
  const inner = text.slice(open + 1, close);
  if (text.charCodeAt(open) === 39) return inner.includes("'") ? inner.replaceAll("''", "'") : inner;
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
// The keys Herald writes, by length: found in the text without cutting a new string out of it (a string
// cut out is hashed again when it becomes a property name).
const KNOWN_KEYS: string[][] = [];
for (const key of ['post', 'file', 'content', 'scheduled_for', 'platforms', 'failures', 'part', 'state', 'key', 'url', 'id', 'ref', 'run', 'intent_at', 'live_at', 'platform', 'at', 'message', ...PLATFORM_IDS]) {
  (KNOWN_KEYS[key.length] ??= []).push(key);
}

function knownKey(text: string, start: number, end: number): string | undefined {
  for (const key of KNOWN_KEYS[end - start] ?? []) {
    let i = 0;
    while (i < key.length && key.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === key.length) return key;
  }
  return undefined;
}

/** The plain scalar text[start, end) as the core schema reads it: a string, or an integer in decimal digits. */
function plain(text: string, start: number, end: number): string | number {
  if (end <= start || !canStartPlain(text, start, end)) giveUp();
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // `: ` and ` #` end a plain scalar; a final space or `:` is not part of one.
    if (c === 58 || c === 32) {
      const next = text.charCodeAt(i + 1);
      if (i === end - 1 || (c === 58 ? next === 32 : next === 35)) giveUp();
    }
  }
  const value = text.slice(start, end);
  if (!mayNotBeAString(text.charCodeAt(start)) || !NOT_A_STRING.test(value)) return value;
  return DIGITS.test(value) ? parseInt(value, 10) : giveUp();
}

/** Not a space or an indicator (`-`, `?` and `:` only before a non-space). */
function canStartPlain(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 97 ? c <= 122 : c >= 65 ? c <= 90 || c === 95 : c >= 48 && c <= 57) return true; // a-z A-Z _ 0-9 (the usual)
  if (c === 45 || c === 63 || c === 58) return start + 1 < end && !/\s/.test(text[start + 1]!);
  return !/[\s,[\]{}#&*!|>'"%@`]/.test(text[start]!);
}

/** Whether the first character lets the core schema read the scalar as null, a boolean or a number. */
function mayNotBeAString(c: number): boolean {
  // 0-9 ~ n N t T f F . + -
  return (c >= 48 && c <= 57) || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 46 || c === 43 || c === 45;
}

/**
 * No control characters but line feeds (no tab, no CR), and none of the code points the yaml package
 * may treat specially (byte order mark, non-characters, Unicode line breaks).
 */
function printable(text: string): boolean {
  // Most ledgers are printable ASCII and line feeds, found by the simpler search.
  return !/[^\n -~]/.test(text) || !/[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/.test(text);
}
