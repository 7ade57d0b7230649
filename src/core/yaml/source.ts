// Turning untrusted bytes into text we can point into: size cap, UTF-8 validation, NUL, BOM.
import type { Finding } from '../types.ts';

export const MAX_SOURCE_BYTES = 256 * 1024;

/** Maps UTF-16 offsets in a text to 1-based line and column. */
export class LineIndex {
  readonly starts: number[];
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
  /** Line `line` (1-based) without its line feed, as `text.split('\n')[line - 1] ?? ''` gives it. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }
}

type Decoded = { ok: true; text: string; bomLength: number } | { ok: false; findings: Finding[] };

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

function error(file: string, ruleId: string, line: number, column: number, message: string, hint?: string): Finding {
  return { ruleId, severity: 'error', file, line, column, message, ...(hint ? { hint } : {}) };
}

/**
 * Decodes a repository file. Refuses files over the size cap, invalid UTF-8 (pointing at the first
 * bad byte), lone surrogates in strings, NUL and other control characters. Strips one BOM; keeps CRLF as is.
 */
export function decodeSource(file: string, source: string | Uint8Array, ruleId: string): Decoded {
  let text: string;
  if (typeof source === 'string') {
    // Every UTF-16 unit is at least one UTF-8 byte, so a long string is over the cap without encoding.
    // A UTF-16 unit is 1 to 3 UTF-8 bytes: only lengths in between need encoding.
    const bytes = source.length > MAX_SOURCE_BYTES || source.length * 3 <= MAX_SOURCE_BYTES ? source.length : encoder.encode(source).length;
    if (bytes > MAX_SOURCE_BYTES) return { ok: false, findings: [tooLarge(file, ruleId)] };
    text = source;
    const lone = text.isWellFormed() ? null : /\p{Surrogate}/u.exec(text);
    if (lone) {
      const { line, column } = new LineIndex(text).at(lone.index);
      return {
        ok: false,
        findings: [
          error(file, ruleId, line, column, 'invalid text: a lone UTF-16 surrogate cannot be encoded as UTF-8', 'save the file as UTF-8'),
        ],
      };
    }
  } else {
    if (source.length > MAX_SOURCE_BYTES) return { ok: false, findings: [tooLarge(file, ruleId)] };
    try {
      text = fatalDecoder.decode(source);
    } catch {
      const bad = Math.max(0, firstInvalidUtf8(source));
      const before = new TextDecoder('utf-8').decode(source.subarray(0, bad)); // drops a BOM
      const { line, column } = new LineIndex(before).at(before.length);
      const byte = (source[bad] ?? 0).toString(16).padStart(2, '0');
      return {
        ok: false,
        findings: [
          error(file, ruleId, line, column, `invalid UTF-8: byte 0x${byte} at offset ${bad} is not valid UTF-8`, 'save the file as UTF-8'),
        ],
      };
    }
  }
  const bomLength = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // One scan finds NUL and the other controls alike; a NUL anywhere is said before an earlier control.
  const control = NUL_OR_CONTROL.exec(text);
  const nul = control ? text.indexOf('\0') : -1;
  if (nul !== -1) {
    const { line, column } = new LineIndex(text).at(nul);
    return {
      ok: false,
      findings: [
        error(
          file,
          ruleId,
          line,
          column - (line === 1 ? bomLength : 0),
          'the file contains a NUL character: it looks binary, not text',
          'remove the NUL byte or save the file as plain UTF-8 text',
        ),
      ],
    };
  }
  // Escape sequences and other controls would be published invisibly, and replayed by any terminal that prints them.
  if (control) {
    const { line, column } = new LineIndex(text).at(control.index);
    const code = `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      ok: false,
      findings: [
        error(
          file,
          ruleId,
          line,
          column - (line === 1 ? bomLength : 0),
          `the file contains the control character ${code}, which no platform shows and a terminal may act on`,
          'delete it (it is invisible in most editors; it often comes from pasting terminal output)',
        ),
      ],
    };
  }
  return { ok: true, text: text.slice(bomLength), bomLength };
}

/** NUL, and the C0 and C1 controls except tab, line feed and carriage return. */
const NUL_OR_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Readers may hand over only the first limit + 1 bytes of a huge file, so no size is quoted. */
function tooLarge(file: string, ruleId: string): Finding {
  return error(
    file,
    ruleId,
    1,
    1,
    `the file is too large: the limit is ${MAX_SOURCE_BYTES} bytes (256 KiB)`,
    'split it into several posts, and keep images and other data in media files',
  );
}
