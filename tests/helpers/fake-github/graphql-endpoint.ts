// POST /graphql: executes against the SDL subset of GitHub's schema with the fake's state.
import { buildSchema, graphql, parse, validate, type GraphQLSchema } from 'graphql';
import type { Caller } from './auth.ts';
import { GITHUB_GRAPHQL_SDL } from './graphql-schema.ts';
import { actorNode, repositoryNode, type GraphQLContext } from './graphql-nodes.ts';

let schema: GraphQLSchema | undefined;

export interface GraphQLResult {
  status: number;
  body: unknown;
  violations: string[];
}

export async function executeGraphQL(
  request: { query?: unknown; variables?: unknown },
  caller: Caller,
  base: Omit<GraphQLContext, 'viewer' | 'violations'>,
): Promise<GraphQLResult> {
  if (caller.kind !== 'token') {
    const why = caller.kind === 'anonymous' ? caller.problem : 'an app JWT cannot query repositories';
    return { status: 401, body: { message: 'This endpoint requires you to be authenticated.' }, violations: [`GraphQL: ${why}`] };
  }
  if (typeof request.query !== 'string') {
    return { status: 400, body: { message: 'Problems parsing JSON' }, violations: ['GraphQL: body has no query string'] };
  }
  schema ??= buildSchema(GITHUB_GRAPHQL_SDL);
  const ctx: GraphQLContext = { ...base, viewer: caller.identity, violations: [] };
  const root = {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const repo = base.state.repo(owner, name);
      return repo ? repositoryNode(ctx, repo) : null;
    },
    viewer: () => actorNode({ login: caller.identity.login, type: 'Bot' }),
  };
  const result = await graphql({
    schema,
    source: request.query,
    rootValue: root,
    contextValue: ctx,
    variableValues: (request.variables ?? {}) as Record<string, unknown>,
  });
  const errors = result.errors?.map((e) => ({
    ...(e.path ? { path: e.path } : {}),
    ...(e.locations ? { locations: e.locations } : {}),
    message: e.message,
    ...(typeof e.extensions?.type === 'string' ? { type: e.extensions.type } : {}),
  }));
  // A document that does not validate against the schema gets no data at all: that is the client's bug.
  if (!('data' in result) || result.data === undefined) {
    ctx.violations.push(`GraphQL: invalid query: ${errors?.map((e) => e.message).join('; ')}`);
  } else {
    for (const e of errors ?? []) if (e.type !== 'NOT_FOUND') ctx.violations.push(`GraphQL: ${e.message}`);
  }
  return {
    status: 200,
    body: { ...('data' in result ? { data: result.data } : {}), ...(errors ? { errors } : {}) },
    violations: ctx.violations,
  };
}

/** Why a query would not validate against the schema subset (undefined: it validates). */
export function invalidQuery(request: { query?: unknown }): string | undefined {
  if (typeof request.query !== 'string') return 'no query string';
  schema ??= buildSchema(GITHUB_GRAPHQL_SDL);
  try {
    const errors = validate(schema, parse(request.query));
    return errors.length > 0 ? errors.map((e) => e.message).join('; ') : undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
