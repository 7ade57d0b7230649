// Where things are: offsets inside a part's text become file line/column (1-based, UTF-16 columns,
// like PostPart.column).
import type { PlatformId, Post, PostPart } from '../types.ts';
import type { Draft } from './types.ts';

export interface Place {
  line: number;
  column: number;
}

/** The file position of `offset` in `text`, whose first character is at `start`. */
export function placeAt(text: string, offset: number, start: Place): Place {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = start.line;
  let lineStart = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < clamped; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i;
  }
  const column = lineStart === -1 ? start.column + clamped : clamped - lineStart;
  return { line, column };
}

/** One text a rule reads: a part of the default text or of a per-platform override. */
export interface TextSource {
  text: string;
  line: number;
  column: number;
  /** Set for override texts. */
  platform?: PlatformId;
  /** 0-based part index and count within its thread. */
  index: number;
  count: number;
}

/** Every text of the post: the default parts, then each override's parts. */
export function textSources(post: Post): TextSource[] {
  const sources: TextSource[] = [];
  const add = (parts: PostPart[], platform?: PlatformId) =>
    parts.forEach((part, index) =>
      sources.push({
        text: part.text,
        line: part.line,
        column: part.column,
        index,
        count: parts.length,
        ...(platform ? { platform } : {}),
      }),
    );
  add(post.parts);
  for (const [platform, parts] of Object.entries(post.overrides) as [PlatformId, PostPart[] | undefined][]) {
    if (parts) add(parts, platform);
  }
  return sources;
}

/** "x override, part 2: " style prefix so a finding in a thread or override says which text. */
function sourceLabel(source: TextSource): string {
  const where = [source.platform ? `${source.platform} override` : '', source.count > 1 ? `part ${source.index + 1}` : '']
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ` : '';
}

/** A draft spanning text[offset, offset + length) of `source`. */
export function draftAt(
  source: TextSource,
  offset: number,
  length: number,
  message: string,
  extra: { hint?: string; platform?: PlatformId } = {},
): Draft {
  const start = placeAt(source.text, offset, source);
  const end = placeAt(source.text, offset + length, source);
  const platform = extra.platform ?? source.platform;
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    message: `${sourceLabel(source)}${message}`,
    ...(platform ? { platform } : {}),
    ...(extra.hint ? { hint: extra.hint } : {}),
  };
}

/** The line of a front matter field, or the file's first line when the field is absent. */
export function fieldPlace(post: Post, field: string): Place {
  return { line: post.fieldLines[field] ?? 1, column: 1 };
}

/** Short quote of the text at `offset` for messages: 'the overflow starts at …'. */
export function excerpt(text: string, offset: number, length = 20): string {
  let end = Math.min(text.length, offset + length);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end++; // never cut a surrogate pair in half
  const slice = text.slice(offset, end).replace(/\s+/g, ' ');
  return end < text.length ? `${slice}…` : slice;
}
