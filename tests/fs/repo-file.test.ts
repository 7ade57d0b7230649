// Repository files are opened only as regular files inside the repository, after resolving links.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRepoFile, readRepoFileSync, refusalOf, repoFileSize } from '../../src/fs/repo-file.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'herald-files-'));
  mkdirSync(join(root, 'posts/sub'), { recursive: true });
  writeFileSync(join(root, 'posts/a.md'), 'hello world');
  symlinkSync('a.md', join(root, 'posts/alias.md'));
  symlinkSync('..', join(root, 'posts/sub/up'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

describe('repository files', () => {
  it('reads a regular file, at most maxBytes of it', async () => {
    expect(text(readRepoFileSync(root, 'posts/a.md'))).toBe('hello world');
    expect(text(await readRepoFile(root, 'posts/a.md', { maxBytes: 5 }))).toBe('hello');
    expect(text(readRepoFileSync(root, 'posts/a.md', { maxBytes: 5 }))).toBe('hello');
    expect(await repoFileSize(root, 'posts/a.md')).toBe(11);
  });

  it('follows a link that ends at a regular file inside the repository, unless links are refused', async () => {
    expect(text(readRepoFileSync(root, 'posts/alias.md'))).toBe('hello world');
    expect(text(await readRepoFile(root, 'posts/sub/up/a.md'))).toBe('hello world');
    await expect(readRepoFile(root, 'posts/alias.md', { links: 'refuse' })).rejects.toMatchObject({
      reason: 'link',
      path: 'posts/alias.md',
    });
    await expect(readRepoFile(root, 'posts/sub/up/a.md', { links: 'refuse' })).rejects.toMatchObject({ reason: 'link' });
    expect(refusalOf(root, 'posts/a.md', { links: 'refuse' })).toBeUndefined();
  });

  it('names the path and the reason of every refusal', () => {
    symlinkSync('/etc/hostname', join(root, 'posts/out.md'));
    symlinkSync('loop.md', join(root, 'posts/loop.md'));
    expect(refusalOf(root, '../etc/passwd')?.message).toBe('../etc/passwd: outside the repository');
    expect(refusalOf(root, '/etc/passwd')?.message).toBe('/etc/passwd: outside the repository');
    expect(refusalOf(root, 'posts/out.md')?.message).toBe('posts/out.md: a symbolic link that leads outside the repository');
    expect(refusalOf(root, 'posts/loop.md')?.message).toBe('posts/loop.md: a symbolic link that loops');
    expect(refusalOf(root, 'posts/none.md')?.message).toBe('posts/none.md: no such file in the repository');
    expect(refusalOf(root, 'posts/a.md/x')?.reason).toBe('missing');
    expect(refusalOf(root, 'posts/sub')?.message).toBe('posts/sub: not a regular file (a directory)');
    expect(refusalOf(root, 'posts/a.md')).toBeUndefined();
  });
});
