// The Herald app as GitHub runs it, on loopback: a fake GitHub, an app registered with a fresh RSA
// key and app.yml's permissions and events, and the Probot server that receives signed deliveries.
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Probot } from 'probot';
import { parse } from 'yaml';
import type { HeraldDeps } from '../../../src/app/evaluate-pull-request.ts';
import { probotOctokit } from '../../../src/app/octokit-options.ts';
import { serverLimitsReader, type ServerLimitsReader } from '../../../src/platforms/server-limits.ts';
import { run as runServer, startServer, WEBHOOK_PATH, type RunningServer } from '../../../src/server.ts';
import type { Permissions } from './auth.ts';
import { startFakeGitHub, type FakeGitHub } from './server.ts';

export const APP_ID = 4242;
export const INSTALLATION_ID = 77;
export const WEBHOOK_SECRET = 'a webhook secret for tests';

export interface HeraldHarness {
  github: FakeGitHub;
  /** The first app server; `apps` holds every instance (all on the one fake GitHub). */
  app: RunningServer;
  apps: RunningServer[];
  /** Signs (unless told otherwise) and POSTs one webhook delivery to an instance (default 0); resolves with the HTTP status. */
  deliver(event: string, payload: object, options?: { signature?: string | null; instance?: number }): Promise<number>;
  /** The response body of the last delivery an instance answered with an error status. */
  lastError: string | undefined;
  close(): Promise<void>;
}

export interface HarnessOptions {
  now: () => Date;
  /** How many app servers (instances) share the fake GitHub. Default 1. */
  instances?: number;
  /** GitHub's one write a second, as in production. Default false: it only slows tests down. */
  pacedWrites?: boolean;
  serverLimits?: () => ServerLimitsReader;
  /** Tests only: accept http:// platform servers on loopback (local stand-ins). */
  loopbackHttp?: boolean;
  onOutcome?: HeraldDeps['onOutcome'];
}

export function manifest(): { permissions: Permissions; events: string[] } {
  const text = readFileSync(new URL('../../../app.yml', import.meta.url), 'utf8');
  const yaml = parse(text) as { default_permissions: Permissions; default_events: string[] };
  return { permissions: yaml.default_permissions, events: yaml.default_events };
}

const keys = new WeakMap<FakeGitHub, string>();

/**
 * A Probot client for the Herald app, registered on `github` with app.yml's permissions and events
 * (every client for one fake shares the app's key, as instances of one app do). Herald's own limit
 * policy is on; GitHub's write pacing (1 s between writes) only when asked.
 */
export function registeredProbot(github: FakeGitHub, options: { pacedWrites?: boolean } = {}): Probot {
  let privateKey = keys.get(github);
  if (!privateKey) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const { permissions, events } = manifest();
    github.auth.registerApp({ id: APP_ID, slug: 'herald-test', name: 'Herald (test)', publicKey: pair.publicKey, permissions, events });
    privateKey = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    keys.set(github, privateKey);
  }
  return new Probot({
    appId: APP_ID,
    privateKey,
    secret: WEBHOOK_SECRET,
    baseUrl: github.url,
    logLevel: 'fatal',
    Octokit: probotOctokit({ pacedWrites: options.pacedWrites ?? false }),
  });
}

/** Servers' limits are read through a DNS that knows no names (no network in tests) unless a test passes its own reader. */
const NO_NETWORK = () => serverLimitsReader({ lookup: async (name) => Promise.reject(new Error(`${name}: no network in tests`)) });

/**
 * The app exactly as `npm start` runs it (src/server.ts `run(env)`, production throttling), pointed
 * at the fake through GHE_HOST. Returns the server; deliver to it with `signedDelivery`.
 */
export async function startServerFromEnv(github: FakeGitHub): Promise<RunningServer> {
  registeredProbot(github);
  const host = new URL(github.url).host;
  return runServer({
    APP_ID: String(APP_ID),
    PRIVATE_KEY: keys.get(github)!,
    WEBHOOK_SECRET,
    GHE_HOST: host,
    GHE_PROTOCOL: 'http',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'fatal',
  });
}

/** POSTs one signed delivery to a server; resolves with the HTTP status. */
export async function signedDelivery(app: RunningServer, event: string, payload: object): Promise<number> {
  const body = JSON.stringify(payload);
  const response = await fetch(`${app.url}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/fake',
      'x-github-event': event,
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': sign(body, WEBHOOK_SECRET),
    },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

export async function startHerald(options: HarnessOptions): Promise<HeraldHarness> {
  const github = await startFakeGitHub();
  const apps: RunningServer[] = [];
  for (let i = 0; i < (options.instances ?? 1); i++) {
    const probot = registeredProbot(github, { pacedWrites: options.pacedWrites ?? false });
    const deps = {
      appId: APP_ID,
      now: options.now,
      serverLimits: options.serverLimits ?? NO_NETWORK,
      loopbackHttp: options.loopbackHttp === true,
      ...(options.onOutcome ? { onOutcome: options.onOutcome } : {}),
    };
    apps.push(await startServer({ probot, port: 0, host: '127.0.0.1', deps }));
  }
  const harness = { lastError: undefined as string | undefined };

  const deliver = async (event: string, payload: object, opts: { signature?: string | null; instance?: number } = {}) => {
    const app = apps[opts.instance ?? 0]!;
    const body = JSON.stringify(payload);
    const signature = opts.signature === undefined ? sign(body, WEBHOOK_SECRET) : opts.signature;
    const response = await fetch(`${app.url}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'GitHub-Hookshot/fake',
        'x-github-event': event,
        'x-github-delivery': randomUUID(),
        ...(signature === null ? {} : { 'x-hub-signature-256': signature }),
      },
      body,
    });
    const text = await response.text();
    if (response.status >= 400) harness.lastError = text;
    return response.status;
  };
  return Object.assign(harness, {
    github,
    app: apps[0]!,
    apps,
    deliver,
    close: async () => {
      for (const app of apps) await app.close();
      await github.close();
    },
  });
}

export function sign(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
