// The publisher as a child process for fault injection: the Action's run() with test adapters (or,
// with TEST_ADAPTERS=registry, the real adapters of the registry against stand-in servers), killed
// with SIGKILL at boundary number KILL_AT (before and after every platform request and ledger push).
import { run } from '../../action/src/main.ts';
import type { PlatformId } from '../../src/core/types.ts';
import { redditAdapterFactory } from '../../src/platforms/reddit.ts';
import { ADAPTER_LOADERS, loadersOf } from '../../src/platforms/registry.ts';
import { testAdapterFactory } from '../helpers/test-platform/adapter.ts';

const killAt = Number(process.env['KILL_AT'] ?? '0');
let boundaries = 0;
function boundary(): void {
  boundaries++;
  if (boundaries === killAt) process.kill(process.pid, 'SIGKILL');
}

const ids = (process.env['TEST_PLATFORMS'] ?? '').split(',') as PlatformId[];
await run({
  env: process.env,
  fetch: async (input, init) => {
    boundary();
    const response = await fetch(input, init);
    boundary();
    return response;
  },
  adapters:
    process.env['TEST_ADAPTERS'] === 'registry'
      ? {
          ...Object.fromEntries(ids.map((id) => [id, ADAPTER_LOADERS[id]])),
          // The same adapter, reading an image post back 3 times 10 ms apart instead of 10 times 3 s apart.
          ...(ids.includes('reddit') ? loadersOf({ reddit: redditAdapterFactory({ imageReads: 3, imageReadIntervalMs: 10 }) }) : {}),
        }
      : loadersOf(Object.fromEntries(ids.map((id) => [id, testAdapterFactory(id)]))),
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.min(ms, 10))),
  onPush: () => boundary(),
  core: {
    info: () => {},
    warning: (m) => console.error(m),
    setSecret: () => {},
    setOutput: () => {},
    setFailed: (m) => {
      console.error(m);
      process.exitCode = 1;
    },
    writeSummary: async () => {},
  },
});
console.log(`boundaries=${boundaries}`);
