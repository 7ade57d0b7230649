// Entry of the `herald` command. Importing this file does nothing; bin/herald.js calls main().
import { run } from './cli/main.ts';
import { styleFor } from './cli/style.ts';

export async function main(): Promise<void> {
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    now: new Date(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    style: styleFor(process.stdout, process.env),
  });
}

if (import.meta.main) await main();
