// Herald as a serverless function. Two shapes:
// - `handler`: AWS Lambda behind API Gateway (REST or HTTP API) or a Lambda function URL.
// - `vercelHandler`: a Node (req, res) function, as Vercel and Netlify functions call it.
// Both build Probot from the environment on the first call (nothing runs at import time) and
// verify X-Hub-Signature-256 before anything else.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createNodeMiddleware, createProbot, type Probot } from 'probot';
import { heraldApp } from './app.ts';
import { probotOctokit } from './app/octokit-options.ts';
import type { HeraldDeps } from './app/evaluate-pull-request.ts';
import { handOn, MAX_WEBHOOK_BYTES, readCappedBody, requireWebhookSecret, WEBHOOK_PATH } from './server.ts';

export interface LambdaEvent {
  headers: Record<string, string | undefined>;
  body: string | null;
  isBase64Encoded?: boolean;
}

export interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export function createLambdaHandler(probot: Probot, deps: Partial<HeraldDeps> = {}): (event: LambdaEvent) => Promise<LambdaResult> {
  let loaded: Promise<void> | undefined;
  return async (event) => {
    loaded ??= probot.load(heraldApp(deps));
    await loaded;
    const headers = Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const reply = (statusCode: number, message: string): LambdaResult => ({
      statusCode,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message }),
    });
    const raw = event.body ?? '';
    const size = event.isBase64Encoded ? Math.floor((raw.replace(/=+$/, '').length * 3) / 4) : Buffer.byteLength(raw);
    if (size > MAX_WEBHOOK_BYTES) return reply(413, `payload larger than ${MAX_WEBHOOK_BYTES} bytes`);
    const payload = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    const id = headers['x-github-delivery'];
    const name = headers['x-github-event'];
    const signature = headers['x-hub-signature-256'];
    if (!id || !name || !signature) return reply(400, 'missing X-GitHub-Delivery, X-GitHub-Event or X-Hub-Signature-256');
    try {
      await probot.webhooks.verifyAndReceive({ id, name: name as never, signature, payload });
      return reply(200, 'ok');
    } catch (error) {
      const status = statusOf(error);
      if (status >= 500) probot.log.error({ err: error, delivery: id }, 'herald: delivery failed');
      return reply(
        status,
        status < 500 ? 'refused: the signature or payload is invalid' : 'Herald failed on this delivery; see the function logs',
      );
    }
  };
}

function statusOf(error: unknown): number {
  const e = error as { status?: number; errors?: { status?: number }[] };
  return e.status ?? e.errors?.find((inner) => inner.status)?.status ?? 500;
}

let lambda: ((event: LambdaEvent) => Promise<LambdaResult>) | undefined;
/** AWS Lambda entry: configure with APP_ID, PRIVATE_KEY, WEBHOOK_SECRET (Probot's variables). */
export async function handler(event: LambdaEvent): Promise<LambdaResult> {
  if (!lambda) {
    const secret = configuredSecret();
    if (!secret)
      return {
        statusCode: 500,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: 'Herald is not configured: see the function logs' }),
      };
    lambda = createLambdaHandler(createProbot({ overrides: { secret }, defaults: { Octokit: probotOctokit() } }), {
      appId: appIdFromEnv(),
    });
  }
  return lambda(event);
}

let vercel: Promise<(req: IncomingMessage, res: ServerResponse) => Promise<boolean | void> | boolean | void> | undefined;
/** Vercel / Netlify style entry: route POST /api/github/webhooks to it. */
export async function vercelHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!vercel) {
    const secret = configuredSecret();
    if (!secret) return void res.writeHead(500, { 'content-type': 'text/plain' }).end('Herald is not configured: see the function logs\n');
    vercel = createNodeMiddleware(heraldApp({ appId: appIdFromEnv() }), {
      probot: createProbot({ overrides: { secret }, defaults: { Octokit: probotOctokit() } }),
      webhooksPath: WEBHOOK_PATH,
    });
  }
  const middleware = await vercel;
  if (req.method === 'POST') {
    const body = await readCappedBody(req, res);
    if (body === undefined) return;
    handOn(req, body);
  }
  const handled = await middleware(req, res);
  if (!handled && !res.headersSent) res.writeHead(404).end();
}

/** WEBHOOK_SECRET, or undefined after saying in the log why nothing will be accepted (never Probot's "development"). */
function configuredSecret(): string | undefined {
  try {
    return requireWebhookSecret(process.env);
  } catch (error) {
    console.error(`herald: ${(error as Error).message}`);
    return undefined;
  }
}

function appIdFromEnv(): number | undefined {
  return process.env.APP_ID ? Number(process.env.APP_ID) : undefined;
}
