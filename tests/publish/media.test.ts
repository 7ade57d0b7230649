import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repoMediaReader, repoMediaSize } from '../../src/publish/media.ts';

let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'herald-media-'));
  outside = mkdtempSync(join(tmpdir(), 'herald-outside-'));
  mkdirSync(join(root, 'posts/media'), { recursive: true });
  writeFileSync(join(root, 'posts/media/a.png'), 'first');
  writeFileSync(join(outside, 'secret.png'), 'secret');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('repoMediaReader', () => {
  it('reads a file in the repository', async () => {
    expect(Buffer.from(await repoMediaReader(root)('posts/media/a.png')).toString()).toBe('first');
  });

  it('refuses paths outside the repository, links that leave it, and missing files', async () => {
    symlinkSync(join(outside, 'secret.png'), join(root, 'posts/media/link.png'));
    const read = repoMediaReader(root);
    await expect(read('../x.png')).rejects.toThrow('../x.png: outside the repository');
    await expect(read('posts/media/link.png')).rejects.toThrow('posts/media/link.png: a symbolic link that leads outside the repository');
    await expect(read('posts/media/none.png')).rejects.toThrow('no such file in the repository');
  });

  it('refuses a linked folder, a link inside the repository, .git, devices, FIFOs and folders, reading nothing', async () => {
    symlinkSync(outside, join(root, 'posts/linked'));
    symlinkSync('a.png', join(root, 'posts/media/alias.png'));
    symlinkSync('/proc/self/environ', join(root, 'posts/media/environ.png'));
    symlinkSync('/dev/zero', join(root, 'posts/media/zero.png'));
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git/config'), '[http] extraheader = AUTHORIZATION: basic c2VjcmV0');
    symlinkSync('../../.git/config', join(root, 'posts/media/config.png'));
    execFileSync('mkfifo', [join(root, 'posts/media/fifo.png')]);
    const read = repoMediaReader(root);
    await expect(read('posts/linked/secret.png')).rejects.toThrow(
      'posts/linked/secret.png: a symbolic link that leads outside the repository',
    );
    await expect(read('posts/media/alias.png')).rejects.toThrow(
      'posts/media/alias.png: a symbolic link (or inside a linked folder); the publisher reads only regular files',
    );
    await expect(read('posts/media/environ.png')).rejects.toThrow(
      'posts/media/environ.png: a symbolic link that leads outside the repository',
    );
    await expect(read('posts/media/zero.png')).rejects.toThrow('posts/media/zero.png: a symbolic link that leads outside the repository');
    await expect(read('posts/media/config.png')).rejects.toThrow("posts/media/config.png: inside .git, which is git's own data");
    await expect(read('.git/config')).rejects.toThrow('.git/config: inside .git');
    await expect(read('posts/media/fifo.png')).rejects.toThrow('posts/media/fifo.png: not a regular file (a FIFO)');
    await expect(read('posts/media')).rejects.toThrow('posts/media: not a regular file (a directory)');
  });

  it('reads a file once per run for every platform that uploads it', async () => {
    const read = repoMediaReader(root);
    const first = await read('posts/media/a.png');
    writeFileSync(join(root, 'posts/media/a.png'), 'changed');
    expect(await read('posts/./media/a.png')).toBe(first);
    expect(Buffer.from(await repoMediaReader(root)('posts/media/a.png')).toString()).toBe('changed');
  });

  it('keeps nothing beyond its memory budget, and never a failed read', async () => {
    const read = repoMediaReader(root, 3);
    await read('posts/media/a.png');
    writeFileSync(join(root, 'posts/media/a.png'), 'changed');
    expect(Buffer.from(await read('posts/media/a.png')).toString()).toBe('changed');
    const generous = repoMediaReader(root);
    await expect(generous('posts/media/late.png')).rejects.toThrow('no such file in the repository');
    writeFileSync(join(root, 'posts/media/late.png'), 'here now');
    expect(Buffer.from(await generous('posts/media/late.png')).toString()).toBe('here now');
  });
});

describe('repoMediaSize', () => {
  it("gives the size of a file in the repository, with the reader's refusals", async () => {
    symlinkSync(join(outside, 'secret.png'), join(root, 'posts/media/link.png'));
    const size = repoMediaSize(root);
    expect(await size('posts/media/a.png')).toBe(5);
    await expect(size('../x.png')).rejects.toThrow('../x.png: outside the repository');
    await expect(size('posts/media/link.png')).rejects.toThrow('posts/media/link.png: a symbolic link that leads outside the repository');
    await expect(size('posts/media/none.png')).rejects.toThrow('no such file in the repository');
  });
});
