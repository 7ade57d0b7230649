// The inline markdown a post may use, as tokens every platform renderer walks: links, emphasis,
// strikethrough, inline code, hard line breaks. Block syntax is left as text (posts are short).
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'strong' | 'em' | 'strike'; children: Inline[] };

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORDISH = /[\p{L}\p{N}]/u;

/** Parses one part's markdown; CRLF becomes LF and hard breaks (two spaces or `\` before a newline) become plain newlines. */
export function parseInline(markdown: string): Inline[] {
  const source = plainLineBreaks(markdown);
  return parseRange(source, 0, source.length);
}

/** CRLF and CR become LF, hard breaks a plain LF (the replacements run only where they can match). */
export function plainLineBreaks(markdown: string): string {
  const lf = markdown.includes('\r') ? markdown.replace(/\r\n?/g, '\n') : markdown;
  return lf.includes('  \n') || lf.includes('\\\n') ? lf.replace(/(?: {2,}|\\)\n/g, '\n') : lf;
}

function parseRange(s: string, from: number, to: number): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', value: text });
    text = '';
  };
  let i = from;
  while (i < to) {
    const c = s[i] as string;
    if (c === '\\' && i + 1 < to && ESCAPABLE.test(s[i + 1] as string)) {
      text += s[i + 1];
      i += 2;
      continue;
    }
    const found =
      c === '`'
        ? code(s, i, to)
        : c === '['
          ? link(s, i, to)
          : c === '<'
            ? autolink(s, i, to)
            : MARKER_START.has(c)
              ? delimited(s, i, to)
              : undefined;
    if (found) {
      flush();
      out.push(found.token);
      i = found.end;
      continue;
    }
    const end = runEnd(s, i + 1, to);
    text += s.slice(i, end);
    i = end;
  }
  flush();
  return out;
}

interface Found {
  token: Inline;
  end: number;
}

function code(s: string, i: number, to: number): Found | undefined {
  let ticks = 0;
  while (s[i + ticks] === '`') ticks++;
  const fence = '`'.repeat(ticks);
  const close = s.indexOf(fence, i + ticks);
  if (close < 0 || close + ticks > to) return undefined;
  return { token: { type: 'code', value: s.slice(i + ticks, close) }, end: close + ticks };
}

function link(s: string, i: number, to: number): Found | undefined {
  let depth = 0;
  let j = i;
  for (; j < to; j++) {
    if (s[j] === '\\') j++;
    else if (s[j] === '[') depth++;
    else if (s[j] === ']' && --depth === 0) break;
  }
  if (j >= to || s[j + 1] !== '(') return undefined;
  const target = /^\(\s*<?([^\s<>()]*(?:\([^\s()]*\)[^\s<>()]*)*)>?(?:\s+"[^"]*")?\s*\)/.exec(s.slice(j + 1, to));
  if (!target) return undefined;
  return { token: { type: 'link', url: target[1] as string, children: parseRange(s, i + 1, j) }, end: j + 1 + target[0].length };
}

function autolink(s: string, i: number, to: number): Found | undefined {
  const m = /^<(https?:\/\/[^\s<>]+)>/.exec(s.slice(i, to));
  if (!m) return undefined;
  const url = m[1] as string;
  return { token: { type: 'link', url, children: [{ type: 'text', value: url }] }, end: i + m[0].length };
}

// Characters that can start an emphasis marker (see MARKERS), and everything parseRange stops at.
const MARKER_START = new Set(['*', '_', '~']);
// The search also stops at `]`, so scanning a link's text ends at its `]`, not somewhere in the rest of the post.
const SPECIAL_OR_CLOSE = /[\\`[<*_~\]]/g;

/** Index of the first character in [from, to) that can start a token or an escape (backslash ` [ < * _ ~), or `to`. */
export function runEnd(s: string, from: number, to: number): number {
  for (let at = from; ;) {
    SPECIAL_OR_CLOSE.lastIndex = at;
    const next = SPECIAL_OR_CLOSE.exec(s);
    if (!next || next.index >= to) return to;
    if (s[next.index] !== ']') return next.index;
    at = next.index + 1;
  }
}

const MARKERS: [string, 'strong' | 'em' | 'strike'][] = [
  ['**', 'strong'],
  ['__', 'strong'],
  ['~~', 'strike'],
  ['*', 'em'],
  ['_', 'em'],
];

function delimited(s: string, i: number, to: number): Found | undefined {
  for (const [marker, type] of MARKERS) {
    if (!s.startsWith(marker, i)) continue;
    const inner = i + marker.length;
    if (inner >= to || /\s/.test(s[inner] as string)) return undefined;
    // `_` inside a word (snake_case) is not emphasis.
    if (marker[0] === '_' && i > 0 && WORDISH.test(s[i - 1] as string)) return undefined;
    let close = s.indexOf(marker, inner + 1);
    while (close > 0 && close + marker.length <= to) {
      const before = s[close - 1] as string;
      const after = s[close + marker.length] ?? ' ';
      const wordAfter = marker[0] === '_' && WORDISH.test(after);
      if (!/\s/.test(before) && before !== '\\' && !wordAfter && s[close + marker.length] !== marker[0]) {
        return { token: { type, children: parseRange(s, inner, close) }, end: close + marker.length };
      }
      close = s.indexOf(marker, close + 1);
    }
    return undefined;
  }
  return undefined;
}

/** The text of tokens with all markup dropped (link text only). */
export function textOf(tokens: Inline[]): string {
  let out = '';
  for (const t of tokens) out += t.type === 'text' || t.type === 'code' ? t.value : textOf(t.children);
  return out;
}
