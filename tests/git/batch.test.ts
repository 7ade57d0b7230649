import { afterEach, describe, expect, it } from 'vitest';
import { batchReader } from '../../src/git/batch.ts';
import { createRepo, PNG, type TestRepo } from '../publish/_repo.ts';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

describe('batchReader', () => {
  it('reads blobs byte for byte, says tree for a directory, and undefined for what is missing', async () => {
    repo = createRepo({ 'posts/a.md': 'first\n', 'posts/media/square.png': PNG, 'posts/with space.md': 'spaced\n' });
    const first = repo.git('rev-parse', 'HEAD').trim();
    repo.commit({ 'posts/a.md': 'second\n' }, 'edit');
    const reader = batchReader(repo.dir);
    try {
      const [a, old, png, spaced, dir, none, badRev] = await Promise.all([
        reader.read('HEAD', 'posts/a.md'),
        reader.read(first, 'posts/a.md'),
        reader.read('HEAD', 'posts/media/square.png'),
        reader.read('HEAD', 'posts/with space.md'),
        reader.read('HEAD', 'posts'),
        reader.read('HEAD', 'posts/none.md'),
        reader.read('0123456789012345678901234567890123456789', 'posts/a.md'),
      ]);
      expect(a?.bytes.toString()).toBe('second\n');
      expect(old?.bytes.toString()).toBe('first\n');
      expect(png?.type).toBe('blob');
      expect(Buffer.compare(png!.bytes, PNG)).toBe(0);
      expect(spaced?.bytes.toString()).toBe('spaced\n');
      expect(dir?.type).toBe('tree');
      expect(none).toBeUndefined();
      expect(badRev).toBeUndefined();
    } finally {
      reader.close();
    }
  });

  it('reads a file whose name holds a line break (the batch protocol cannot name it)', async () => {
    repo = createRepo({ 'posts/odd\nname.md': 'odd\n' });
    const reader = batchReader(repo.dir);
    try {
      expect((await reader.read('HEAD', 'posts/odd\nname.md'))?.bytes.toString()).toBe('odd\n');
    } finally {
      reader.close();
    }
  });

  it('a read outside a repository fails with git’s reason', async () => {
    const reader = batchReader('/');
    await expect(reader.read('HEAD', 'x')).rejects.toThrow(/git cat-file --batch ended in \/: .*not a git repository/);
  });
});
