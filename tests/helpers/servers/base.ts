// The machinery every fake platform server shares: real HTTP on 127.0.0.1, a request log,
// injected faults (429 with Retry-After, 5xx), latency per call, and hooks that run a callback
// when the Nth request arrives (before it is handled) or after it has been answered.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SpecValidator } from './openapi.ts';

export interface RecordedRequest {
  /** 1-based position among all requests this server received. */
  n: number;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface IncomingCall extends RecordedRequest {
  text(): string;
  /** The JSON body, or undefined when it is not JSON. */
  json(): unknown;
  /** Multipart or url-encoded body, parsed as fetch's Request would. */
  form(): Promise<FormData>;
}

export interface FakeReply {
  status: number;
  json?: unknown;
  text?: string;
  bytes?: Uint8Array;
  headers?: Record<string, string>;
}

export type Handler = (call: IncomingCall) => FakeReply | Promise<FakeReply>;
/** The platform's own error shape for a status and message. */
export type ErrorShape = (status: number, message: string) => FakeReply;

export interface Fault {
  status: number;
  /** Sent as the Retry-After header (seconds or an HTTP date). */
  retryAfter?: number | string;
  message?: string;
  /** The whole answer, for error bodies of other shapes (HTML from a proxy, plain text, arrays); status is then reply.status. */
  reply?: FakeReply;
  /** How many matching requests fail (default 1). */
  times?: number;
  match?: (request: RecordedRequest) => boolean;
  /**
   * Answers with the request echoed back (request line, headers, body), as some proxies and servers
   * do on errors: in the platform's own JSON error shape, as an HTML page, or as plain text.
   */
  echo?: 'json' | 'html' | 'text';
}

export type HookTiming = 'before' | 'after';

export interface FakeServer<S> {
  url: string;
  state: S;
  requests: RecordedRequest[];
  /** Requests no route answered: a test that expects none should assert this is empty. */
  unhandled: RecordedRequest[];
  /** Requests the platform's published API description does not allow (see openapi.ts); a test expects none. */
  violations: string[];
  /** Milliseconds added to every call (the publish benchmark uses 50). */
  latencyMs: number;
  fail(fault: Fault): void;
  /** Runs `callback` when request number `n` arrives ('before' handling) or after it was answered. */
  onRequest(n: number, timing: HookTiming, callback: (request: RecordedRequest) => void | Promise<void>): void;
  close(): Promise<void>;
}

export interface FakeServerOptions {
  latencyMs?: number;
}

/** What the platform's own server module passes: its API description, when one is published and present. */
export interface FakeServerSetup extends FakeServerOptions {
  spec?: SpecValidator | undefined;
}

interface Hook {
  n: number;
  timing: HookTiming;
  callback: (request: RecordedRequest) => void | Promise<void>;
}

export const NOT_HANDLED: FakeReply = { status: -1 };

export async function startFakeServer<S>(
  state: S,
  handle: Handler,
  errorShape: ErrorShape,
  options: FakeServerSetup = {},
): Promise<FakeServer<S>> {
  const faults: Array<Fault & { left: number }> = [];
  const hooks: Hook[] = [];
  const server = createServer((req, res) => {
    void serve(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(`fake server error: ${String(error)}`);
    });
  });

  const fake: FakeServer<S> = {
    url: '',
    state,
    requests: [],
    unhandled: [],
    violations: [],
    latencyMs: options.latencyMs ?? 0,
    fail(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    onRequest(n, timing, callback) {
      hooks.push({ n, timing, callback });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      n: fake.requests.length + 1,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
      body: new Uint8Array(Buffer.concat(chunks)),
    };
    fake.requests.push(recorded);
    for (const hook of hooks.filter((h) => h.n === recorded.n && h.timing === 'before')) await hook.callback(recorded);
    if (fake.latencyMs > 0) await sleep(fake.latencyMs);

    // A request the description does not allow is recorded (useFakeServer fails the test on it); the
    // routes still answer it as the platform would, with the platform's own refusal where it has one.
    fake.violations.push(...((await options.spec?.validate(recorded)) ?? []));
    const reply = injectedFault(recorded) ?? (await handle(toCall(recorded)));
    const final = reply === NOT_HANDLED ? notHandled(recorded) : reply;
    res.on('finish', () => {
      for (const hook of hooks.filter((h) => h.n === recorded.n && h.timing === 'after')) void hook.callback(recorded);
    });
    send(res, final);
  }

  function injectedFault(request: RecordedRequest): FakeReply | undefined {
    const fault = faults.find((f) => f.left > 0 && (f.match?.(request) ?? true));
    if (!fault) return undefined;
    fault.left -= 1;
    if (fault.echo) return echoReply(fault.status, fault.echo, request, errorShape);
    const reply = fault.reply
      ? { ...fault.reply }
      : errorShape(fault.status, fault.message ?? (fault.status === 429 ? 'Too many requests' : 'Internal server error'));
    if (fault.retryAfter !== undefined) reply.headers = { ...reply.headers, 'retry-after': String(fault.retryAfter) };
    return reply;
  }

  function notHandled(request: RecordedRequest): FakeReply {
    fake.unhandled.push(request);
    return errorShape(404, `No route for ${request.method} ${request.path}`);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function echoReply(status: number, format: NonNullable<Fault['echo']>, request: RecordedRequest, errorShape: ErrorShape): FakeReply {
  const query = request.query.size > 0 ? `?${request.query.toString()}` : '';
  const headers = Object.entries(request.headers)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => `${name}: ${value}`);
  const echoed = `${request.method} ${request.path}${query}\n${headers.join('\n')}\n\n${new TextDecoder().decode(request.body)}`;
  if (format === 'json') return errorShape(status, `Bad request: ${echoed}`);
  if (format === 'text') return { status, text: `Request rejected by the gateway:\n${echoed}`, headers: { 'content-type': 'text/plain' } };
  const html = echoed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return { status, text: `<html><body><h1>${status}</h1><pre>${html}</pre></body></html>`, headers: { 'content-type': 'text/html' } };
}

function toCall(request: RecordedRequest): IncomingCall {
  const text = () => new TextDecoder().decode(request.body);
  return {
    ...request,
    text,
    json() {
      if (!(request.headers['content-type'] ?? '').includes('json')) return undefined;
      try {
        return JSON.parse(text());
      } catch {
        return undefined;
      }
    },
    form() {
      return new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'content-type': request.headers['content-type'] ?? 'application/octet-stream' },
        body: request.body,
      }).formData();
    },
  };
}

function send(res: ServerResponse, reply: FakeReply): void {
  res.statusCode = reply.status;
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  if (reply.json !== undefined) {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(reply.json));
  } else if (reply.bytes !== undefined) {
    res.end(reply.bytes);
  } else {
    res.end(reply.text ?? '');
  }
}

/** Reads a string field from a JSON object or form, whichever the request carried. */
export function field(source: unknown, name: string): string | undefined {
  if (source instanceof FormData || source instanceof URLSearchParams) {
    const value = source.get(name);
    return typeof value === 'string' ? value : undefined;
  }
  if (typeof source === 'object' && source !== null) {
    const value = (source as Record<string, unknown>)[name];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}
