// Reads a Herald repository from disk: the config and the post files. The CLI's only file I/O.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { defaultConfig, parseConfig } from '../core/config/parse.ts';
import { HeraldError } from '../core/errors.ts';
import type { RepoFile } from '../core/check.ts';
import type { Finding, HeraldConfig } from '../core/types.ts';
import { readRepoFileSync, refusalOf, RepoFileError } from '../fs/repo-file.ts';

export const CONFIG_PATH = '.github/herald.yml';
/** Read one byte past the parser's limit so it can say the file is too large without us loading all of it. */
const READ_CAP = 256 * 1024 + 1;

/**
 * The repository `start` is in: the nearest folder at or above it holding `.git` or `.github/herald.yml`
 * (so `herald new` run inside posts/ writes posts/<file>, not posts/posts/<file>); `start` itself when none is.
 */
export function findRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (statSync(join(dir, '.git'), { throwIfNoEntry: false }) || statSync(join(dir, CONFIG_PATH), { throwIfNoEntry: false })?.isFile())
      return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}

/** A path the user typed, relative to where they are, as a path relative to the root. */
export function fromHere(root: string, here: string | undefined, path: string): string {
  return here ? relative(root, resolve(here, path)) || '.' : path;
}

export interface LoadedConfig {
  config: HeraldConfig;
  findings: Finding[];
  /** False when the file was missing and defaults are used. */
  found: boolean;
}

export function loadConfig(root: string, path = CONFIG_PATH): LoadedConfig {
  let source: Uint8Array;
  try {
    source = readRepoFileSync(root, path, { maxBytes: READ_CAP });
  } catch (error) {
    if (error instanceof RepoFileError && error.reason === 'missing') {
      // Only the usual place may be absent (a repository without config); a path someone named must exist.
      if (path !== CONFIG_PATH)
        throw new HeraldError(`--config ${path}: no such file`, { hint: `Name the repository's config file, usually ${CONFIG_PATH}.` });
      return { config: defaultConfig(path), findings: [], found: false };
    }
    throw error;
  }
  const result = parseConfig(path, source);
  if (result.ok) return { config: result.config, findings: result.findings, found: true };
  return { config: defaultConfig(path), findings: result.findings, found: true };
}

/**
 * The config for commands that act on it (preview, feeds, governance, report): an error in the file stops
 * the command, instead of it running quietly on the defaults (no feeds, UTC, an empty roster).
 */
export function loadValidConfig(root: string, path = CONFIG_PATH): LoadedConfig {
  const loaded = loadConfig(root, path);
  const errors = loaded.findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return loaded;
  const list = errors.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n');
  throw new HeraldError(`${path} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}, so nothing was done:\n${list}`, {
    hint: 'Fix the config first: herald check shows each problem with what to do.',
  });
}

/** Post files named by the user (files or directories), as repository-relative paths, sorted. */
export function findPostFiles(root: string, paths: string[]): string[] {
  const found = new Set<string>();
  for (const path of paths) {
    const full = resolve(root, path);
    const rel = relative(root, full);
    if (rel.startsWith('..') || resolve(rel) === rel) {
      throw new HeraldError(`${path}: outside the repository ${root}`);
    }
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat)
      throw new HeraldError(`${path}: no such file or directory`, {
        hint: 'Name post files or folders inside the repository, e.g. posts/',
      });
    if (stat.isDirectory()) {
      // A named folder is walked only where it really is inside the repository (not through a link out of it).
      const inside = relative(realpathSync(root), realpathSync(full));
      if (inside.startsWith('..') || resolve(inside) === inside)
        throw new HeraldError(`${path}: a symbolic link to a folder outside the repository`);
      walk(full, (file) => found.add(toRepoPath(root, file)));
    } else if (!full.endsWith('.md'))
      throw new HeraldError(`${path}: not a post (posts are .md files)`, {
        hint: 'Name the post that uses this file, or a folder such as posts/',
      });
    else found.add(toRepoPath(root, full));
  }
  return [...found].sort();
}

/** Each post's bytes; a post that is not a regular file inside the repository stops the command, naming it. */
export function readPostFiles(root: string, paths: string[]): RepoFile[] {
  return paths.map((path) => ({ path, content: readRepoFileSync(root, path, { maxBytes: READ_CAP }) }));
}

/** Media existence: a regular file inside the repository, never through a link or a linked folder leading out of it. */
export function mediaChecker(root: string): (path: string) => boolean {
  return (path) => refusalOf(root, path) === undefined;
}

function walk(dir: string, visit: (file: string) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    // A linked post is listed so that reading it says what it is; linked folders are not followed.
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md')
      visit(full);
  }
}

function toRepoPath(root: string, full: string): string {
  return relative(root, full).split(sep).join('/');
}
