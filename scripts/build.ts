// Bundles the Action (action/src/index.ts) into one file, action/dist/index.js, which is committed.
// Deterministic: the same source and lockfile give the same bytes (tests/action/bundle.test.ts checks it).
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @actions/core imports its OIDC client at the top, which imports @actions/http-client, which loads
 * undici (~0.8 MB, ~20 MB of memory at start-up). The Action never asks for an OIDC token, and
 * http-client has no side effects on import: saying so lets esbuild drop it when nothing uses it.
 */
const sideEffectFree: Plugin = {
  name: 'side-effect-free',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, async (args) => {
      if (args.pluginData === 'resolved') return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolved' });
      return { ...found, sideEffects: false };
    });
  },
};

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
    plugins: [sideEffectFree],
    // CommonJS dependencies inside an ES module bundle still need require().
    banner: { js: "import { createRequire as __heraldCreateRequire } from 'node:module';\nconst require = __heraldCreateRequire(import.meta.url);" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAction(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
