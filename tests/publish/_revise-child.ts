// The publisher as a child process with the real adapters (against the stand-in servers), killed with
// SIGKILL at boundary number KILL_AT: before and after every platform request and ledger push.
import { run } from '../../action/src/main.ts';
import { ADAPTER_LOADERS } from '../../src/platforms/registry.ts';

const killAt = Number(process.env['KILL_AT'] ?? '0');
let boundaries = 0;
function boundary(): void {
  boundaries++;
  if (boundaries === killAt) process.kill(process.pid, 'SIGKILL');
}

await run({
  env: process.env,
  fetch: async (input, init) => {
    boundary();
    const response = await fetch(input, init);
    boundary();
    return response;
  },
  adapters: ADAPTER_LOADERS,
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
