// Splitting a post into YAML front matter and body. Only the fences are found here, the way gray-matter
// finds them (tests/core/post/split-equivalence.test.ts holds the two together on hostile texts); nothing is
// parsed, and any language after the opening fence is refused, so no front matter engine ever sees the text.
import type { Finding } from '../types.ts';

export interface Split {
  /** The YAML between the fences and its offset in the text; absent without front matter. */
  yaml?: { text: string; offset: number };
  body: string;
  bodyOffset: number;
}

const YAML_ONLY = 'start the file with a line containing only --- and write the fields in YAML';
const LEADING_BLANK_LINES_THEN_FENCE = /^(?:[ \t]*\r?\n)+---[ \t]*\r?$/my;

function fail(file: string, line: number, column: number, message: string): { ok: false; findings: Finding[] } {
  return { ok: false, findings: [{ ruleId: 'parse', severity: 'error', file, line, column, message, hint: YAML_ONLY }] };
}

/** The line starting at `start`, without its line break (a CR before the LF included). */
function lineFrom(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  const line = end === -1 ? text.slice(start) : text.slice(start, end);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

export function splitFrontMatter(file: string, text: string): { ok: true; split: Split } | { ok: false; findings: Finding[] } {
  const firstLine = lineFrom(text, 0);
  const opens = firstLine.startsWith('---') && firstLine.charCodeAt(3) !== 0x2d;
  if (!opens) {
    if (/^\+\+\+\s*$/.test(firstLine)) return fail(file, 1, 1, 'TOML front matter (+++) is not supported: Herald reads YAML front matter only');
    LEADING_BLANK_LINES_THEN_FENCE.lastIndex = 0;
    if (LEADING_BLANK_LINES_THEN_FENCE.test(text)) {
      return fail(file, 1, 1, 'front matter must start on the very first line of the file (remove the blank lines above ---)');
    }
    return { ok: true, split: { body: text, bodyOffset: 0 } };
  }
  if (firstLine.slice(3).trim() !== '') {
    const language = firstLine.slice(3).trim().slice(0, 20);
    return fail(file, 1, 4, `front matter language "${language}" is not supported: Herald reads YAML only and never runs code from a post`);
  }
  // gray-matter's fences: the matter runs from after the opening --- to the first "\n---" after it.
  const close = text.indexOf('\n---', 3);
  if (close === -1) return fail(file, 1, 1, 'the front matter is never closed: add a line containing only --- after the fields');
  const closing = lineFrom(text, close + 1);
  if (!/^---[ \t]*$/.test(closing)) {
    const line = text.slice(0, close + 1).split('\n').length;
    return fail(file, line, 1, `the front matter must be closed by a line containing only --- (found "${closing.slice(0, 20)}")`);
  }
  // The body starts after the closing ---, less one CR and then one LF (so `--- ` keeps its trailing space).
  let bodyOffset = close + 4;
  if (text.charCodeAt(bodyOffset) === 0x0d) bodyOffset += 1;
  if (text.charCodeAt(bodyOffset) === 0x0a) bodyOffset += 1;
  const matter = text.slice(3, close);
  return {
    ok: true,
    // With CRLF the matter ends in the closing line's \r, and the yaml package refuses `[a, b]` followed by a lone \r.
    split: { yaml: { text: matter.endsWith('\r') ? matter.slice(0, -1) : matter, offset: 3 }, body: text.slice(bodyOffset), bodyOffset },
  };
}
