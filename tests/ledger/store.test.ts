// The ledger module against a real origin: two runs committing at once (the second push is rejected,
// fetched and merged three-way), a hand-edited ledger file still summarised, and the seed commit.
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/core/ledger/types.ts';
import { gitLedgerStore, type LedgerStore } from '../../src/ledger/store.ts';
import { createRepo, type TestRepo } from '../publish/_repo.ts';

const repos: TestRepo[] = [];
const stores: LedgerStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const r of repos.splice(0)) r.remove();
});

const now = new Date('2026-12-01T12:00:00Z');
function open(repo: TestRepo, logs: string[] = []): Promise<LedgerStore> {
  const store = gitLedgerStore({
    cwd: repo.dir,
    remote: 'origin',
    seed: { from: 'HEAD', baselineFrom: 'HEAD', now },
    log: (m) => void logs.push(m),
  });
  stores.push(store);
  return store.open().then(() => store);
}

const claim = (run: string): LedgerEntry => ({
  postId: 'a',
  file: 'posts/a.md',
  contentHash: 'sha256:aa',
  platforms: { mastodon: [{ index: 0, key: 'k', state: 'intent', run, intentAt: now.toISOString() }] },
});

describe('the ledger store', () => {
  it('creates herald/ledger once with the baseline, and never touches the default branch', async () => {
    const repo = createRepo({ 'posts/old.md': '---\nlanguage: en\n---\nOld\n', 'README.md': 'hi\n' });
    repos.push(repo);
    const logs: string[] = [];
    const store = await open(repo, logs);
    expect(logs.join()).toContain('1 post(s) already on the default branch form the baseline');
    expect((await store.inBaseline())('posts/old.md', 'x')).toBe(true);
    const main = repo.git('rev-parse', 'origin/main').trim();
    await store.commit([claim('run-1')], 'herald: about to publish a');
    repo.git('fetch', '-q', 'origin');
    expect(repo.git('rev-parse', 'origin/main').trim()).toBe(main);
    expect(repo.git('ls-tree', '-r', '--name-only', 'origin/herald/ledger').split('\n').filter(Boolean)).toEqual([
      'baseline.yml',
      'published/a.yml',
    ]);
    const again: string[] = [];
    await open(repo, again);
    expect(again).toEqual([]);
  });

  it('a run whose push is rejected merges with the run that pushed first: that run keeps its claim', async () => {
    const repo = createRepo({ 'README.md': 'hi\n' });
    repos.push(repo);
    await open(repo);
    const other = repo.clone('other');
    repos.push(other);
    const first = await open(repo);
    const second = await open(other);
    await first.read('a');
    await second.read('a');
    await first.commit([claim('run-1')], 'run 1 claims');
    const merged = await second.commit([claim('run-2')], 'run 2 claims');
    expect(merged.get('a')!.platforms.mastodon![0]!.run).toBe('run-1');
    const fresh = await open(repo);
    expect((await fresh.read('a'))!.platforms.mastodon![0]!.run).toBe('run-1');
  });

  it('summarises a ledger file edited by hand in another YAML style (read in full)', async () => {
    const repo = createRepo({ 'README.md': 'hi\n' });
    repos.push(repo);
    await open(repo);
    repo.git('fetch', '-q', 'origin', 'herald/ledger');
    repo.git('checkout', '-q', '-B', 'herald/ledger', 'FETCH_HEAD');
    repo.commit(
      { 'published/b.yml': '{post: b, file: "posts/b.md", content: "sha256:bb", scheduled_for: "2026-12-02T09:00:00Z", platforms: {}}\n' },
      'hand edit',
      false,
    );
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/herald/ledger');
    repo.git('checkout', '-q', 'main');
    const store = await open(repo);
    expect((await store.summaries()).get('b')).toEqual({
      postId: 'b',
      file: 'posts/b.md',
      contentHash: 'sha256:bb',
      scheduled: true,
      unfinished: false,
    });
  });
});

describe('ledger summary lines', () => {
  it('reads the lines Herald writes, and the same values quoted, alike; a line it cannot read asks for the whole file', async () => {
    const { addSummaryLine, emptySummary } = await import('../../src/core/ledger/summary.ts');
    const plain = emptySummary('a');
    const quoted = emptySummary('a');
    for (const line of ['file: posts/2026/a.md', 'content: sha256:0f', 'scheduled_for: 2026-12-02T09:00:00.000Z', '      state: intent'])
      expect(addSummaryLine(plain, line)).toBe(true);
    for (const line of ['file: "posts/2026/a.md"', "content: 'sha256:0f'", 'scheduled_for: "2026-12-02T09:00:00.000Z"', '  state: intent'])
      expect(addSummaryLine(quoted, line)).toBe(true);
    expect(quoted).toEqual(plain);
    expect(plain).toEqual({ postId: 'a', file: 'posts/2026/a.md', contentHash: 'sha256:0f', scheduled: true, unfinished: true });
    expect(addSummaryLine(emptySummary('b'), 'file: true')).toBe(false);
    expect(addSummaryLine(emptySummary('b'), 'file: [posts/a.md')).toBe(false);
  });
});
