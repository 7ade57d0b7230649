// Markdown text → thread parts: `---` lines split, images become the part's media.
import type { Finding, Media, PostPart } from '../types.ts';
import { MEDIA_EXTENSIONS, mediaKind, resolveMediaPath } from './media.ts';

/** Maps (line index in the text, UTF-16 column in that line) to a file position. */
export type Locate = (lineIndex: number, column: number) => { line: number; column: number };

interface PartsInput {
  file: string;
  text: string;
  locate: Locate;
  /** "the body" or "overrides.x", for messages. */
  label: string;
}

// ![alt](path "credit") | ![alt](<path with spaces> 'credit') | ![alt](path (credit))
const IMAGE =
  /!\[((?:[^\]\\\n]|\\.)*)\]\(\s*(<[^<>\n]*>|[^\s()<>]+)(?:\s+("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\((?:[^()\\\n]|\\.)*\)))?\s*\)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

interface Line {
  index: number;
  text: string;
  /** Inside (or fencing) a code block: no breaks, no images. */
  code: boolean;
}

function splitSegments(text: string): { segments: Line[][]; breaks: number[] } {
  const segments: Line[][] = [[]];
  const breaks: number[] = [];
  let fence: string | undefined;
  let segment = segments[0]!;
  const raws = text.split('\n');
  for (let index = 0; index < raws.length; index++) {
    const raw = raws[index]!;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const marker = FENCE.exec(line)?.[1];
    const toggles = marker !== undefined && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length));
    const code = fence !== undefined || toggles;
    if (toggles) fence = fence === undefined ? marker : undefined;
    if (!code && line.replace(/[ \t]+$/, '') === '---') {
      segments.push((segment = []));
      breaks.push(index);
      continue;
    }
    segment.push({ index, text: line, code });
  }
  return { segments, breaks };
}

function error(input: PartsInput, lineIndex: number, column: number, message: string, hint?: string): Finding {
  const at = input.locate(lineIndex, column);
  return { ruleId: 'parse', severity: 'error', file: input.file, ...at, message, ...(hint ? { hint } : {}) };
}

function readImage(input: PartsInput, match: RegExpMatchArray & { index: number }, line: Line, findings: Finding[]): Media | undefined {
  const alt = unescape(match[1] ?? '').trim();
  const target = match[2] ?? '';
  const rawPath = target.startsWith('<') ? target.slice(1, -1) : target;
  const title = match[3] ? unescape(match[3].slice(1, -1)).trim() : '';
  const at = input.locate(line.index, match.index);
  const before = findings.length;
  const resolved = resolveMediaPath(input.file, rawPath);
  const kind = resolved.ok ? mediaKind(resolved.path) : undefined;
  if (!resolved.ok) findings.push(error(input, line.index, match.index, `${input.label}: ${resolved.message}`));
  else if (!kind) {
    findings.push(
      error(
        input,
        line.index,
        match.index,
        `${input.label}: unsupported media file "${rawPath}": expected one of .${MEDIA_EXTENSIONS.join(', .')}`,
      ),
    );
  }
  if (alt === '') {
    findings.push(
      error(
        input,
        line.index,
        match.index,
        `${input.label}: image alt text is missing: describe what the image shows inside ![…]`,
        'e.g. ![Three people at a sprint table with laptops](media/sprint.png "Photo: Jane Doe, CC BY 4.0")',
      ),
    );
  }
  if (kind === 'image' && title === '') {
    findings.push(
      error(
        input,
        line.index,
        match.index,
        `${input.label}: image credit is missing: add it as the image title in quotes`,
        `e.g. ![${alt || 'alt text'}](${rawPath} "Photo: Jane Doe, CC BY 4.0")`,
      ),
    );
  }
  if (findings.length > before || !resolved.ok || !kind) return undefined;
  return { path: resolved.path, alt, kind, line: at.line, column: at.column, ...(title ? { credit: title } : {}) };
}

/** Parses a markdown text into parts. Returns no parts for a blank text. */
export function parseParts(input: PartsInput): { parts: PostPart[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const { segments, breaks } = splitSegments(input.text);
  if (segments.every((segment) => segment.every((line) => line.text.trim() === ''))) return { parts: [], findings };
  const parts: PostPart[] = [];
  segments.forEach((segment, n) => {
    const media: Media[] = [];
    const kept: string[] = [];
    for (const line of segment) {
      if (line.code) {
        kept.push(line.text);
        continue;
      }
      if (!line.text.includes('![')) {
        kept.push(line.text.trimEnd());
        continue;
      }
      let rest = '';
      let last = 0;
      let stray = -1;
      const keep = (end: number) => {
        const gap = line.text.slice(last, end);
        if (stray === -1 && gap.includes('![')) stray = last + gap.indexOf('![');
        rest += gap;
      };
      for (const match of line.text.matchAll(IMAGE)) {
        keep(match.index);
        last = match.index + match[0].length;
        const item = readImage(input, match, line, findings);
        if (item) media.push(item);
      }
      const found = last > 0;
      keep(line.text.length);
      if (stray !== -1) {
        const at = input.locate(line.index, stray);
        findings.push({
          ruleId: 'parse',
          severity: 'warn',
          file: input.file,
          ...at,
          message: `${input.label}: this looks like an image but is not in the form ![alt text](path "credit"), so it stays text`,
        });
      }
      if (found && rest.trim() === '') continue;
      const indent = /^[ \t]*/.exec(line.text)?.[0] ?? '';
      kept.push(found ? indent + rest.replace(/[ \t]{2,}/g, ' ').trim() : line.text.trimEnd());
    }
    while (kept.length > 0 && kept[0]!.trim() === '') kept.shift();
    while (kept.length > 0 && kept.at(-1)!.trim() === '') kept.pop();
    const first = segment.find((line) => line.text.trim() !== '');
    if (!first) {
      const breakLine = breaks[n === 0 ? 0 : n - 1] ?? 0;
      findings.push(
        error(input, breakLine, 0, `${input.label}: thread part ${n + 1} is empty: remove the extra --- line or write the part`),
      );
      return;
    }
    const start = input.locate(first.index, first.text.length - first.text.trimStart().length);
    parts.push({ text: kept.join('\n'), media, line: start.line, column: start.column });
  });
  return { parts, findings };
}
