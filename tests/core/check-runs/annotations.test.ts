import { describe, expect, it } from 'vitest';
import { batchAnnotations, toAnnotation } from '../../../src/core/check-runs/annotations.ts';
import { finding } from '../comment/fixtures.ts';

describe('toAnnotation', () => {
  it('maps an error on one line with columns', () => {
    const a = toAnnotation(finding('posts/a.md', 'error', 'too long', 7, { column: 3, endColumn: 9, platform: 'x', hint: 'shorten it' }));
    expect(a).toEqual({
      path: 'posts/a.md',
      start_line: 7,
      end_line: 7,
      start_column: 3,
      end_column: 9,
      annotation_level: 'failure',
      message: 'too long\n\nWhat to do: shorten it',
      title: 'length (x)',
    });
  });

  it('drops columns when the span covers several lines (GitHub rejects them)', () => {
    const a = toAnnotation(finding('posts/a.md', 'warn', 'm', 4, { column: 2, endLine: 6, endColumn: 1 }));
    expect(a).toMatchObject({ start_line: 4, end_line: 6, annotation_level: 'warning' });
    expect(a).not.toHaveProperty('start_column');
    expect(a).not.toHaveProperty('end_column');
  });

  it('never produces an end before the start or a line 0', () => {
    const a = toAnnotation(finding('posts/a.md', 'error', 'm', 0, { column: 5, endColumn: 2 }));
    expect(a).toMatchObject({ start_line: 1, end_line: 1, start_column: 5, end_column: 5 });
  });

  it('keeps the title within 255 characters and the message bounded', () => {
    const a = toAnnotation(finding('posts/a.md', 'error', 'x'.repeat(100_000), 1, { ruleId: 'r'.repeat(400) }));
    expect(a.title!.length).toBeLessThanOrEqual(255);
    expect(a.message.length).toBeLessThanOrEqual(4_000);
  });
});

describe('batchAnnotations', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => toAnnotation(finding('posts/a.md', 'warn', `m${i}`, i + 1)));

  it.each([
    [0, []],
    [1, [1]],
    [50, [50]],
    [51, [50, 1]],
    [120, [50, 50, 20]],
  ])('%i annotations → batches of %j', (n, sizes) => {
    const batches = batchAnnotations(many(n));
    expect(batches.map((b) => b.length)).toEqual(sizes);
    expect(batches.flat().map((a) => a.message)).toEqual(many(n).map((a) => a.message));
  });

  it('refuses batch sizes GitHub would reject', () => {
    expect(() => batchAnnotations(many(3), 51)).toThrow(/1 to 50/);
    expect(() => batchAnnotations(many(3), 0)).toThrow(RangeError);
  });
});
