// The response shapes of the queries in pull-request-query.ts (only the fields they select).

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface Connection<T> {
  pageInfo: PageInfo;
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
  commit: { oid: string; config: { oid: string } | null; posts: FileNode | null } | null;
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
  guidelines: { nodes: (CheckRunNode | null)[] | null } | null;
  vote: { nodes: (CheckRunNode | null)[] | null } | null;
}
export interface HeadNode {
  oid: string;
  config: FileNode | null;
  posts: FileNode | null;
  checkSuites: Connection<SuiteNode> | null;
}
export interface PullRequestNode {
  isDraft: boolean;
  headRefOid: string;
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
    pullRequest: PullRequestNode | null;
  } | null;
}
