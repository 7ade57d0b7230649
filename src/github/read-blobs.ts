// Reads named paths at named commits in as few GraphQL requests as the sizes allow: blob oids only,
// or oids and text. This is how an evaluation reads what the PR changed (and only that), instead of
// every post in the repository.
import { graphqlAllowingMissingFiles } from './graphql.ts';
import type { GitHubClient, PullRequestTarget, TreeFile } from './types.ts';

export interface BlobRequest {
  commit: string;
  paths: string[];
  /** Read the text too (posts); otherwise the oid only (media, tree oids, staleness). */
  text: boolean;
}

/** Per commit, per path: the entry (oid, and text when asked for), or null when the path is absent there. */
export type BlobReads = Map<string, Map<string, TreeFile | null>>;

/** Most `file(path:)` fields per request: keeps each query far below GitHub's node limits. */
const FIELDS_PER_READ = 300;

interface FileReply {
  oid: string;
  object: { text?: string | null; isTruncated?: boolean; isBinary?: boolean | null; entries?: unknown } | null;
}

export async function readBlobs(
  client: GitHubClient,
  target: PullRequestTarget,
  requests: BlobRequest[],
  into: BlobReads = new Map(),
): Promise<BlobReads> {
  // One field per (commit, path): GraphQL refuses one alias with two different selections.
  const byKey = new Map<string, { commit: string; path: string; text: boolean }>();
  for (const r of requests) {
    for (const path of r.paths) {
      const key = `${r.commit}\0${path}`;
      byKey.set(key, { commit: r.commit, path, text: r.text || (byKey.get(key)?.text ?? false) });
    }
  }
  const fields = [...byKey.values()];
  for (let start = 0; start < fields.length; start += FIELDS_PER_READ) {
    const batch = fields.slice(start, start + FIELDS_PER_READ);
    const commits = [...new Set(batch.map((f) => f.commit))];
    const paths = [...new Set(batch.map((f) => f.path))];
    const variables: Record<string, unknown> = { owner: target.owner, name: target.repo };
    commits.forEach((oid, i) => (variables[`c${i}`] = oid));
    paths.forEach((path, i) => (variables[`f${i}`] = path));
    const selections = commits.map((oid, c) => {
      const own = batch.filter((f) => f.commit === oid);
      const files = own.map((f) => {
        const blob = f.text ? ' object { ... on Blob { text isTruncated isBinary } }' : '';
        return `f${paths.indexOf(f.path)}: file(path: $f${paths.indexOf(f.path)}) { oid${blob} }`;
      });
      return `c${c}: object(oid: $c${c}) { ... on Commit { ${files.join(' ')} } }`;
    });
    const declared = [...commits.map((_, i) => `$c${i}: GitObjectID!`), ...paths.map((_, i) => `$f${i}: String!`)].join(', ');
    const query = `query HeraldBlobs($owner: String!, $name: String!, ${declared}) {\n  repository(owner: $owner, name: $name) {\n    ${selections.join('\n    ')}\n  }\n}`;
    const data = await graphqlAllowingMissingFiles<{ repository: Record<string, Record<string, FileReply | null> | null> }>(
      client,
      query,
      variables,
    );
    commits.forEach((oid, c) => {
      const node = data.repository[`c${c}`] ?? {};
      let map = into.get(oid);
      if (!map) into.set(oid, (map = new Map()));
      for (const f of batch.filter((x) => x.commit === oid)) {
        const reply = node[`f${paths.indexOf(f.path)}`];
        map.set(f.path, reply ? toEntry(f.path, reply, f.text) : null);
      }
    });
  }
  return into;
}

function toEntry(path: string, reply: FileReply, text: boolean): TreeFile {
  const entry: TreeFile = { path, oid: reply.oid };
  const blob = reply.object;
  if (!text || !blob || blob.entries !== undefined || blob.isBinary || blob.text === undefined) return entry;
  if (blob.isTruncated || blob.text === null) entry.unreadable = 'too large for the GitHub API to return its text';
  else entry.text = blob.text;
  return entry;
}
