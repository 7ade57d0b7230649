// A test's child script (TypeScript, importing src/) bundled once per test file into one JavaScript file,
// the way the Action ships: each spawn then loads one file instead of stripping types from ~200 modules,
// which made every child take about two seconds to start.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const built = new Map<string, Promise<string>>();

/** The path of `entry` bundled (built on first use in this process; later calls share it). */
export function bundledScript(entry: string): Promise<string> {
  let found = built.get(entry);
  if (!found) {
    found = bundle(entry);
    built.set(entry, found);
  }
  return found;
}

async function bundle(entry: string): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'herald-child-')), basename(entry).replace(/\.ts$/, '.js'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    logLevel: 'warning',
    // CommonJS dependencies inside an ES module bundle still need require().
    banner: {
      js: "import { createRequire as __testCreateRequire } from 'node:module';\nconst require = __testCreateRequire(import.meta.url);",
    },
  });
  return outfile;
}
