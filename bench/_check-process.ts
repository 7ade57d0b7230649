// One `herald check` in this process over the repository at argv[2] (bench/check.ts spawns it), printing its
// wall time and the process's peak resident memory as JSON. In-process so the figures are the command's own.
import { run } from '../src/cli/main.ts';
import { styleFor } from '../src/cli/style.ts';

const cwd = process.argv[2];
if (!cwd) throw new Error('usage: node bench/_check-process.ts <repository>');
let output = 0;
const start = performance.now();
await run(['check', '--format', 'json'], {
  cwd,
  env: {},
  now: new Date('2026-11-21T12:00:00Z'),
  out: (text) => void (output += text.length),
  err: (text) => void (output += text.length),
  style: styleFor({ isTTY: false } as NodeJS.WriteStream, {}),
});
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, peakRssKb: process.resourceUsage().maxRSS, output }));
