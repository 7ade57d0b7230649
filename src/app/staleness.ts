// When an approval is stale: anything the PR publishes differs between the review's commit and the
// head. "Anything" is the text of every post the PR changes, every media file those posts show (at
// any path, whether or not the PR's diff lists it), and the config when the PR changes it. Pure: the
// blob oids come in, read by gather-content.ts.
import type { TreeFile } from '../github/types.ts';
import { POSTS_DIR } from './paths.ts';

/** A blob an approval covers, and how the vote table names it when it changed ("image posts/media/pic.png"). */
export interface Watched {
  path: string;
  what: string;
}

export interface StalenessView {
  headSha: string;
  /** Tree oid of posts/ at the head: equal trees mean every blob below is equal. */
  headPostsOid: string | undefined;
  /** Everything read, per commit (the head included): path → entry, or null when absent there. */
  reads: ReadonlyMap<string, ReadonlyMap<string, TreeFile | null>>;
  watched: Watched[];
}

const underPosts = (path: string) => path.startsWith(`${POSTS_DIR}/`);

/** What changed since `commit` (the first watched blob that differs), or the paths still to read. */
export function compareWithHead(view: StalenessView, commit: string): { changed?: string; unknown: string[] } {
  const head = view.reads.get(view.headSha);
  const then = view.reads.get(commit);
  const sameTree = view.headPostsOid !== undefined && then?.get(POSTS_DIR)?.oid === view.headPostsOid;
  const unknown: string[] = [];
  for (const { path, what } of view.watched) {
    if (sameTree && underPosts(path)) continue;
    const before = then?.get(path);
    const after = head?.get(path);
    if (before === undefined || after === undefined) {
      unknown.push(path);
      continue;
    }
    if ((before?.oid ?? null) !== (after?.oid ?? null)) return { changed: what, unknown };
  }
  return { unknown };
}

/** For the tally: false (fresh), or what changed (true when it cannot be told: treated as stale). */
export function changedSince(view: StalenessView): (commit: string) => boolean | string {
  return (commit) => {
    if (commit === view.headSha) return false;
    if (!view.reads.has(commit)) return true;
    const { changed, unknown } = compareWithHead(view, commit);
    return changed ?? (unknown.length > 0 ? true : false);
  };
}
