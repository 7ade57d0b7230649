// Reads media for adapters from the checked-out repository, never outside it and never through a link
// (src/fs/repo-file.ts).
// Each platform uploads the same image of a part: one read serves them all (up to a memory budget).
import { resolve } from 'node:path';
import { readRepoFile, repoFileSize, type RepoFileOptions } from '../fs/repo-file.ts';

const CACHE_BYTES = 64 * 1024 * 1024;
/** A link in the checkout is a git symlink (mode 120000): its target is not what the vote saw. */
const PUBLISH: RepoFileOptions = { links: 'refuse' };

export function repoMediaReader(root: string, cacheBytes = CACHE_BYTES): (path: string) => Promise<Uint8Array> {
  const cache = new Map<string, Promise<Uint8Array>>();
  let cached = 0;
  return (path) => {
    const full = resolve(root, path);
    const hit = cache.get(full);
    if (hit) return hit;
    const reading = readInside(root, path);
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
  return (path) => repoFileSize(root, path, PUBLISH);
}

async function readInside(root: string, path: string): Promise<Uint8Array> {
  return readRepoFile(root, path, PUBLISH);
}
