import { afterEach, describe, expect, it } from 'vitest';
import { changedPosts } from '../../src/git/diff.ts';
import { createRepo, type TestRepo } from '../publish/_repo.ts';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

describe('changedPosts', () => {
  it('added, modified and renamed posts between two commits, each with its blob at `after`', async () => {
    repo = createRepo({
      'posts/kept.md': 'kept\n',
      'posts/edited.md': 'one\n',
      'posts/moved.md': 'a post long enough to be seen as the same file\n',
      'posts/gone.md': 'gone\n',
    });
    const before = repo.git('rev-parse', 'HEAD').trim();
    repo.commit(
      {
        'posts/edited.md': 'two\n',
        'posts/moved.md': null,
        'posts/2026/moved.md': 'a post long enough to be seen as the same file\n',
        'posts/gone.md': null,
        'posts/new.md': 'new\n',
        'posts/README.md': 'not a post\n',
        'posts/media/x.png': 'png',
      },
      'changes',
    );
    const after = repo.git('rev-parse', 'HEAD').trim();
    const changes = await changedPosts(repo.dir, before, after);
    const blob = (path: string) => repo!.git('rev-parse', `${after}:${path}`).trim();
    expect(changes.sort((a, b) => a.file.localeCompare(b.file))).toEqual([
      { status: 'renamed', file: 'posts/2026/moved.md', previousFile: 'posts/moved.md', blob: blob('posts/2026/moved.md'), mode: '100644' },
      { status: 'modified', file: 'posts/edited.md', blob: blob('posts/edited.md'), mode: '100644' },
      { status: 'added', file: 'posts/new.md', blob: blob('posts/new.md'), mode: '100644' },
    ]);
  });

  it('a first push, or a `before` the clone lacks, counts every post as added', async () => {
    repo = createRepo({ 'posts/a.md': 'a\n', 'posts/b.md': 'b\n' });
    const after = repo.git('rev-parse', 'HEAD').trim();
    for (const before of [undefined, '0'.repeat(40), 'f'.repeat(40)]) {
      expect((await changedPosts(repo.dir, before, after)).map((c) => [c.status, c.file])).toEqual([
        ['added', 'posts/a.md'],
        ['added', 'posts/b.md'],
      ]);
    }
  });
});
