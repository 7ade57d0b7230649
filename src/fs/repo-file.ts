// Files are read as files: every repository file Herald opens by path (posts, media, config, ledger,
// feed state) goes through here. A path is opened only if, after resolving symbolic links, it is a
// regular file inside the repository and outside .git; anything else (a link leading out, a linked
// folder, /dev/zero, a FIFO, a directory) is a RepoFileError naming the path, and nothing is read.
// The publish job also refuses links inside the repository (`links: 'refuse'`): a link's target is
// not what the vote saw.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { HeraldError } from '../core/errors.ts';

export type RefusalReason = 'missing' | 'outside' | 'link' | 'git' | 'not-file';

export class RepoFileError extends HeraldError {
  override name = 'RepoFileError';
  readonly path: string;
  readonly reason: RefusalReason;
  constructor(path: string, reason: RefusalReason, message: string, hint?: string) {
    super(`${path}: ${message}`, hint ? { hint } : {});
    this.path = path;
    this.reason = reason;
  }
}

export interface RepoFileOptions {
  /** 'inside' (default): a link is followed if it ends at a regular file inside the repository. 'refuse': no link anywhere in the path. */
  links?: 'inside' | 'refuse';
  /** Read at most this many bytes (a parser's limit plus one, so it can say the file is too large). */
  maxBytes?: number;
}

const HINT = 'Herald reads only regular files inside the repository: commit the file itself, not a link or a device.';
// O_NONBLOCK: opening a FIFO that slipped in between the check and the open must not wait for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** The file's bytes, once it is known to be a regular file inside the repository. */
export async function readRepoFile(root: string, path: string, options: RepoFileOptions = {}): Promise<Uint8Array> {
  const real = confineResolved(root, path, options, await realOf(root, path, realpath), await realpath(root));
  const handle = await open(real, OPEN_FLAGS).catch((error: unknown) => {
    throw openError(path, error);
  });
  try {
    const stat = await handle.stat();
    const limit = checkRegular(path, stat, options);
    const buffer = new Uint8Array(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(buffer, filled, limit - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** The size of a repository file without reading it, with the same confinement. */
export async function repoFileSize(root: string, path: string, options: RepoFileOptions = {}): Promise<number> {
  const real = confineResolved(root, path, options, await realOf(root, path, realpath), await realpath(root));
  const handle = await open(real, OPEN_FLAGS).catch((error: unknown) => {
    throw openError(path, error);
  });
  try {
    const stat = await handle.stat();
    checkRegular(path, stat, options);
    return stat.size;
  } finally {
    await handle.close();
  }
}

export function readRepoFileSync(root: string, path: string, options: RepoFileOptions = {}): Uint8Array {
  const real = confineSync(root, path, options);
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    throw openError(path, error);
  }
  try {
    const limit = checkRegular(path, fstatSync(fd), options);
    const buffer = new Uint8Array(limit);
    let filled = 0;
    while (filled < limit) {
      const read = readSync(fd, buffer, filled, limit - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return buffer.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** Why a path would be refused, or undefined when it is a readable regular file (media checks). */
export function refusalOf(root: string, path: string, options: RepoFileOptions = {}): RepoFileError | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(confineSync(root, path, options), OPEN_FLAGS);
    checkRegular(path, fstatSync(fd), options);
    return undefined;
  } catch (error) {
    if (error instanceof RepoFileError) return error;
    return openError(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function confineSync(root: string, path: string, options: RepoFileOptions): string {
  const real = realOf(root, path, (p) => realpathSync(p));
  return confineResolved(root, path, options, real, realpathSync(root));
}

function realOf<R extends string | Promise<string>>(root: string, path: string, resolveReal: (p: string) => R): R {
  const lexical = relative(root, resolve(root, path));
  if (lexical === '' || lexical.startsWith('..') || isAbsolute(lexical)) {
    throw new RepoFileError(path, 'outside', 'outside the repository', 'Name files by their path inside the repository.');
  }
  try {
    const result = resolveReal(resolve(root, path));
    if (result instanceof Promise) return result.catch((error: unknown) => Promise.reject(openError(path, error))) as R;
    return result;
  } catch (error) {
    throw openError(path, error);
  }
}

function confineResolved(root: string, path: string, options: RepoFileOptions, real: string, realRoot: string): string {
  const inside = relative(realRoot, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new RepoFileError(path, 'outside', 'a symbolic link that leads outside the repository', HINT);
  }
  if (inside.split(sep).some((segment) => segment.toLowerCase() === '.git')) {
    throw new RepoFileError(path, 'git', "inside .git, which is git's own data, not a repository file", HINT);
  }
  if (options.links === 'refuse' && real !== join(realRoot, relative(root, resolve(root, path)))) {
    throw new RepoFileError(path, 'link', 'a symbolic link (or inside a linked folder); the publisher reads only regular files', HINT);
  }
  return real;
}

/** The number of bytes to read; throws unless the opened file is a regular file. */
function checkRegular(path: string, stat: Stats, options: RepoFileOptions): number {
  if (!stat.isFile()) throw new RepoFileError(path, 'not-file', `not a regular file (${kindOf(stat)})`, HINT);
  return Math.min(stat.size, options.maxBytes ?? stat.size);
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

function openError(path: string, error: unknown): RepoFileError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new RepoFileError(path, 'missing', 'no such file in the repository');
  if (code === 'ELOOP') return new RepoFileError(path, 'link', 'a symbolic link that loops', HINT);
  return new RepoFileError(path, 'not-file', `cannot be read (${code ?? (error as Error).message})`, HINT);
}
