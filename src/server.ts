// `npm start`: the long-running Herald app. Probot's node middleware on a plain node:http server.
// Configuration comes from the environment Probot documents: APP_ID, PRIVATE_KEY (or
// PRIVATE_KEY_PATH), WEBHOOK_SECRET, PORT, HOST, GHE_HOST, LOG_LEVEL.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, createProbot, type Probot } from 'probot';
import { heraldApp } from './app.ts';
import { probotOctokit } from './app/octokit-options.ts';
import type { HeraldDeps } from './app/evaluate-pull-request.ts';
import { HeraldError } from './core/errors.ts';

export const WEBHOOK_PATH = '/api/github/webhooks';
/** GitHub caps webhook payloads at 25 MB and does not send larger ones (docs: "Webhook payload object"). */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;
/** Probot's fallback when no secret is set: public, so anyone could sign deliveries with it. */
const PROBOT_DEFAULT_SECRET = 'development';

/** The webhook secret from the environment; throws when it is unset or Probot's public default. */
export function requireWebhookSecret(env: NodeJS.ProcessEnv): string {
  const secret = env.WEBHOOK_SECRET?.trim();
  if (!secret || secret === PROBOT_DEFAULT_SECRET) {
    throw new HeraldError(
      `WEBHOOK_SECRET is ${secret ? `Probot's public default "${PROBOT_DEFAULT_SECRET}"` : 'not set'}: Herald will not accept deliveries anyone can sign`,
      {
        hint: "Set WEBHOOK_SECRET to the app's webhook secret (GitHub App settings → Webhook secret); see docs/deployment.md.",
      },
    );
  }
  return secret;
}

/**
 * Reads a delivery's body, at most MAX_WEBHOOK_BYTES, before the signature check reads it: a larger
 * one is answered 413 and dropped unread (undefined). The text is handed on as `body`, which the
 * webhooks middleware uses instead of reading the stream again.
 */
export function readCappedBody(req: IncomingMessage, res: ServerResponse, max = MAX_WEBHOOK_BYTES): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      req.removeAllListeners('data');
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `payload larger than ${max} bytes` }));
      // What else arrives is dropped as it comes (never kept) until the client, told 413, stops sending.
      req.resume();
      resolve(undefined);
    };
    if (Number(req.headers['content-length'] ?? 0) > max) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooLarge();
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Gives the middleware the body already read (@octokit/webhooks uses a string `body` instead of the stream). */
export function handOn(req: IncomingMessage, body: string): void {
  Object.defineProperty(req, 'body', { value: body, configurable: true, writable: true, enumerable: true });
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(options: {
  probot: Probot;
  port?: number;
  host?: string;
  deps?: Partial<HeraldDeps>;
}): Promise<RunningServer> {
  const middleware = await createNodeMiddleware(heraldApp(options.deps), { probot: options.probot, webhooksPath: WEBHOOK_PATH });
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      return;
    }
    void (async () => {
      if (req.method === 'POST' && req.url?.split('?')[0] === WEBHOOK_PATH) {
        const body = await readCappedBody(req, res);
        if (body === undefined) return;
        handOn(req, body);
      }
      await middleware(req, res, () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n'));
    })().catch(() => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 3000, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<RunningServer> {
  const secret = requireWebhookSecret(env);
  const probot = createProbot({ env, overrides: { secret }, defaults: { Octokit: probotOctokit() } });
  const appId = env.APP_ID ? Number(env.APP_ID) : undefined;
  const running = await startServer({
    probot,
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    deps: { appId },
  });
  probot.log.info(`Herald listening on ${running.url}${WEBHOOK_PATH}`);
  return running;
}

// Without credentials: the registration flow or what to set, never a stack trace (src/app-registration.ts).
if (import.meta.main) await (await import('./app-registration.ts')).start(process.env, run);
