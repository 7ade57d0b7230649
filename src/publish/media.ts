// Reads media for adapters from the checked-out repository, never outside it and never through a link.
import { lstat, readFile, realpath } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { HeraldError } from '../core/errors.ts';

export function repoMediaReader(root: string): (path: string) => Promise<Uint8Array> {
  return async (path) => {
    const full = resolve(root, path);
    const rel = relative(root, full);
    if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) throw new HeraldError(`${path}: media path is outside the repository`);
    const stat = await lstat(full).catch(() => undefined);
    if (!stat?.isFile()) throw new HeraldError(`${path}: media file not found (or not a regular file) in the repository`, { hint: 'commit the media next to the post and reference it by a relative path' });
    const real = await realpath(full);
    if (relative(await realpath(root), real).startsWith('..')) throw new HeraldError(`${path}: media path leaves the repository`);
    return readFile(real);
  };
}
