// decodeSource finds NUL and the other controls in one scan: a NUL anywhere must still be said before an
// earlier control, each at its own place, on seeded texts that mix them with BOMs, CR, LF, tabs and text.
import { describe, expect, it } from 'vitest';
import { decodeSource, LineIndex } from '../../../src/core/yaml/source.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** What the file should be told, found the way it was before: NUL first, then the first other control. */
function expected(text: string): { line: number; column: number; code: string } | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const nul = text.indexOf('\0');
  const at = nul !== -1 ? nul : (CONTROL.exec(text)?.index ?? -1);
  if (at === -1) return undefined;
  const { line, column } = new LineIndex(text).at(at);
  return {
    line,
    column: column - (line === 1 ? bom : 0),
    code: nul !== -1 ? 'NUL' : `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`,
  };
}

describe('decodeSource: NUL and control characters', () => {
  it('says NUL before any other control, each at its place, on 10,000 seeded texts', () => {
    const random = seededRandom(20261127);
    const pieces = [
      'a',
      'text ',
      '\n',
      '\r\n',
      '\t',
      '\r',
      '\0',
      '\u0001',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u009f',
      '\u00a0',
      'é',
      '🎉',
      '\u000b',
      '\u000c',
      '\u001f',
      '\u0020',
    ];
    const seen = { ok: 0, nul: 0, control: 0 };
    for (let i = 0; i < 10_000; i++) {
      const length = Math.floor(random() * 10);
      const text = (random() < 0.2 ? '\uFEFF' : '') + Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const result = decodeSource('posts/a.md', text, 'parse');
      const want = expected(text);
      if (!want) {
        expect(result, JSON.stringify(text)).toStrictEqual({
          ok: true,
          text: text.replace(/^\uFEFF/, ''),
          bomLength: text.startsWith('\uFEFF') ? 1 : 0,
        });
        seen.ok++;
        continue;
      }
      expect(result.ok, JSON.stringify(text)).toBe(false);
      const finding = (result as { findings: { line: number; column: number; message: string }[] }).findings[0]!;
      expect({ line: finding.line, column: finding.column }, JSON.stringify(text)).toEqual({ line: want.line, column: want.column });
      expect(finding.message, JSON.stringify(text)).toContain(want.code);
      if (want.code === 'NUL') seen.nul++;
      else seen.control++;
    }
    for (const [kind, count] of Object.entries(seen)) expect(count, kind).toBeGreaterThan(1500);
  });
});
