// `npm run bench [names...]`: runs every bench/*.ts (or those named) in its own process, one after another,
// so each measures a cold process and its own memory. Each file exports run(): Promise<void> and prints its figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function benchFiles(dir: string, names: string[]): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts') && file !== 'run.ts' && !file.startsWith('_'))
    .filter((file) => names.length === 0 || names.includes(basename(file, '.ts')))
    .sort()
    .map((file) => join(dir, file));
}

function main(): void {
  const dir = dirname(fileURLToPath(import.meta.url));
  const files = benchFiles(dir, process.argv.slice(2));
  let failed = 0;
  for (const file of files) {
    console.log(`\n# ${basename(file, '.ts')}`);
    const result = spawnSync(process.execPath, [join(dir, '_main.ts'), file], { stdio: 'inherit' });
    if (result.status !== 0) failed++;
  }
  if (failed) {
    console.error(`\n${failed} benchmark file(s) failed`);
    process.exitCode = 1;
  }
}

if (import.meta.main) main();
