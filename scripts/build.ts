// Bundles the Action (action/src/index.ts) into action/dist/ (committed): index.js plus the chunks it imports
// when a command is chosen (esbuild's code splitting at the dynamic imports of action/src/commands.ts), so a
// publish run loads only the publish code. `buildCli` bundles the `herald` command the same way into dist/
// for the npm package (built by `npm pack`, never committed).
// Deterministic: the same source and lockfile give the same bytes (tests/action/bundle.test.ts checks it).
import { build, type Metafile, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

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
      const found = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolved',
      });
      return { ...found, sideEffects: false };
    });
  },
};

export const ACTION_DIST = resolve(root, 'action/dist');
export const CLI_DIST = resolve(root, 'dist');

export async function buildAction(outdir = ACTION_DIST): Promise<Metafile> {
  // Modules that run themselves as the main module (`node src/actions-app.ts`) never are in the bundle: without this,
  // actions-app.ts's own `await import('@actions/core')` keeps all of @actions/core, and so undici, in the bundle.
  return bundle({ index: 'action/src/index.ts' }, outdir, { target: 'node24', define: { 'import.meta.main': 'false' } });
}

/** The npm package's `herald` command: dist/herald.js and its chunks, runnable by plain `node`. */
export async function buildCli(outdir = CLI_DIST, release = currentRelease()): Promise<void> {
  // src/cli.ts runs itself when it is the main module (`node src/cli.ts`); in the bundle bin.ts does.
  const define = { 'import.meta.main': 'false', ...(release ? { __HERALD_RELEASE__: JSON.stringify(JSON.stringify(release)) } : {}) };
  await bundle({ herald: 'src/cli/bin.ts' }, outdir, { target: CLI_TARGET, shebang: '#!/usr/bin/env node\n', define });
}

/** What `herald init` pins: this repository at the commit being packed (none outside a git checkout). */
export function currentRelease(): { repository: string; sha: string; version: string } | undefined {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string; repository?: { url?: string } };
  const repository = /github\.com[/:]([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')?.[1];
  let sha: string;
  try {
    sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
  return repository && /^[0-9a-f]{40}$/.test(sha) ? { repository, sha, version: `v${pkg.version}` } : undefined;
}

/** The oldest Node the package supports: package.json `engines` says the same (tests/package/ runs the package on it and on Node 24). */
export const CLI_TARGET = 'node20';

interface BundleOptions {
  target: string;
  shebang?: string;
  define?: Record<string, string>;
}

async function bundle(entryPoints: Record<string, string>, outdir: string, options: BundleOptions): Promise<Metafile> {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    metafile: true,
    absWorkingDir: root,
    entryPoints,
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    target: options.target,
    ...(options.define ? { define: options.define } : {}),
    format: 'esm',
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [sideEffectFree],
    // CommonJS dependencies inside an ES module bundle still need require().
    banner: {
      js: `${options.shebang ?? ''}import { createRequire as __heraldCreateRequire } from 'node:module';\nconst require = __heraldCreateRequire(import.meta.url);`,
    },
  });
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === 'cli') await buildCli(process.argv[3] ? resolve(process.argv[3]) : undefined);
  else await buildAction(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
