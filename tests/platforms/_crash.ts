// The publisher's crash discipline at adapter level, for every adapter against its stand-in: the run
// dies at API boundary k (before a request leaves, or after its answer arrived and before anyone read
// it), for every k a clean run passes; the next run recovers each part the ledger does not hold as live
// (findPart, as the runner does for a part with an intent and no result) and sends the rest. After it,
// the stand-in must hold every part exactly once: zero duplicates, zero missing.
// (tests/publish/fault-injection.test.ts does the same with SIGKILL through the whole Action.)
import { expect, it } from 'vitest';
import type { Rendition } from '../../src/core/types.ts';
import type { AdapterContext, LivePart, PlatformAdapter } from '../../src/platforms/types.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { partRequest } from '../helpers/servers/fixtures.ts';

export interface CrashScenario {
  adapter: PlatformAdapter;
  ctx: AdapterContext;
  rendition: Rendition;
  /** What the stand-in holds now, one entry per published part, in order. */
  published(): string[];
  /** The stand-in: after each scenario no request may have missed its routes or broken its API description. */
  server: Pick<FakeServer<unknown>, 'unhandled' | 'violations'>;
  close(): Promise<void>;
}

class Killed extends Error {}

function dyingFetch(killAt: number, seen: { boundaries: number; dead: boolean }): typeof globalThis.fetch {
  return async (input, init) => {
    const boundary = () => {
      seen.boundaries += 1;
      if (seen.dead || seen.boundaries === killAt) {
        seen.dead = true;
        throw new Killed(`killed at boundary ${killAt}`);
      }
    };
    boundary();
    const response = await globalThis.fetch(input, init);
    boundary();
    return response;
  };
}

async function runOnce(
  s: CrashScenario,
  ledger: (LivePart | undefined)[],
  fetch: typeof globalThis.fetch,
  recover: boolean,
): Promise<void> {
  const ctx = { ...s.ctx, fetch };
  for (let index = 0; index < s.rendition.parts.length; index++) {
    if (ledger[index]) continue;
    const request = partRequest(s.rendition, index, ledger as LivePart[]);
    const found = recover ? await s.adapter.findPart(request, ctx) : undefined;
    ledger[index] = found ?? (await s.adapter.publishPart(request, ctx));
  }
}

function expectValid(s: CrashScenario): void {
  expect(s.server.unhandled).toEqual([]);
  expect(s.server.violations).toEqual([]);
}

/** Registers the test: `start` builds a fresh stand-in and adapter for every crash point. */
export function crashAtEveryBoundary(start: () => Promise<CrashScenario>, expected: string[]): void {
  it('killed at every API boundary, then re-run: every part exactly once', async () => {
    const clean = await start();
    const seen = { boundaries: 0, dead: false };
    try {
      await runOnce(clean, [], dyingFetch(0, seen), false);
      expect(clean.published()).toEqual(expected);
      expectValid(clean);
    } finally {
      await clean.close();
    }
    expect(seen.boundaries).toBeGreaterThan(1);
    for (let killAt = 1; killAt <= seen.boundaries; killAt++) {
      const s = await start();
      try {
        const ledger: (LivePart | undefined)[] = [];
        await expect(runOnce(s, ledger, dyingFetch(killAt, { boundaries: 0, dead: false }), false)).rejects.toThrow();
        await runOnce(s, ledger, globalThis.fetch, true);
        expect(s.published(), `killed at boundary ${killAt} of ${seen.boundaries}`).toEqual(expected);
        expectValid(s);
      } finally {
        await s.close();
      }
    }
  }, 60_000);
}
