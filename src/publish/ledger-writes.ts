// Writes a post's ledger file to the work tree as its parts go live. Platforms publish in parallel and
// often finish a part at the same moment, so the writes of one post are coalesced: a save asked for
// while that post's file is being written joins the one write that starts when the current one ends,
// and that write takes the entry as it is then. A save resolves only after a write that began after
// it was asked has finished, so the file on disk holds what the caller recorded.

export interface CoalescedWriter {
  save(postId: string): Promise<void>;
  /** Waits for every write started or queued so far; failures were already reported to their savers. */
  idle(): Promise<void>;
}

interface Slot {
  current?: Promise<void>;
  queued?: Promise<void>;
}

export function coalescedWriter(write: (postId: string) => Promise<void>): CoalescedWriter {
  const slots = new Map<string, Slot>();

  const start = (postId: string, slot: Slot): Promise<void> => {
    const run = write(postId);
    slot.current = run;
    const done = () => {
      if (slot.current === run) delete slot.current;
    };
    run.then(done, done);
    return run;
  };

  const save = (postId: string): Promise<void> => {
    let slot = slots.get(postId);
    if (!slot) slots.set(postId, (slot = {}));
    if (slot.queued) return slot.queued;
    if (!slot.current) return start(postId, slot);
    const s = slot;
    const queued = s.current!.catch(() => undefined).then(() => {
      delete s.queued;
      return start(postId, s);
    });
    s.queued = queued;
    return queued;
  };

  const idle = async (): Promise<void> => {
    for (;;) {
      const pending = [...slots.values()].flatMap((s) => [s.current, s.queued]).filter((p) => p !== undefined);
      if (pending.length === 0) return;
      await Promise.allSettled(pending);
    }
  };

  return { save, idle };
}
