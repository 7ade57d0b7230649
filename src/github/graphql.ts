// GraphQL calls that tolerate the one error GitHub gives for a normal situation: `file(path:)`
// answers NOT_FOUND when a path does not exist at a commit (no posts/ yet, no config).
//
// Hand-written part, for a printed figure: the response text is parsed with JSON.parse. Octokit
// parses every response with json-with-bigint, whose reviver runs for every value; on the posts/
// index of a 3,000-post repository (about 130 KB) that took 5 ms of the event's 12 ms read
// (`npm run bench app-scale`: CPU ratio 3,000 / 0 posts 1.78 with it, 1.08 without). GitHub's GraphQL numbers
// are 32-bit, so nothing needs BigInt. A rate-limited answer goes back through `client.graphql`,
// so Octokit's throttling still waits and retries; so does any client this cannot read raw.
import { HeraldError } from '../core/errors.ts';
import type { GitHubClient } from './types.ts';

/** Aliases of the `file(path:)` fields our queries select (config, posts, and numbered ones); NOT_FOUND there means "no such file". */
const FILE_ALIAS = /^(?:config|posts|[df]\d+)$/;

interface GraphqlError {
  type?: string;
  message?: string;
  path?: (string | number)[];
}
interface GraphqlErrorLike {
  name?: string;
  data?: unknown;
  errors?: GraphqlError[];
}
interface RawCapable {
  endpoint?: { DEFAULTS?: { baseUrl?: string } };
}

const onlyMissingFiles = (errors: GraphqlError[]) =>
  errors.length > 0 && errors.every((err) => err.type === 'NOT_FOUND' && FILE_ALIAS.test(String(err.path?.at(-1))));

export async function graphqlAllowingMissingFiles<T>(client: GitHubClient, query: string, variables: Record<string, unknown>): Promise<T> {
  const raw = await rawGraphql(client, query, variables);
  if (raw && !raw.errors?.some((e) => e.type === 'RATE_LIMITED')) {
    if (!raw.errors || raw.errors.length === 0) return raw.data as T;
    if (raw.data !== undefined && raw.data !== null && onlyMissingFiles(raw.errors)) return raw.data as T;
    const messages = raw.errors.map((e) => e.message ?? e.type ?? 'error').join('; ');
    throw new HeraldError(`GitHub's GraphQL API answered with errors: ${messages.slice(0, 500)}`);
  }
  try {
    return await client.graphql<T>(query, variables);
  } catch (error) {
    const e = error as GraphqlErrorLike;
    if (e.name === 'GraphqlResponseError' && e.data !== undefined && e.data !== null && onlyMissingFiles(e.errors ?? []))
      return e.data as T;
    throw error;
  }
}

/** POST /graphql with the body read as text and parsed natively; undefined when the client cannot. */
async function rawGraphql(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data?: unknown; errors?: GraphqlError[] } | undefined> {
  const baseUrl = (client.request as RawCapable).endpoint?.DEFAULTS?.baseUrl;
  if (!baseUrl) return undefined;
  // GitHub Enterprise Server serves GraphQL at /api/graphql, beside /api/v3 (as @octokit/graphql does).
  const url = /\/api\/v3\/?$/.test(baseUrl) ? baseUrl.replace(/\/api\/v3\/?$/, '/api/graphql') : '/graphql';
  const response = await client.request(`POST ${url}`, { query, variables, request: { parseSuccessResponseBody: false } });
  const body = response.data as ReadableStream<Uint8Array> | null;
  if (!body || typeof (body as { getReader?: unknown }).getReader !== 'function') return undefined;
  return JSON.parse(await new Response(body).text()) as { data?: unknown; errors?: GraphqlError[] };
}
