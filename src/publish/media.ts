// Reads media for adapters from the checked-out repository, never outside it and never through a link.
// Each platform uploads the same image of a part: one read serves them all (up to a memory budget).
import { lstat, readFile, realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { HeraldError } from '../core/errors.ts';

const CACHE_BYTES = 64 * 1024 * 1024;

export function repoMediaReader(root: string, cacheBytes = CACHE_BYTES): (path: string) => Promise<Uint8Array> {
  const cache = new Map<string, Promise<Uint8Array>>();
  let cached = 0;
  return (path) => {
    const full = resolve(root, path);
    const hit = cache.get(full);
    if (hit) return hit;
    const reading = readInside(root, path, full);
    cache.set(full, reading);
    reading.then(
      (bytes) => {
        if (cached + bytes.length <= cacheBytes) cached += bytes.length;
        else cache.delete(full);
      },
      () => cache.delete(full),
    );
    return reading;
  };
}

/** The size of a media file, with the same confinement as reading it (adapters refuse oversized files unread). */
export function repoMediaSize(root: string): (path: string) => Promise<number> {
  return async (path) => (await confined(root, path, resolve(root, path))).size;
}

async function readInside(root: string, path: string, full: string): Promise<Uint8Array> {
  return readFile((await confined(root, path, full)).real);
}

/** The file's real path and size, once it is known to be a regular file inside the repository. */
async function confined(root: string, path: string, full: string): Promise<{ real: string; size: number }> {
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) throw new HeraldError(`${path}: media path is outside the repository`);
  const stat = await lstat(full).catch(() => undefined);
  if (!stat?.isFile()) throw new HeraldError(`${path}: media file not found (or not a regular file) in the repository`, { hint: 'commit the media next to the post and reference it by a relative path' });
  const real = await realpath(full);
  if (relative(await realpath(root), real).startsWith('..')) throw new HeraldError(`${path}: media path leaves the repository`);
  return { real, size: stat.size };
}
