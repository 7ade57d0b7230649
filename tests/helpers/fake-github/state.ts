// The fake GitHub's state: repositories as real git-like objects (blob, tree and commit oids are
// SHA-1 over git's own object encodings), pull requests, reviews, issue comments and check runs.
import { createHash } from 'node:crypto';

export type ActorType = 'User' | 'Bot';
export interface Actor {
  login: string;
  type: ActorType;
}

export interface FakeCommit {
  oid: string;
  files: ReadonlyMap<string, string>;
  parents: string[];
  message: string;
  date: string;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface FakeReview {
  id: number;
  author: Actor;
  state: ReviewState;
  submittedAt: string;
  commitOid: string;
  body: string;
  /** Epoch ms before which the GraphQL API does not list the review yet (undefined: at once). */
  visibleAt?: number;
}

export interface FakePull {
  number: number;
  title: string;
  author: Actor;
  headRef: string;
  headSha: string;
  baseRef: string;
  /** Merge base: the changed files are the diff between it and the head. */
  mergeBase: string;
  draft: boolean;
  labels: string[];
  fromFork: boolean;
  reviews: FakeReview[];
  /** Connections GraphQL answers with null (GitHub's schema allows it for these). */
  nullConnections?: Set<'labels' | 'files' | 'reviews'>;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  author: Actor;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  [key: string]: unknown;
}

export interface FakeCheckRun {
  id: number;
  appId: number;
  headSha: string;
  name: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  annotations: FakeAnnotation[];
  detailsUrl: string | null;
  externalId: string | null;
  startedAt: string;
  completedAt: string | null;
}

export interface FakeRepo {
  id: number;
  owner: string;
  name: string;
  defaultBranch: string;
  branches: Map<string, string>;
  commits: Map<string, FakeCommit>;
  pulls: Map<number, FakePull>;
  comments: FakeComment[];
  checkRuns: FakeCheckRun[];
}

const blobOids = new Map<string, string>();

export function gitBlobOid(content: string): string {
  const known = blobOids.get(content);
  if (known) return known;
  const bytes = Buffer.from(content, 'utf8');
  const oid = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  if (blobOids.size > 100_000) blobOids.clear();
  blobOids.set(content, oid);
  return oid;
}

let clock = Date.parse('2026-01-05T09:00:00Z');
/** A monotonic fake clock so every timestamp the fake hands out is distinct and ordered. */
export function tick(): string {
  clock += 1000;
  return new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class FakeGitHubState {
  readonly repos = new Map<string, FakeRepo>();
  /** How long (ms) a new review stays invisible to reads, as when GitHub's replicas lag. */
  reviewLag: () => number = () => 0;
  #nextId = 1000;

  nextId(): number {
    return this.#nextId++;
  }

  createRepo(owner: string, name: string, files: Record<string, string>, defaultBranch = 'main'): FakeRepo {
    const repo: FakeRepo = {
      id: this.nextId(),
      owner,
      name,
      defaultBranch,
      branches: new Map(),
      commits: new Map(),
      pulls: new Map(),
      comments: [],
      checkRuns: [],
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    const root = this.commit(repo, undefined, files, 'initial');
    repo.branches.set(defaultBranch, root.oid);
    return repo;
  }

  repo(owner: string, name: string): FakeRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** A commit on top of `parent` that sets (string) or deletes (null) the given files. */
  commit(repo: FakeRepo, parent: string | undefined, changes: Record<string, string | null>, message: string): FakeCommit {
    const files = new Map(parent ? repo.commits.get(parent)?.files : undefined);
    for (const [path, content] of Object.entries(changes)) {
      if (content === null) files.delete(path);
      else files.set(path, content);
    }
    const date = tick();
    const tree = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, c]) => `${p}:${gitBlobOid(c)}`);
    const oid = createHash('sha1')
      .update(`commit\0${tree.join('\n')}\0${parent ?? ''}\0${message}\0${date}`)
      .digest('hex');
    const commit: FakeCommit = { oid, files, parents: parent ? [parent] : [], message, date };
    repo.commits.set(oid, commit);
    return commit;
  }

  openPull(
    repo: FakeRepo,
    options: {
      author: Actor;
      changes: Record<string, string | null>;
      title?: string;
      labels?: string[];
      draft?: boolean;
      fromFork?: boolean;
    },
  ): FakePull {
    const base = repo.branches.get(repo.defaultBranch)!;
    const number = repo.pulls.size + 1;
    const head = this.commit(repo, base, options.changes, options.title ?? 'change');
    const pull: FakePull = {
      number,
      title: options.title ?? `PR ${number}`,
      author: options.author,
      headRef: `change-${number}`,
      headSha: head.oid,
      baseRef: repo.defaultBranch,
      mergeBase: base,
      draft: options.draft ?? false,
      labels: options.labels ?? [],
      fromFork: options.fromFork ?? false,
      reviews: [],
    };
    repo.pulls.set(number, pull);
    return pull;
  }

  pushToPull(repo: FakeRepo, pull: FakePull, changes: Record<string, string | null>): FakeCommit {
    const commit = this.commit(repo, pull.headSha, changes, 'update');
    pull.headSha = commit.oid;
    return commit;
  }

  pushToDefaultBranch(repo: FakeRepo, changes: Record<string, string | null>): FakeCommit {
    const commit = this.commit(repo, repo.branches.get(repo.defaultBranch), changes, 'direct push');
    repo.branches.set(repo.defaultBranch, commit.oid);
    return commit;
  }

  review(pull: FakePull, author: Actor, state: ReviewState, commitOid = pull.headSha): FakeReview {
    const review: FakeReview = { id: this.nextId(), author, state, submittedAt: tick(), commitOid, body: '' };
    const lag = this.reviewLag();
    if (lag > 0) review.visibleAt = Date.now() + lag;
    pull.reviews.push(review);
    return review;
  }

  dismiss(review: FakeReview): void {
    review.state = 'DISMISSED';
  }

  /** Files that differ between the merge base and the head, in path order. */
  changedFiles(repo: FakeRepo, pull: FakePull): { path: string; changeType: string; additions: number; deletions: number }[] {
    const base = repo.commits.get(pull.mergeBase)!.files;
    const head = repo.commits.get(pull.headSha)!.files;
    const paths = [...new Set([...base.keys(), ...head.keys()])].sort();
    return paths.flatMap((path) => {
      const before = base.get(path);
      const after = head.get(path);
      if (before === after) return [];
      const changeType = before === undefined ? 'ADDED' : after === undefined ? 'DELETED' : 'MODIFIED';
      return [{ path, changeType, additions: lineCount(after), deletions: lineCount(before) }];
    });
  }
}

function lineCount(text: string | undefined): number {
  return text === undefined ? 0 : text.split('\n').length;
}
