// The `herald` package as a group's admin gets it: `npm pack`, installed with `npm install -g` into an empty
// prefix (and run with `npx` from the tarball), on Node 24 and on the oldest Node `engines` allows. In an
// empty git repository `herald init` with flags and then `herald check` succeed, and the workflows it
// writes install nothing and pin every action by commit SHA.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintWorkflow } from '../../src/init/lint-workflows.ts';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  dependencies?: object;
  version: string;
};
const oldest = /^>=(\d+)\.(\d+)$/.exec(pkg.engines.node)!;
const work = mkdtempSync(join(tmpdir(), 'herald-package-'));
let tarball: string;
let prefix: string;
let files: string[];

const NODE_24 = process.execPath;
/** The machine's own Node (CI has one below 24), if it is one `engines` allows. */
function olderNode(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, 'node');
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    const match = version && /^v(\d+)\.(\d+)/.exec(version);
    if (
      match &&
      Number(match[1]) < 24 &&
      (Number(match[1]) > Number(oldest[1]) || (Number(match[1]) === Number(oldest[1]) && Number(match[2]) >= Number(oldest[2])))
    )
      return candidate;
  }
  return undefined;
}

function herald(node: string, args: string[], cwd: string) {
  // Only the installed package and the chosen Node on PATH: nothing of this checkout.
  const env = { PATH: [join(prefix, 'bin'), dirname(node), '/usr/bin', '/bin'].join(delimiter), HOME: work, NO_COLOR: '1' };
  return spawnSync(join(prefix, 'bin', 'herald'), args, { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

function emptyRepo(name: string): string {
  const dir = join(work, name);
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

const INIT = [
  'init',
  '--yes',
  '--group',
  'Django social',
  '--platforms',
  'mastodon,bluesky',
  '--member',
  'ada:chair',
  '--member',
  'grace:co-chair',
  '--mastodon-server',
  'https://fosstodon.org',
  '--timezone',
  'Europe/Amsterdam',
];

beforeAll(() => {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, packed!.filename);
  files = packed!.files.map((f) => f.path);
  prefix = join(work, 'prefix');
  execFileSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { cwd: work, stdio: 'pipe' });
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the herald package', () => {
  it('holds the bundle and the docs, no TypeScript sources, and depends on nothing', () => {
    expect(files).toContain('dist/herald.js');
    expect(files.filter((f) => f.endsWith('.ts') || f.startsWith('src/') || f.includes('node_modules'))).toEqual([]);
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(prefix, 'lib/node_modules/herald'))).not.toContain('node_modules');
  });

  it.each([
    ['Node 24', NODE_24],
    ['the oldest Node engines allows', olderNode()],
  ])('init then check in an empty git repository on %s', (_name, node) => {
    if (!node) return void console.warn(`skipped: no Node ${oldest[1]}.${oldest[2]}–23 on PATH to run the package on`);
    const dir = emptyRepo(`repo-${node === NODE_24 ? '24' : 'old'}`);
    const init = herald(node, INIT, dir);
    expect(init.status, init.stderr).toBe(0);
    const check = herald(node, ['check'], dir);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('1 file checked: 0 errors');

    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const workflows = readdirSync(join(dir, '.github/workflows'));
    expect(workflows.sort()).toEqual([
      'feeds.yml',
      'governance.yml',
      'herald-pr.yml',
      'propose.yml',
      'publish.yml',
      'report.yml',
      'schedule.yml',
    ]);
    for (const name of workflows) {
      const text = readFileSync(join(dir, '.github/workflows', name), 'utf8');
      expect(text).not.toMatch(/npm ci|node src\//);
      expect(lintWorkflow(name, text)).toEqual([]);
      expect(text).toContain(`uses: herald-social/herald/action@${sha} # v${pkg.version}`);
    }
    // The package refuses to overwrite what is there.
    const again = herald(node, INIT, dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('nothing was written (--force overwrites)');
  });

  it('npx herald init works from the tarball', () => {
    const dir = emptyRepo('repo-npx');
    const env = { ...process.env, npm_config_cache: join(work, 'npx-cache'), NO_COLOR: '1' };
    const result = spawnSync('npx', ['--yes', '--offline', '--package', tarball, '--', 'herald', ...INIT], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, '.github/herald.yml'), 'utf8')).toContain('login: grace');
  }, 120_000);
});
