// The head's list of paths under posts/, at any depth: the first read lists INDEX_DEPTH levels of
// names; folders deeper than that are listed by follow-up reads, as many levels at a time.
import { graphqlAllowingMissingFiles } from './graphql.ts';
import { postsIndexQuery } from './pull-request-query.ts';
import type { GitHubClient, PullRequestTarget } from './types.ts';

/** One entry of the names-only listing: a blob has `object: {}`, a folder `object.entries` (or `type: 'tree'` at the last level). */
export interface IndexEntry {
  name: string;
  type?: string;
  object?: { entries?: IndexEntry[] | null } | null;
}

/** Most folders listed per follow-up request. */
const FOLDERS_PER_READ = 50;

/** The paths of every file below `root` in the listing, and the folders the listing did not reach. */
export function flattenIndex(root: string, entries: IndexEntry[] | null | undefined): { files: string[]; unlisted: string[] } {
  const files: string[] = [];
  const unlisted: string[] = [];
  const visit = (dir: string, list: IndexEntry[] | null | undefined): void => {
    for (const entry of list ?? []) {
      const path = `${dir}/${entry.name}`;
      if (entry.type !== undefined) {
        // The last level lists names and types only.
        if (entry.type === 'tree') unlisted.push(path);
        else if (entry.type === 'blob') files.push(path);
      } else if (entry.object && 'entries' in entry.object) visit(path, entry.object.entries);
      else if (entry.object) files.push(path); // a blob reads as {}; a submodule's object is null
    }
  };
  visit(root, entries);
  return { files, unlisted };
}

/** Every file path under posts/ at `oid`, starting from the first read's listing. */
export async function readPostsIndex(
  client: GitHubClient,
  target: PullRequestTarget,
  oid: string,
  root: string,
  entries: IndexEntry[] | null | undefined,
): Promise<string[]> {
  const first = flattenIndex(root, entries);
  const files = first.files;
  let pending = first.unlisted;
  // GitHub lists each folder sorted, so the first listing is in path order; follow-ups append.
  if (pending.length === 0) return files;
  while (pending.length > 0) {
    const batch = pending.slice(0, FOLDERS_PER_READ);
    pending = pending.slice(FOLDERS_PER_READ);
    const variables = Object.fromEntries(batch.map((path, i) => [`d${i}`, path]));
    type Reply = { repository: { object: Record<string, { object: { entries?: IndexEntry[] | null } | null } | null> | null } };
    const data = await graphqlAllowingMissingFiles<Reply>(client, postsIndexQuery(batch.length), {
      owner: target.owner,
      name: target.repo,
      oid,
      ...variables,
    });
    batch.forEach((path, i) => {
      const more = flattenIndex(path, data.repository.object?.[`d${i}`]?.object?.entries);
      files.push(...more.files);
      pending.push(...more.unlisted);
    });
  }
  return files.sort();
}
