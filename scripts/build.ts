// Bundles the Action (action/src/index.ts) into one file, action/dist/index.js, which is committed.
// Deterministic: the same source and lockfile give the same bytes (tests/action/bundle.test.ts checks it).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildAction(outfile = resolve(root, 'action/dist/index.js')): Promise<void> {
  await build({
    absWorkingDir: root,
    entryPoints: ['action/src/index.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
    // CommonJS dependencies inside an ES module bundle still need require().
    banner: { js: "import { createRequire as __heraldCreateRequire } from 'node:module';\nconst require = __heraldCreateRequire(import.meta.url);" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAction(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
