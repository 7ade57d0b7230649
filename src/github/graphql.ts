// GraphQL calls that tolerate the one error GitHub gives for a normal situation: `file(path:)`
// answers NOT_FOUND when a path does not exist at a commit (no posts/ yet, no config).
import type { GitHubClient } from './types.ts';

/** Aliases of the `file(path:)` fields our queries select (config, posts, and numbered ones); NOT_FOUND there means "no such file". */
const FILE_ALIAS = /^(?:config|posts|[df]\d+)$/;

interface GraphqlErrorLike {
  name?: string;
  data?: unknown;
  errors?: { type?: string; path?: (string | number)[] }[];
}

export async function graphqlAllowingMissingFiles<T>(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  try {
    return await client.graphql<T>(query, variables);
  } catch (error) {
    const e = error as GraphqlErrorLike;
    const onlyMissingFiles =
      e.name === 'GraphqlResponseError' &&
      e.data !== undefined &&
      e.data !== null &&
      (e.errors ?? []).length > 0 &&
      (e.errors ?? []).every((err) => err.type === 'NOT_FOUND' && FILE_ALIAS.test(String(err.path?.at(-1))));
    if (onlyMissingFiles) return e.data as T;
    throw error;
  }
}
