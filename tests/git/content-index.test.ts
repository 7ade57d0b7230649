import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serialiseLedger } from '../../src/core/ledger/format.ts';
import { contentHash, contentIndexPath } from '../../src/core/ledger/keys.ts';
import type { LedgerEntry } from '../../src/core/ledger/types.ts';
import { batchReader } from '../../src/git/batch.ts';
import { readContentIndex, writeContentIndex } from '../../src/git/content-index.ts';
import { createRepo, type TestRepo } from '../publish/_repo.ts';

let repo: TestRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

const entry = (postId: string, text: string): LedgerEntry => ({ postId, file: `posts/${postId}.md`, contentHash: contentHash(text), platforms: {} });

describe('content index', () => {
  it('contentIndexPath fans out by the first two hex digits and refuses anything but a sha256 hash', () => {
    const hash = contentHash('x');
    expect(contentIndexPath(hash)).toBe(`published/.by-content/${hash.slice(7, 9)}/${hash.slice(9)}`);
    expect(contentIndexPath('sha256:../../etc/passwd')).toBeUndefined();
    expect(contentIndexPath(hash.toUpperCase())).toBeUndefined();
  });

  it('is absent (undefined) in a repository without one, and answers by hash once written', async () => {
    repo = createRepo({ 'README.md': 'x\n' });
    const reader = batchReader(repo.dir);
    expect(await readContentIndex(reader, 'HEAD', [contentHash('a')])).toBeUndefined();
    const written = await writeContentIndex(repo.dir, [entry('one', 'a'), entry('two', 'a'), entry('three', 'b')]);
    expect(written.sort()).toEqual([contentIndexPath(contentHash('a')), contentIndexPath(contentHash('b'))].sort());
    repo.git('add', '--', ...written);
    repo.git('commit', '-q', '-m', 'index');
    const found = await readContentIndex(reader, 'HEAD', [contentHash('a'), contentHash('b'), contentHash('c'), 'not-a-hash']);
    reader.close();
    expect(Object.fromEntries(found!)).toEqual({ [contentHash('a')]: ['one', 'two'], [contentHash('b')]: ['three'] });
  });

  it('adds to what another run wrote, and writes nothing already there', async () => {
    repo = createRepo({ 'README.md': 'x\n' });
    await writeContentIndex(repo.dir, [entry('one', 'a')]);
    expect(await writeContentIndex(repo.dir, [entry('one', 'a')])).toEqual([]);
    await writeContentIndex(repo.dir, [entry('zero', 'a')]);
    expect(readFileSync(join(repo.dir, contentIndexPath(contentHash('a'))!), 'utf8')).toBe('one\nzero\n');
  });

  it('the first index of a repository lists every ledger file already there', async () => {
    repo = createRepo({ 'README.md': 'x\n' });
    mkdirSync(join(repo.dir, 'published'));
    writeFileSync(join(repo.dir, 'published/old.yml'), serialiseLedger(entry('old', 'old text')));
    const written = await writeContentIndex(repo.dir, [entry('new', 'new text')]);
    expect(written.sort()).toEqual([contentIndexPath(contentHash('old text')), contentIndexPath(contentHash('new text'))].sort());
    expect(readFileSync(join(repo.dir, contentIndexPath(contentHash('old text'))!), 'utf8')).toBe('old\n');
  });
});
