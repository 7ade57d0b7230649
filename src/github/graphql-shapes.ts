// The response shapes of the queries in pull-request-query.ts (only the fields they select).
import type { IndexEntry } from './posts-index.ts';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface Connection<T> {
  pageInfo: PageInfo;
  /** GitHub's schema makes the list and each node nullable. */
  nodes: (T | null)[] | null;
}
export interface ActorNode {
  __typename: string;
  login: string;
}
export interface BlobNode {
  text?: string | null;
  isTruncated?: boolean;
  isBinary?: boolean | null;
}
export interface EntryNode {
  path: string;
  type: string;
  oid: string;
  object?: (BlobNode & { entries?: EntryNode[] | null }) | null;
}
export interface FileNode {
  oid?: string;
  object: (BlobNode & { entries?: EntryNode[] | null }) | null;
}
export interface ReviewNode {
  databaseId: number | null;
  author: ActorNode | null;
  state: string;
  submittedAt: string | null;
  commit: { oid: string } | null;
}
export interface CommentNode {
  databaseId: number | null;
  viewerDidAuthor: boolean;
  body: string;
}
export interface CheckRunNode {
  databaseId: number | null;
  name: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  externalId: string | null;
  annotations: { totalCount: number } | null;
}
export interface SuiteNode {
  app: { databaseId: number | null; slug: string } | null;
  guidelines: { nodes: (CheckRunNode | null)[] | null } | null;
  vote: { nodes: (CheckRunNode | null)[] | null } | null;
}
export interface HeadNode {
  oid: string;
  config: FileNode | null;
  posts: { oid: string; object: { entries?: IndexEntry[] | null } | null } | null;
  checkSuites: Connection<SuiteNode> | null;
}
export interface PullRequestNode {
  isDraft: boolean;
  headRefOid: string;
  headRefName: string;
  isCrossRepository: boolean;
  author: ActorNode | null;
  labels: Connection<{ name: string }> | null;
  files: Connection<{ path: string; changeType: string }> | null;
  reviews: Connection<ReviewNode> | null;
  comments: Connection<CommentNode>;
  commits: { nodes: ({ commit: HeadNode } | null)[] | null };
}
export interface PullRequestResponse {
  repository: {
    url: string;
    defaultBranchRef: { target: { oid: string; config: FileNode | null } | null } | null;
    ledger: { target: { oid: string } | null } | null;
    pullRequest: PullRequestNode | null;
  } | null;
}
