// Entry of the `herald` command: `node src/cli.ts` in a checkout; the package's dist/herald.js (src/cli/bin.ts) calls main().
import * as nodeModule from 'node:module';

export async function main(): Promise<void> {
  // Node keeps the compiled (and type-stripped) modules on disk between runs: the command's modules are
  // imported after this, so a second run skips most of the start-up (NODE_DISABLE_COMPILE_CACHE=1 turns it off).
  // (Node 22.1+; a namespace import, because a named one fails to link on older Nodes.)
  nodeModule.enableCompileCache?.();
  const [{ run }, { styleFor }] = await Promise.all([import('./cli/main.ts'), import('./cli/style.ts')]);
  process.exitCode = await run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    now: new Date(),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    style: styleFor(process.stdout, process.env),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  });
}

if (import.meta.main) await main();
