// What the app reads from GitHub for one pull request, normalised (no GraphQL shapes leak out).
import type { ReviewState } from '../core/tally/types.ts';

/** The minimum of an Octokit the wrappers need (Probot's context.octokit and @octokit/rest both fit). */
export interface GitHubClient {
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  request(route: string, parameters?: Record<string, unknown>): Promise<{ status: number; data: unknown }>;
}

export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
}

/** A text file read through the API: found (with its text), missing, or present but unusable. */
export type FileRead = { state: 'found'; text: string } | { state: 'missing' } | { state: 'unreadable'; reason: string };

export interface TreeFile {
  /** Repository-relative path. */
  path: string;
  /** Blob oid (git SHA-1). */
  oid: string;
  /** UTF-8 text; undefined for binary files (media) or when not fetched. */
  text?: string;
  /** Why the text is missing when it should be there (too large). */
  unreadable?: string;
}

export interface SnapshotReview {
  /** GitHub's review id (null only when GitHub withholds it). */
  id: number | null;
  author: string;
  isBot: boolean;
  state: ReviewState;
  submittedAt: string | null;
  commitOid: string | null;
}

export interface ExistingCheckRun {
  id: number;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  /** How many annotations the run carries. */
  annotations: number;
  /** The read stamp Herald wrote into external_id (see stamp.ts), if any. */
  externalId: string | null;
}

export interface ChangedFile {
  path: string;
  changeType: string;
}

export interface PullRequestSnapshot {
  target: PullRequestTarget;
  /** Web URL of the repository, e.g. https://github.com/owner/repo. */
  repoUrl: string;
  headSha: string;
  /** The head branch when it is in this repository (not a fork). */
  headBranch?: string;
  isDraft: boolean;
  author: { login: string; isBot: boolean };
  labels: string[];
  changedFiles: ChangedFile[];
  /** The default branch's tip (where the live version of an edited post is read). */
  defaultBranchOid: string | undefined;
  /** The ledger branch's tip (herald/ledger), undefined before the first publish run. */
  ledgerOid: string | undefined;
  /** `.github/herald.yml` on the default branch: the roster and rules. */
  defaultConfig: FileRead;
  /** `.github/herald.yml` at the PR head: only to report its problems and spot roster changes. */
  headConfig: FileRead;
  /** Blob oid of the head's config, to tell whether a roster change moved after an approval. */
  headConfigOid: string | undefined;
  /** The path of every file under posts/ at the head, any depth (names only: no text, no oids). */
  postsIndex: string[];
  /** Tree oid of posts/ at the head (undefined: no posts/). */
  headPostsOid: string | undefined;
  reviews: SnapshotReview[];
  /** Herald's own PR comment (found by the marker, written by this app): the oldest, if any. */
  comment: { id: number; body: string } | undefined;
  /** Herald's other comments (another instance created one at the same time): to be deleted. */
  extraComments: { id: number; body: string }[];
  /** This app's check runs on the head commit, by name: the newest of each name. */
  checkRuns: ReadonlyMap<string, ExistingCheckRun>;
  /** This app's older runs of the same names on the head (duplicates from concurrent instances). */
  olderCheckRuns: ReadonlyMap<string, ExistingCheckRun[]>;
}
