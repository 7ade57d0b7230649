// `herald feeds`: for each configured feed, turn new entries into draft posts: a pull request each (so news
// still passes the vote), or a direct commit for a feed marked trusted. One broken feed never stops the others.
import { createHash } from 'node:crypto';
import { draftPost, selectEntries } from '../core/feed-drafts/draft.ts';
import { parseFeed } from '../core/feed-drafts/parse-feed.ts';
import type { FeedEntry } from '../core/feed-drafts/types.ts';
import { slugify } from '../core/slug.ts';
import { localDate } from '../core/tally/local-date.ts';
import type { FeedConfig, HeraldConfig } from '../core/types.ts';
import { LEDGER_BRANCH } from '../ledger/store.ts';
import type { RepoWriter } from './repo-writer.ts';
import { feedStatePath, parseFeedState, serialiseFeedState } from './state.ts';

export interface FeedRunDeps {
  writer: RepoWriter;
  /** Fetches a feed document (safely: public addresses only, bounded). */
  fetchFeed(url: string): Promise<string>;
  now: Date;
  log(message: string): void;
}

export interface Drafted {
  entryId: string;
  title: string;
  path: string;
  /** The pull request, or undefined for a trusted feed's direct commit. */
  pullUrl?: string;
}

export type FeedOutcome = { feed: string; ok: true; drafted: Drafted[] } | { feed: string; ok: false; error: string };

export async function runFeeds(config: HeraldConfig, deps: FeedRunDeps, limit: number): Promise<FeedOutcome[]> {
  const outcomes: FeedOutcome[] = [];
  for (const feed of config.feeds) {
    try {
      outcomes.push({ feed: feed.name, ok: true, drafted: await runFeed(feed, config, deps, limit) });
    } catch (error) {
      const message = feedError(error, feed.url);
      deps.log(`feed "${feed.name}" (${feed.url}): ${message}`);
      outcomes.push({ feed: feed.name, ok: false, error: message });
    }
  }
  return outcomes;
}

async function runFeed(feed: FeedConfig, config: HeraldConfig, deps: FeedRunDeps, limit: number): Promise<Drafted[]> {
  const base = await deps.writer.defaultBranch();
  const statePath = feedStatePath(feed.name);
  // The state lives beside the ledger on herald/ledger, which only Herald's jobs write: a merged PR
  // cannot empty a feed's `seen` list there and have old entries drafted (or, trusted, posted) again.
  // Before the publish job has made that branch, and once after, the default branch's copy is read.
  const stateBranch = (await deps.writer.hasBranch(LEDGER_BRANCH)) ? LEDGER_BRANCH : base;
  const onBranch = stateBranch === base ? undefined : await deps.writer.readFile(statePath, stateBranch);
  const stored = onBranch ?? (await deps.writer.readFile(statePath, base));
  const state = stored ? parseFeedState(stored.text, statePath) : undefined;
  const parsed = parseFeed(await deps.fetchFeed(feed.url));
  if (!parsed.ok) throw new Error(parsed.error);
  const selection = selectEntries(parsed.entries, state?.seen, limit);
  const today = localDate(deps.now, config.timezone);
  const drafted: Drafted[] = [];
  for (const entry of selection.drafts) {
    const draft = draftPost(entry, { ...feed, language: feed.language ?? parsed.language }, today);
    drafted.push(feed.trusted ? await commitDirect(entry, draft, feed, deps) : await openDraftPull(entry, draft, feed, deps));
  }
  const unchanged = state && state.url === feed.url && sameList(state.seen, selection.seen);
  if (!unchanged) {
    const message = `herald: feed "${feed.name}" read, ${drafted.length} new entr${drafted.length === 1 ? 'y' : 'ies'}`;
    const sha = stateBranch === base ? stored?.sha : onBranch?.sha;
    await deps.writer.writeFile(statePath, stateBranch, serialiseFeedState({ url: feed.url, seen: selection.seen }), message, sha);
  }
  return drafted;
}

async function openDraftPull(
  entry: FeedEntry,
  draft: { path: string; content: string },
  feed: FeedConfig,
  deps: FeedRunDeps,
): Promise<Drafted> {
  const branch = `herald/feed/${slugify(feed.name) || 'feed'}-${shortHash(entry.id)}`;
  await deps.writer.createBranch(branch);
  const path = await placeDraft(deps, draft, branch, entry, `Draft post from feed "${feed.name}": ${entry.title}`);
  const pull =
    (await deps.writer.findPull(branch)) ?? (await deps.writer.openPull(branch, `News: ${entry.title}`, pullBody(entry, feed, path)));
  deps.log(`feed "${feed.name}": ${entry.title} → ${pull.html_url}`);
  return { entryId: entry.id, title: entry.title, path, pullUrl: pull.html_url };
}

/**
 * A trusted feed's posts go to `posts/feeds/<feed>/`, the folder `publish.trusted_paths` names so the
 * publisher takes them without a vote (docs/security-publisher.md); every other direct push is refused.
 */
export function trustedFeedFolder(feed: Pick<FeedConfig, 'name'>): string {
  return `posts/feeds/${slugify(feed.name) || 'feed'}`;
}

async function commitDirect(
  entry: FeedEntry,
  draft: { path: string; content: string },
  feed: FeedConfig,
  deps: FeedRunDeps,
): Promise<Drafted> {
  const base = await deps.writer.defaultBranch();
  const placed = { ...draft, path: `${trustedFeedFolder(feed)}/${draft.path.slice(draft.path.lastIndexOf('/') + 1)}` };
  const path = await placeDraft(deps, placed, base, entry, `Post from trusted feed "${feed.name}": ${entry.title}`);
  deps.log(`feed "${feed.name}" (trusted): ${entry.title} → ${path}`);
  return { entryId: entry.id, title: entry.title, path };
}

/**
 * Writes the draft unless this very draft is already there (a re-run). When another file holds the path
 * (someone's post, or another entry with the same date and title), the draft goes to a path suffixed with
 * the entry's hash: deterministic, so a re-run finds it there too. Returns the path used.
 */
async function placeDraft(
  deps: FeedRunDeps,
  draft: { path: string; content: string },
  branch: string,
  entry: FeedEntry,
  message: string,
): Promise<string> {
  const candidates = [draft.path, draft.path.replace(/\.md$/, `-${shortHash(entry.id).slice(0, 6)}.md`)];
  for (const path of candidates) {
    const existing = await deps.writer.readFile(path, branch);
    if (existing?.text === draft.content) return path;
    if (existing) continue;
    await deps.writer.writeFile(path, branch, draft.content, message);
    return path;
  }
  throw new Error(`${draft.path} and ${candidates[1]} both hold other posts on ${branch}: rename one, then run again`);
}

function pullBody(entry: FeedEntry, feed: FeedConfig, path: string): string {
  return [
    `Herald drafted \`${path}\` from the feed **${feed.name}** (${feed.url}).`,
    '',
    `Entry: [${entry.title}](${entry.url})${entry.published ? `, published ${entry.published}` : ''}.`,
    '',
    'Edit the text if you like; it is published on merge once the group has voted, like any other post.',
  ].join('\n');
}

/** The error's message without a leading copy of the feed's URL (the caller names the feed and URL). */
export function feedError(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(`${url}: `) ? message.slice(url.length + 2) : message;
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
