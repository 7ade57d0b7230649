// The herald/ledger branch on the fake GitHub, as the publish job leaves it: one orphan commit per
// call with the ledger files (format.ts writes them, exactly as the publisher does).
import { serialiseLedger } from '../../../src/core/ledger/format.ts';
import { contentHash, ledgerPath, partKey } from '../../../src/core/ledger/keys.ts';
import type { LedgerEntry, LedgerPart } from '../../../src/core/ledger/types.ts';
import type { PlatformId } from '../../../src/core/types.ts';
import type { FakeGitHubState, FakeRepo } from './state.ts';

export const LEDGER_BRANCH = 'herald/ledger';

/** A ledger entry for a post live on the given platforms (one part each) since `liveAt`. */
export function liveEntry(file: string, text: string, live: Partial<Record<PlatformId, string>>, liveAt: string): LedgerEntry {
  const postId = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const platforms: LedgerEntry['platforms'] = {};
  for (const [platform, url] of Object.entries(live) as [PlatformId, string][]) {
    const part: LedgerPart = {
      index: 0,
      key: partKey(postId, platform, 0),
      state: 'live',
      run: '7-1',
      intentAt: liveAt,
      id: url.split('/').at(-1)!,
      url,
      liveAt,
    };
    platforms[platform] = [part];
  }
  return { postId, file, contentHash: contentHash(text), platforms };
}

/** Sets the ledger branch to a commit holding these entries (on top of its current tip, if any). */
export function writeLedgerBranch(state: FakeGitHubState, repo: FakeRepo, entries: LedgerEntry[]): string {
  const files = Object.fromEntries(entries.map((e) => [ledgerPath(e.postId), serialiseLedger(e)]));
  const commit = state.commit(repo, repo.branches.get(LEDGER_BRANCH), files, 'herald: ledger');
  repo.branches.set(LEDGER_BRANCH, commit.oid);
  return commit.oid;
}
