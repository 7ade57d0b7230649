import { describe, expect, it } from 'vitest';
import { parsePost } from '../../../src/core/post/parse.ts';

const FILE = 'posts/a.md';
const parse = (front: string) => parsePost(FILE, `---\n${front}\n---\nThe sprint is on 5 December.\n`);

describe('correction and retraction fields', () => {
  it('reads retract with its reason', () => {
    const result = parse('retract: true\nretract_reason: the date was wrong');
    expect(result.findings).toEqual([]);
    expect(result.ok && result.post).toMatchObject({ retract: true, retractReason: 'the date was wrong' });
  });

  it('refuses a retraction without a reason, at the retract line', () => {
    const result = parse('language: en\nretract: true');
    expect(result.findings).toMatchObject([{ severity: 'error', line: 3, message: expect.stringContaining('needs a reason') }]);
  });

  it('warns that a reason alone does nothing', () => {
    const result = parse('retract_reason: oops');
    expect(result.findings).toMatchObject([{ severity: 'warn', line: 2, message: expect.stringContaining('without retract: true') }]);
  });

  it('reads correction: leave and a correction reply', () => {
    const leave = parse('correction: leave');
    expect(leave.ok && leave.post.correction).toBe('leave');
    const reply = parse('correction:\n  reply: "Correction: the sprint is on 5 December."');
    expect(reply.ok && reply.post.correction).toEqual({ reply: 'Correction: the sprint is on 5 December.' });
  });

  it('says what a correction needs, where', () => {
    const result = parse('correction: later');
    expect(result.findings[0]).toMatchObject({ severity: 'error', line: 2 });
    const empty = parse('correction: { reply: "" }');
    expect(empty.findings[0]!.message).toContain('correction: needs reply');
  });
});
