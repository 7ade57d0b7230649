// `npm start`: the long-running Herald app. Probot's node middleware on a plain node:http server.
// Configuration comes from the environment Probot documents: APP_ID, PRIVATE_KEY (or
// PRIVATE_KEY_PATH), WEBHOOK_SECRET, PORT, HOST, GHE_HOST, LOG_LEVEL.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, createProbot, type Probot } from 'probot';
import { heraldApp } from './app.ts';
import type { HeraldDeps } from './app/evaluate-pull-request.ts';

export const WEBHOOK_PATH = '/api/github/webhooks';

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
    void middleware(req, res, () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n'));
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
  const probot = createProbot({ env });
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
