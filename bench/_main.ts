// Runs one benchmark file in this process: `node bench/_main.ts bench/check.ts` (bench/run.ts spawns it).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/_main.ts <bench file>');
const bench = (await import(pathToFileURL(resolve(file)).href)) as { run(): Promise<void> };
await bench.run();
