import { describe, expect, it } from 'vitest';
import { coalescedWriter } from '../../src/publish/ledger-writes.ts';

/** A write that finishes when the test says so, recording the value it wrote. */
function controlledDisk(values: Map<string, number>) {
  const written: string[] = [];
  const pending: { finish(): void; fail(e: Error): void }[] = [];
  const write = (postId: string) =>
    new Promise<void>((resolve, reject) => {
      const value = values.get(postId);
      pending.push({ finish: () => (written.push(`${postId}=${value}`), resolve()), fail: reject });
    });
  return { write, written, pending };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('coalescedWriter', () => {
  it('saves asked for during a write share one follow-up write of the latest entry', async () => {
    const values = new Map([['a', 1]]);
    const disk = controlledDisk(values);
    const writer = coalescedWriter(disk.write);
    const first = writer.save('a');
    values.set('a', 2);
    const second = writer.save('a');
    values.set('a', 3);
    const third = writer.save('a');
    expect(third).toBe(second);
    expect(disk.pending).toHaveLength(1);
    disk.pending[0]!.finish();
    await first;
    await tick();
    expect(disk.pending).toHaveLength(2);
    disk.pending[1]!.finish();
    await Promise.all([second, third]);
    expect(disk.written).toEqual(['a=1', 'a=3']);
  });

  it('a save resolves only after a write that began after it was asked', async () => {
    const values = new Map([['a', 1]]);
    const disk = controlledDisk(values);
    const writer = coalescedWriter(disk.write);
    void writer.save('a');
    values.set('a', 2);
    let done = false;
    const later = writer.save('a').then(() => (done = true));
    disk.pending[0]!.finish();
    await tick();
    expect(done).toBe(false);
    disk.pending[1]!.finish();
    await later;
    expect(disk.written.at(-1)).toBe('a=2');
  });

  it('posts are written independently, and a failed write does not stop the next one', async () => {
    const values = new Map([['a', 1], ['b', 7]]);
    const disk = controlledDisk(values);
    const writer = coalescedWriter(disk.write);
    const a1 = writer.save('a');
    const b1 = writer.save('b');
    expect(disk.pending).toHaveLength(2);
    const a2 = writer.save('a');
    disk.pending[0]!.fail(new Error('disk full'));
    await expect(a1).rejects.toThrow('disk full');
    await tick();
    disk.pending[1]!.finish();
    disk.pending[2]!.finish();
    await Promise.all([a2, b1]);
    await writer.idle();
    expect(disk.written.sort()).toEqual(['a=1', 'b=7']);
  });

  it('idle waits for queued writes too', async () => {
    const values = new Map([['a', 1]]);
    const disk = controlledDisk(values);
    const writer = coalescedWriter(disk.write);
    void writer.save('a');
    void writer.save('a');
    let idle = false;
    const waiting = writer.idle().then(() => (idle = true));
    disk.pending[0]!.finish();
    await tick();
    expect(idle).toBe(false);
    disk.pending[1]!.finish();
    await waiting;
    expect(disk.written).toEqual(['a=1', 'a=1']);
  });
});
