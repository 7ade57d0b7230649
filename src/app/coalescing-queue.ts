// Saves work per key inside one process (an optimisation, not a lock: other instances run
// regardless, and evaluations converge without it). While a run for a key is in progress, every
// request for that key joins ONE follow-up run that starts when the current run ends, so 20
// deliveries for one PR cause at most two evaluations. Each caller's promise settles with the run
// that covers its request (that run started after the request arrived).

type Task<O> = (options: O) => Promise<void>;

interface Pending<O> {
  options: O;
  promise: Promise<void>;
  start: () => void;
}

export class CoalescingQueue<O> {
  readonly #running = new Map<string, Promise<void>>();
  readonly #pending = new Map<string, Pending<O>>();
  readonly #merge: (a: O, b: O) => O;

  /** `merge` combines the options of requests that share one run (e.g. force = a.force || b.force). */
  constructor(merge: (a: O, b: O) => O) {
    this.#merge = merge;
  }

  run(key: string, options: O, task: Task<O>): Promise<void> {
    const pending = this.#pending.get(key);
    if (pending) {
      pending.options = this.#merge(pending.options, options);
      return pending.promise;
    }
    const running = this.#running.get(key);
    if (!running) return this.#start(key, task, options);
    let start!: () => void;
    const next: Pending<O> = {
      options,
      start: () => start(),
      promise: new Promise<void>((resolve, reject) => {
        start = () => {
          this.#pending.delete(key);
          this.#start(key, task, next.options).then(resolve, reject);
        };
      }),
    };
    this.#pending.set(key, next);
    return next.promise;
  }

  /** Keys with work in progress (for tests and shutdown). */
  get busyKeys(): string[] {
    return [...this.#running.keys()];
  }

  #start(key: string, task: Task<O>, options: O): Promise<void> {
    const run = (async () => task(options))();
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#running.set(key, settled);
    void settled.then(() => {
      this.#running.delete(key);
      this.#pending.get(key)?.start();
    });
    return run;
  }
}
