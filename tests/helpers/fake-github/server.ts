// A fake GitHub over real HTTP on 127.0.0.1: stateful, records every request, validates every REST
// request against GitHub's OpenAPI description and every GraphQL query against a schema subset.
// Anything a correct client would not send answers 4xx AND is kept as a violation for the test.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeAuth } from './auth.ts';
import { executeGraphQL, invalidQuery } from './graphql-endpoint.ts';
import { FakeLimits } from './limits.ts';
import { OpenApiValidator } from './openapi.ts';
import { REST_HANDLERS } from './rest.ts';
import { githubError } from './rest-shapes.ts';
import { FakeGitHubState } from './state.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  /** OpenAPI operationId, or `graphql`. */
  operation: string;
  status: number;
  body: unknown;
  /** Size of the response body in bytes (what the client had to download and parse). */
  bytes: number;
}

export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  auth: FakeAuth;
  requests: RecordedRequest[];
  violations: string[];
  /** Rate-limit answers a test asks for (see limits.ts). */
  limits: FakeLimits;
  /** Milliseconds each request waits before it is answered (network and GitHub's own latency). */
  latency: (request: { method: string; path: string }) => number;
  /** Throws with every violation seen so far (call it in afterEach). */
  assertNoViolations(): void;
  /** Requests recorded since `mark` (an index into `requests`). */
  since(mark: number): RecordedRequest[];
  close(): Promise<void>;
}

let validator: OpenApiValidator | undefined;

export async function startFakeGitHub(): Promise<FakeGitHub> {
  validator ??= new OpenApiValidator();
  const openapi = validator;
  const state = new FakeGitHubState();
  const auth = new FakeAuth();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const limits = new FakeLimits();
  const fake = { latency: (_request: { method: string; path: string }): number => 0 };

  const server = createServer(async (req, res) => {
    const delay = fake.latency({ method: req.method ?? 'GET', path: req.url ?? '/' });
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // GitHub Enterprise Server's layout (GHE_HOST): REST under /api/v3, GraphQL at /api/graphql.
    url.pathname = url.pathname.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
    const raw = await readBody(req);
    const record = (operation: string, status: number, body: unknown, problems: string[], headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        operation,
        status,
        body: parsed,
        bytes: text === undefined ? 0 : Buffer.byteLength(text),
      });
      for (const p of problems) violations.push(`${req.method} ${url.pathname} (${operation}): ${p}`);
      res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(text);
    };
    let parsed: unknown;
    try {
      parsed = raw.length > 0 ? JSON.parse(raw) : undefined;
    } catch {
      return record('?', 400, githubError('Problems parsing JSON', 400), ['body is not JSON']);
    }
    const caller = auth.identify(req.headers.authorization);
    const limited = (api: 'rest' | 'graphql', operation: string) => {
      const answer = limits.check(api, operation, `${req.method} ${url.pathname} ${raw}`, violations);
      if (answer) res.writeHead(answer.status, { ...answer.headers, 'content-type': 'application/json; charset=utf-8' });
      if (answer)
        requests.push({
          method: req.method ?? 'GET',
          path: url.pathname,
          operation: `${operation} (limited)`,
          status: answer.status,
          body: parsed,
          bytes: Buffer.byteLength(JSON.stringify(answer.body)),
        });
      return answer ? (res.end(JSON.stringify(answer.body)), true) : false;
    };
    if (req.method === 'POST' && url.pathname === '/graphql') {
      const request = (parsed ?? {}) as { query?: unknown; variables?: unknown };
      // Validated first, as every request is: a limit answer never hides a bad query.
      const bad = caller.kind === 'token' ? invalidQuery(request) : undefined;
      if (bad === undefined && caller.kind === 'token' && limited('graphql', `graphql ${String(request.query)}`)) return;
      const result = await executeGraphQL((parsed ?? {}) as { query?: unknown; variables?: unknown }, caller, { state, auth });
      return record('graphql', result.status, result.body, result.violations);
    }
    const op = openapi.match(req.method ?? 'GET', url.pathname);
    if (!op) return record('?', 404, githubError('Not Found', 404), ["no such operation in GitHub's OpenAPI description"]);
    const problems = openapi.validateRequest(op, url.searchParams, parsed);
    if (problems.length > 0) return record(op.operationId, 422, githubError('Invalid request', 422), problems);
    if (limited('rest', op.operationId)) return;
    const handler = REST_HANDLERS[op.operationId];
    if (!handler)
      return record(op.operationId, 501, githubError('Not implemented by the fake', 501), ['operation not implemented by the fake']);
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const result = handler({
      caller,
      params: op.params,
      body: (parsed ?? {}) as Record<string, unknown>,
      state,
      auth,
      query: url.searchParams,
      origin,
    });
    const shape = result.status < 300 ? openapi.validateResponse(op, result.status, result.body) : [];
    return record(
      op.operationId,
      result.status,
      result.body,
      [...(result.violation ? [result.violation] : []), ...shape.map((s) => `fake bug: ${s}`)],
      result.headers,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return Object.assign<Pick<FakeGitHub, 'latency'>, Omit<FakeGitHub, 'latency'>>(fake, {
    url: `http://127.0.0.1:${port}`,
    state,
    auth,
    requests,
    violations,
    limits,
    assertNoViolations() {
      if (violations.length > 0) {
        const list = violations.splice(0).join('\n  ');
        throw new Error(`fake GitHub saw requests the real one would refuse:\n  ${list}`);
      }
    },
    since: (mark: number) => requests.slice(mark),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
