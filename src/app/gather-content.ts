// Reads the content one evaluation needs, and nothing more: the posts the PR changes (text), the
// other posts near their days (text, for cadence and sponsor rules), and the blob oids an approval
// covers at each approved commit. Usually one request; a second only for what the first could not
// know (media outside the diff at an older approval, posts whose day only their publish_at names).
import { postIdOfFile } from '../core/ledger/keys.ts';
import { parsePost } from '../core/post/parse.ts';
import { latestReviews } from '../core/tally/latest-review.ts';
import { pathDay, postDay } from '../core/rules/post-day.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { localDate } from '../core/tally/local-date.ts';
import type { HeraldConfig } from '../core/types.ts';
import { readBlobs, type BlobReads, type BlobRequest } from '../github/read-blobs.ts';
import type { GitHubClient, PullRequestSnapshot, PullRequestTarget } from '../github/types.ts';
import { ledgerEntries, ledgerRequest, liveVersionRequest } from './live-reads.ts';
import { nearbyPosts, windowDays } from './nearby-posts.ts';
import { CONFIG_PATH, isPostPath, POSTS_DIR } from './paths.ts';
import { compareWithHead, type StalenessView, type Watched } from './staleness.ts';

export interface Content {
  reads: BlobReads;
  /** Paths of the other posts read for the repository-wide rules. */
  nearby: string[];
  staleness: StalenessView;
  /** Ledger entries (herald/ledger) of the changed and the nearby posts, by post id: which are live. */
  ledgers: Map<string, LedgerEntry>;
}

export async function gatherContent(
  client: GitHubClient,
  target: PullRequestTarget,
  snapshot: PullRequestSnapshot,
  config: HeraldConfig,
  now: Date,
): Promise<Content> {
  const head = snapshot.headSha;
  const changed = snapshot.changedFiles.map((f) => f.path);
  const changedPosts = changed.filter(isPostPath);
  const underPosts = changed.filter((p) => p.startsWith(`${POSTS_DIR}/`) && !isPostPath(p));
  const configChanged = changed.includes(CONFIG_PATH);
  // Only each person's deciding review can count, so only those approvals' commits are compared.
  const deciding = latestReviews(snapshot.reviews)
    .filter((e) => !e.isBot && e.vote === 'approved')
    .map((e) => e.review?.commitOid);
  const approved = [...new Set(deciding.filter((oid): oid is string => typeof oid === 'string' && oid !== head))];
  const window = windowDays(config);
  const exclude = new Set(changedPosts);
  // A post without publish_at goes out on merge: today's posts are its neighbours too.
  const named = changedPosts.map(pathDay).filter((d): d is string => d !== undefined);
  const nameDays = changedPosts.length === 0 ? named : [...new Set([...named, localDate(now, config.timezone)])];
  const nearby = nearbyPosts(snapshot.postsIndex, exclude, nameDays, window);

  const reads: BlobReads = new Map([
    [head, new Map([[CONFIG_PATH, snapshot.headConfigOid ? { path: CONFIG_PATH, oid: snapshot.headConfigOid } : null]])],
  ]);
  const staleness: StalenessView = { headSha: head, headPostsOid: snapshot.headPostsOid, reads, watched: [] };
  if (changedPosts.length + underPosts.length === 0 && !configChanged) return { reads, nearby: [], staleness, ledgers: new Map() };
  const atCommit = [POSTS_DIR, ...changedPosts, ...underPosts, ...(configChanged ? [CONFIG_PATH] : [])];
  await readBlobs(
    client,
    target,
    [
      { commit: head, paths: [...changedPosts, ...nearby], text: true },
      { commit: head, paths: underPosts, text: false },
      ...approved.map((commit) => ({ commit, paths: atCommit, text: false })),
      ...ledgerRequest(snapshot, [...changedPosts, ...nearby]),
      ...liveVersionRequest(snapshot, changedPosts),
    ].filter((r) => r.paths.length > 0),
    reads,
  );

  // What the changed posts publish, and the days they actually go out.
  const watched: Watched[] = staleness.watched;
  watched.push(...changedPosts.map((path) => ({ path, what: path })));
  if (configChanged) watched.push({ path: CONFIG_PATH, what: CONFIG_PATH });
  const days = new Set<string>();
  const media = new Map<string, string>();
  for (const path of changedPosts) {
    const text = reads.get(head)?.get(path)?.text;
    if (text === undefined) continue;
    const parsed = parsePost(path, text);
    if (!parsed.ok) continue;
    const day = postDay(parsed.post, config.timezone);
    if (day) days.add(day);
    for (const part of parsed.post.parts) for (const m of part.media) media.set(m.path, m.kind);
  }
  for (const [path, kind] of media) if (!exclude.has(path)) watched.push({ path, what: `${kind} ${path}` });

  // Second read, only for what the first could not know.
  const indexed = new Set(snapshot.postsIndex);
  const headKnown = reads.get(head)!;
  const more: BlobRequest[] = [];
  const headOids = new Set([...media.keys()].filter((p) => !headKnown.has(p) && !indexed.has(p)));
  for (const commit of approved) {
    const { changed: what, unknown } = compareWithHead(staleness, commit);
    if (what !== undefined || unknown.length === 0) continue;
    more.push({ commit, paths: unknown, text: false });
    for (const p of unknown) if (!headKnown.has(p)) headOids.add(p);
  }
  if (headOids.size > 0) more.push({ commit: head, paths: [...headOids], text: false });
  const read = new Set([...nearby, ...changedPosts]);
  const newDays = [...days].filter((d) => !nameDays.includes(d));
  const later = newDays.length === 0 ? [] : nearbyPosts(snapshot.postsIndex, exclude, newDays, window).filter((p) => !read.has(p));
  if (later.length > 0) more.push({ commit: head, paths: later, text: true }, ...ledgerRequest(snapshot, later));
  // A live post renamed by an earlier PR: its live version is where the ledger says it was.
  const known = ledgerEntries(snapshot, reads);
  const moved = changedPosts.flatMap((path) => {
    const file = known.get(postIdOfFile(path))?.file;
    return file && file !== path && !changedPosts.includes(file) ? [file] : [];
  });
  more.push(...liveVersionRequest({ ...snapshot, changedFiles: [] }, moved));
  if (more.length > 0) await readBlobs(client, target, more, reads);
  return { reads, nearby: [...nearby, ...later], staleness, ledgers: ledgerEntries(snapshot, reads) };
}
