// A faithful subset of GitHub's public GraphQL schema (same type, field and argument names, same
// nullability), enough for what Herald asks. Queries outside it fail validation, as on GitHub.
export const GITHUB_GRAPHQL_SDL = /* GraphQL */ `
  scalar DateTime
  scalar GitObjectID
  scalar URI

  interface Node {
    id: ID!
  }
  interface Actor {
    avatarUrl(size: Int): URI!
    login: String!
    resourcePath: URI!
    url: URI!
  }
  interface RepositoryOwner {
    id: ID!
    login: String!
  }
  interface GitObject {
    abbreviatedOid: String!
    id: ID!
    oid: GitObjectID!
    repository: Repository!
  }

  type PageInfo {
    endCursor: String
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
  }

  type User implements Node & Actor & RepositoryOwner {
    avatarUrl(size: Int): URI!
    id: ID!
    login: String!
    resourcePath: URI!
    url: URI!
  }
  type Bot implements Node & Actor {
    avatarUrl(size: Int): URI!
    id: ID!
    login: String!
    resourcePath: URI!
    url: URI!
  }
  type App implements Node {
    databaseId: Int
    id: ID!
    name: String!
    slug: String!
  }

  type Query {
    node(id: ID!): Node
    repository(followRenames: Boolean = true, name: String!, owner: String!): Repository
    viewer: User!
  }

  type Repository implements Node {
    defaultBranchRef: Ref
    id: ID!
    name: String!
    nameWithOwner: String!
    object(expression: String, oid: GitObjectID): GitObject
    owner: RepositoryOwner!
    pullRequest(number: Int!): PullRequest
    ref(qualifiedName: String!): Ref
    pullRequests(
      after: String
      baseRefName: String
      before: String
      first: Int
      headRefName: String
      labels: [String!]
      last: Int
      orderBy: IssueOrder
      states: [PullRequestState!]
    ): PullRequestConnection!
    url: URI!
  }

  enum IssueOrderField {
    COMMENTS
    CREATED_AT
    UPDATED_AT
  }
  enum OrderDirection {
    ASC
    DESC
  }
  input IssueOrder {
    direction: OrderDirection!
    field: IssueOrderField!
  }
  type PullRequestConnection {
    nodes: [PullRequest]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type Ref implements Node {
    id: ID!
    name: String!
    prefix: String!
    target: GitObject
  }

  type Commit implements Node & GitObject {
    abbreviatedOid: String!
    checkSuites(after: String, before: String, filterBy: CheckSuiteFilter, first: Int, last: Int): CheckSuiteConnection
    committedDate: DateTime!
    file(path: String!): TreeEntry
    id: ID!
    message: String!
    oid: GitObjectID!
    repository: Repository!
    tree: Tree!
  }
  type Tree implements Node & GitObject {
    abbreviatedOid: String!
    entries: [TreeEntry!]
    id: ID!
    oid: GitObjectID!
    repository: Repository!
  }
  type Blob implements Node & GitObject {
    abbreviatedOid: String!
    byteSize: Int!
    id: ID!
    isBinary: Boolean
    isTruncated: Boolean!
    oid: GitObjectID!
    repository: Repository!
    text: String
  }
  type TreeEntry {
    extension: String
    isGenerated: Boolean!
    lineCount: Int
    mode: Int!
    name: String!
    nameRaw: String!
    object: GitObject
    oid: GitObjectID!
    path: String
    pathRaw: String
    repository: Repository!
    size: Int!
    type: String!
  }

  enum PullRequestState {
    CLOSED
    MERGED
    OPEN
  }
  enum PullRequestReviewState {
    APPROVED
    CHANGES_REQUESTED
    COMMENTED
    DISMISSED
    PENDING
  }
  enum PatchStatus {
    ADDED
    CHANGED
    COPIED
    DELETED
    MODIFIED
    RENAMED
  }
  enum CheckStatusState {
    COMPLETED
    IN_PROGRESS
    PENDING
    QUEUED
    REQUESTED
    WAITING
  }
  enum CheckConclusionState {
    ACTION_REQUIRED
    CANCELLED
    FAILURE
    NEUTRAL
    SKIPPED
    STALE
    STARTUP_FAILURE
    SUCCESS
    TIMED_OUT
  }
  enum CheckRunType {
    ALL
    LATEST
  }

  type PullRequest implements Node {
    author: Actor
    baseRefName: String!
    baseRefOid: GitObjectID!
    comments(after: String, before: String, first: Int, last: Int): IssueCommentConnection!
    commits(after: String, before: String, first: Int, last: Int): PullRequestCommitConnection!
    createdAt: DateTime!
    files(after: String, before: String, first: Int, last: Int): PullRequestChangedFileConnection
    headRefName: String!
    headRefOid: GitObjectID!
    id: ID!
    isCrossRepository: Boolean!
    isDraft: Boolean!
    labels(after: String, before: String, first: Int, last: Int): LabelConnection
    mergedAt: DateTime
    number: Int!
    reviews(
      after: String
      author: String
      before: String
      first: Int
      last: Int
      states: [PullRequestReviewState!]
    ): PullRequestReviewConnection
    state: PullRequestState!
    title: String!
    updatedAt: DateTime!
  }

  type PullRequestChangedFile {
    additions: Int!
    changeType: PatchStatus!
    deletions: Int!
    path: String!
  }
  type PullRequestChangedFileConnection {
    nodes: [PullRequestChangedFile]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PullRequestCommit implements Node {
    commit: Commit!
    id: ID!
  }
  type PullRequestCommitConnection {
    nodes: [PullRequestCommit]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type Label implements Node {
    color: String!
    id: ID!
    name: String!
  }
  type LabelConnection {
    nodes: [Label]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type IssueComment implements Node {
    author: Actor
    body: String!
    createdAt: DateTime!
    databaseId: Int
    id: ID!
    viewerDidAuthor: Boolean!
  }
  type IssueCommentConnection {
    nodes: [IssueComment]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type PullRequestReview implements Node {
    author: Actor
    body: String!
    commit: Commit
    databaseId: Int
    id: ID!
    state: PullRequestReviewState!
    submittedAt: DateTime
  }
  type PullRequestReviewConnection {
    nodes: [PullRequestReview]
    pageInfo: PageInfo!
    totalCount: Int!
  }

  input CheckSuiteFilter {
    appId: Int
    checkName: String
  }
  input CheckRunFilter {
    appId: Int
    checkName: String
    checkType: CheckRunType
    conclusions: [CheckConclusionState!]
    status: CheckStatusState
    statuses: [CheckStatusState!]
  }
  type CheckSuite implements Node {
    app: App
    checkRuns(after: String, before: String, filterBy: CheckRunFilter, first: Int, last: Int): CheckRunConnection
    commit: Commit!
    databaseId: Int
    id: ID!
  }
  type CheckSuiteConnection {
    nodes: [CheckSuite]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type CheckAnnotation {
    message: String!
    path: String!
    title: String
  }
  type CheckAnnotationConnection {
    nodes: [CheckAnnotation]
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type CheckRun implements Node {
    annotations(after: String, before: String, first: Int, last: Int): CheckAnnotationConnection
    checkSuite: CheckSuite!
    conclusion: CheckConclusionState
    databaseId: Int
    detailsUrl: URI
    externalId: String
    id: ID!
    name: String!
    status: CheckStatusState!
    summary: String
    text: String
    title: String
  }
  type CheckRunConnection {
    nodes: [CheckRun]
    pageInfo: PageInfo!
    totalCount: Int!
  }
`;
