// A quote, [ or { that is never closed swallows the rest of the YAML, and the yaml package reports it where
// the text ends (the end of the front matter). A volunteer needs the place it opens: found here from the
// node the package still builds for it, which starts at the opening character and ends at the error.
import { isCollection, isScalar, visit, type Document, type YAMLError } from 'yaml';

interface Unclosed {
  /** Offset of the opening quote, [ or { in the YAML text. */
  offset: number;
  message: string;
  hint: string;
}

const QUOTE_MISSING = /^Missing closing (["'])quote/;
const FLOW_UNENDED = /^Flow (?:sequence|map)\b.*end with a ([\]}])/;
const OPENER: Record<string, string> = { ']': '[', '}': '{' };
/** Longer example lines are left out of the hint: the position already says where. */
const MAX_EXAMPLE = 160;

interface Opening {
  offset: number;
  inFlow: boolean;
}

/** The first problem that is an unclosed quote, [ or {, said at its opening; undefined if there is none. */
export function firstUnclosed(doc: Document.Parsed, yaml: string, problems: readonly YAMLError[]): Unclosed | undefined {
  let openings: Map<string, Opening> | undefined; // built on the first problem that needs it, in one walk
  for (const problem of problems) {
    const text = problem.message.split('\n')[0] ?? '';
    const quote = QUOTE_MISSING.exec(text)?.[1];
    const closer = quote ? undefined : FLOW_UNENDED.exec(text)?.[1];
    const opener = quote ?? (closer && OPENER[closer]);
    if (!opener) continue;
    openings ??= openingsOf(doc, yaml);
    const open = openings.get(`${opener}${problem.pos[0]}`);
    if (open)
      return quote
        ? unclosedQuote(yaml, quote, open.offset, open.inFlow)
        : unclosedFlow(yaml, closer as string, open.offset, problem.pos[0]);
  }
  return undefined;
}

/**
 * Quoted scalars and flow collections by their opening character and where they end, the latest-starting
 * (innermost) of each: an unclosed one ends where the package reports it.
 */
function openingsOf(doc: Document.Parsed, yaml: string): Map<string, Opening> {
  const openings = new Map<string, Opening>();
  visit(doc, (_, node, path) => {
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    if (!quoted && !(isCollection(node) && node.flow === true)) return;
    const range = node.range;
    const opener = range && yaml[range[0]];
    if (!range || !opener || !(quoted ? `"'` : '[{').includes(opener)) return;
    const key = `${opener}${range[1]}`;
    if ((openings.get(key)?.offset ?? -1) >= range[0]) return;
    openings.set(key, { offset: range[0], inFlow: path.some((ancestor) => isCollection(ancestor) && ancestor.flow === true) });
  });
  return openings;
}

function lineAround(yaml: string, offset: number): { start: number; end: number } {
  const start = yaml.lastIndexOf('\n', offset - 1) + 1;
  const newline = yaml.indexOf('\n', offset);
  const end = newline === -1 ? yaml.length : newline;
  return { start, end: yaml[end - 1] === '\r' ? end - 1 : end };
}

function unclosedQuote(yaml: string, quote: string, open: number, inFlow: boolean): Unclosed {
  const line = lineAround(yaml, open);
  const opened = yaml.slice(line.start, line.end).trimEnd();
  const fixed = `${opened}${quote}`;
  // In [a, "b] the closing quote belongs before the ], which a line ending cannot show.
  const example = !inFlow && opened.length > open - line.start + 1 && fixed.length <= MAX_EXAMPLE ? `, e.g. ${fixed.trim()}` : '';
  return {
    offset: open,
    message: `YAML: the quote ${quote} opened here is never closed, so everything after it is read as this one text`,
    hint: `add the closing ${quote} where the text ends${example || ` (or remove the opening ${quote})`}`,
  };
}

function unclosedFlow(yaml: string, closer: string, open: number, end: number): Unclosed {
  const opener = OPENER[closer] as string;
  const inside = yaml.slice(open, end).trimEnd();
  const line = lineAround(yaml, open);
  // Shown only when the items are on the opening line and no comment follows them.
  const oneLine = !inside.includes('\n') && !/\s#/.test(yaml.slice(open, line.end));
  const fixed = `${yaml.slice(line.start, open + inside.length)}${closer}${yaml.slice(open + inside.length, line.end)}`.trim();
  const kind = closer === ']' ? 'list' : 'mapping';
  return {
    offset: open,
    message: `YAML: the ${opener} opened here is never closed: a ${kind} written in ${opener} ${closer} must end with ${closer}`,
    hint: `add the closing ${closer} after the last ${closer === ']' ? 'item' : 'entry'}${oneLine && fixed.length <= MAX_EXAMPLE ? `, e.g. ${fixed}` : ''}`,
  };
}
