// LineIndex.lineText hands out a file's lines without splitting the whole file: it must give what
// `text.split('\n')[line - 1] ?? ''` gives, for every line number in and around seeded texts.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/yaml/source.ts';
import { seededRandom } from '../rules/seeded-random.ts';

describe('LineIndex.lineText', () => {
  it('gives each line as split gives it, on 3,000 seeded texts with LF, CRLF, lone CR and empty lines', () => {
    const random = seededRandom(20261125);
    const pieces = ['\n', '\n', '\r\n', '\r', 'a', 'line', ' ', 'é🎉', '\n\n'];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const lines = new LineIndex(text);
      const split = text.split('\n');
      for (let line = -1; line <= split.length + 2; line++)
        expect(lines.lineText(line), JSON.stringify({ text, line })).toBe(split[line - 1] ?? '');
    }
  });
});
