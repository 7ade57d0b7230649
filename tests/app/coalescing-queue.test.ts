import { expect, test } from 'vitest';
import { CoalescingQueue } from '../../src/app/coalescing-queue.ts';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test('requests during a run share ONE follow-up run with merged options; other keys run in parallel', async () => {
  const queue = new CoalescingQueue<{ force: boolean }>((a, b) => ({ force: a.force || b.force }));
  const first = gate();
  const log: string[] = [];
  let active = 0;
  let maxActive = 0;
  const task = (name: string, wait?: Promise<void>) => async (o: { force: boolean }) => {
    active++;
    maxActive = Math.max(maxActive, active);
    log.push(`${name} start force=${o.force}`);
    await wait;
    log.push(`${name} end`);
    active--;
  };
  const a = queue.run('pr#1', { force: false }, task('a', first.opened));
  const waiting = [
    queue.run('pr#1', { force: false }, task('b')),
    queue.run('pr#1', { force: true }, task('c')),
    queue.run('pr#1', { force: false }, task('d')),
  ];
  const other = queue.run('pr#2', { force: false }, task('x'));
  await other;
  expect(log).toContain('x end');
  expect(log.filter((l) => l.startsWith('b') || l.startsWith('c') || l.startsWith('d'))).toEqual([]);
  first.open();
  await Promise.all([a, ...waiting]);
  expect(log.filter((l) => !l.startsWith('x'))).toEqual(['a start force=false', 'a end', 'b start force=true', 'b end']);
  expect(queue.busyKeys).toEqual([]);
  expect(maxActive).toBe(2);
});

test('a failed run rejects only its own callers; the follow-up still runs', async () => {
  const queue = new CoalescingQueue<null>(() => null);
  const failing = queue.run('k', null, async () => {
    await new Promise((r) => setTimeout(r, 5));
    throw new Error('GitHub said 502');
  });
  let ran = false;
  const next = queue.run('k', null, async () => {
    ran = true;
  });
  await expect(failing).rejects.toThrow('502');
  await next;
  expect(ran).toBe(true);
});
