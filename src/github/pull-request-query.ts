// The GraphQL documents behind one pull request read. One query normally answers everything; the
// page queries run only when a listing has more than 100 items.

const PAGE_INFO = 'pageInfo { hasNextPage endCursor }';
/** The ledger branch (src/ledger/store.ts): its tip is where the app reads what is live. */
export const LEDGER_REF = 'refs/heads/herald/ledger';
const BLOB = '... on Blob { text isTruncated isBinary }';
/**
 * The names under posts/, four folders deep (posts/2027/01/15/x.md), and nothing else: an index of
 * a few dozen bytes per post, never their text. A blob's `object` reads as {}; a folder at the last
 * level has no `object`, and is listed by a follow-up read (postsIndexQuery).
 */
export const INDEX_DEPTH = 4;
export const INDEX_ENTRIES = (function nest(depth: number): string {
  return depth === 1 ? 'entries { name type }' : `entries { name object { ... on Tree { ${nest(depth - 1)} } } }`;
})(INDEX_DEPTH);

const REVIEW_FRAGMENT = `
fragment HeraldReview on PullRequestReview {
  databaseId
  author { __typename login }
  state
  submittedAt
  commit { oid }
}`;
const COMMENT_FRAGMENT = `
fragment HeraldComment on IssueComment { databaseId viewerDidAuthor body }`;
const SUITES_FRAGMENTS = `
fragment HeraldCheckRun on CheckRun {
  databaseId name status conclusion title summary externalId annotations(first: 1) { totalCount }
}
# The newest 10 runs of each name (a head collects one more run each time annotations change).
fragment HeraldSuites on CheckSuiteConnection {
  ${PAGE_INFO}
  nodes {
    app { databaseId slug }
    guidelines: checkRuns(last: 10, filterBy: { checkName: $guidelinesName }) { nodes { ...HeraldCheckRun } }
    vote: checkRuns(last: 10, filterBy: { checkName: $voteName }) { nodes { ...HeraldCheckRun } }
  }
}`;
const HEAD_FRAGMENT = `
fragment HeraldHead on Commit {
  oid
  config: file(path: $configPath) { oid object { ${BLOB} } }
  posts: file(path: $postsPath) { oid object { ... on Tree { ${INDEX_ENTRIES} } } }
  checkSuites(first: 100, filterBy: { appId: $appId }) { ...HeraldSuites }
}
${SUITES_FRAGMENTS}`;

const HEAD_VARIABLES = '$configPath: String!, $postsPath: String!, $appId: Int, $guidelinesName: String!, $voteName: String!';

export const PULL_REQUEST_QUERY = `
query HeraldPullRequest($owner: String!, $name: String!, $number: Int!, ${HEAD_VARIABLES}) {
  repository(owner: $owner, name: $name) {
    url
    defaultBranchRef { target { ... on Commit { oid config: file(path: $configPath) { object { ${BLOB} } } } } }
    ledger: ref(qualifiedName: "${LEDGER_REF}") { target { oid } }
    pullRequest(number: $number) {
      isDraft
      headRefOid
      headRefName
      isCrossRepository
      author { __typename login }
      labels(first: 100) { ${PAGE_INFO} nodes { name } }
      files(first: 100) { ${PAGE_INFO} nodes { path changeType } }
      reviews(first: 100) { ${PAGE_INFO} nodes { ...HeraldReview } }
      comments(first: 100) { ${PAGE_INFO} nodes { ...HeraldComment } }
      commits(last: 1) { nodes { commit { ...HeraldHead } } }
    }
  }
}
${REVIEW_FRAGMENT}
${COMMENT_FRAGMENT}
${HEAD_FRAGMENT}`;

export type PageField = 'labels' | 'files' | 'reviews' | 'comments';

/** One further page of a pull request listing. */
export function pullRequestPageQuery(field: PageField): string {
  const page = {
    labels: { nodes: 'name', variables: '', fragment: '' },
    files: { nodes: 'path changeType', variables: '', fragment: '' },
    reviews: { nodes: '...HeraldReview', variables: '', fragment: REVIEW_FRAGMENT },
    comments: { nodes: '...HeraldComment', variables: '', fragment: COMMENT_FRAGMENT },
  }[field];
  return `
query HeraldPullRequestPage($owner: String!, $name: String!, $number: Int!, $cursor: String!${page.variables}) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) { ${field}(first: 100, after: $cursor) { ${PAGE_INFO} nodes { ${page.nodes} } } }
  }
}
${page.fragment}`;
}

/** The head commit by oid: for pull requests with more commits than `commits(last: 1)` reaches. */
export const HEAD_COMMIT_QUERY = `
query HeraldHeadCommit($owner: String!, $name: String!, $oid: GitObjectID!, ${HEAD_VARIABLES}) {
  repository(owner: $owner, name: $name) { object(oid: $oid) { ...HeraldHead } }
}
${HEAD_FRAGMENT}`;

export const CHECK_SUITES_PAGE_QUERY = `
query HeraldCheckSuitesPage($owner: String!, $name: String!, $oid: GitObjectID!, $cursor: String!, $appId: Int,
  $guidelinesName: String!, $voteName: String!) {
  repository(owner: $owner, name: $name) {
    object(oid: $oid) { ... on Commit { checkSuites(first: 100, after: $cursor, filterBy: { appId: $appId }) { ...HeraldSuites } } }
  }
}
${SUITES_FRAGMENTS}`;

/** Folders under posts/ deeper than INDEX_DEPTH, listed the same way (one alias per folder). */
export function postsIndexQuery(count: number): string {
  const fields = Array.from({ length: count }, (_, i) => `d${i}: file(path: $d${i}) { object { ... on Tree { ${INDEX_ENTRIES} } } }`);
  const variables = Array.from({ length: count }, (_, i) => `$d${i}: String!`).join(', ');
  return `
query HeraldPostsIndex($owner: String!, $name: String!, $oid: GitObjectID!, ${variables}) {
  repository(owner: $owner, name: $name) { object(oid: $oid) { ... on Commit { ${fields.join('\n')} } } }
}`;
}
