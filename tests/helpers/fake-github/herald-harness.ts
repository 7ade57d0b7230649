// The Herald app as GitHub runs it, on loopback: a fake GitHub, an app registered with a fresh RSA
// key and app.yml's permissions and events, and the Probot server that receives signed deliveries.
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Probot, ProbotOctokit } from 'probot';
import { parse } from 'yaml';
import { serverLimitsReader, type ServerLimitsReader } from '../../../src/platforms/server-limits.ts';
import { startServer, WEBHOOK_PATH, type RunningServer } from '../../../src/server.ts';
import type { Permissions } from './auth.ts';
import { startFakeGitHub, type FakeGitHub } from './server.ts';

export const APP_ID = 4242;
export const INSTALLATION_ID = 77;
export const WEBHOOK_SECRET = 'a webhook secret for tests';

export interface HeraldHarness {
  github: FakeGitHub;
  app: RunningServer;
  /** Signs (unless told otherwise) and POSTs one webhook delivery; resolves with the HTTP status. */
  deliver(event: string, payload: object, options?: { signature?: string | null }): Promise<number>;
  close(): Promise<void>;
}

export function manifest(): { permissions: Permissions; events: string[] } {
  const text = readFileSync(new URL('../../../app.yml', import.meta.url), 'utf8');
  const yaml = parse(text) as { default_permissions: Permissions; default_events: string[] };
  return { permissions: yaml.default_permissions, events: yaml.default_events };
}

/** A Probot client for the Herald app, registered on `github` with app.yml's permissions and events. */
export function registeredProbot(github: FakeGitHub): Probot {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { permissions, events } = manifest();
  github.auth.registerApp({ id: APP_ID, slug: 'herald-test', name: 'Herald (test)', publicKey, permissions, events });
  return new Probot({
    appId: APP_ID,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    secret: WEBHOOK_SECRET,
    baseUrl: github.url,
    logLevel: 'fatal',
    // GitHub's write pacing (1 s between writes) is right in production and only slows tests down.
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      throttle: { ...(options.throttle as object), enabled: false },
    })),
  });
}

/** Servers' limits are read through a DNS that knows no names (no network in tests) unless a test passes its own reader. */
const NO_NETWORK = () => serverLimitsReader({ lookup: async (name) => Promise.reject(new Error(`${name}: no network in tests`)) });

export async function startHerald(options: { now: () => Date; serverLimits?: () => ServerLimitsReader; loopbackHttp?: boolean }): Promise<HeraldHarness> {
  const github = await startFakeGitHub();
  const probot = registeredProbot(github);
  const app = await startServer({ probot, port: 0, host: '127.0.0.1', deps: { appId: APP_ID, now: options.now, serverLimits: options.serverLimits ?? NO_NETWORK, loopbackHttp: options.loopbackHttp === true } });

  const deliver = async (event: string, payload: object, opts: { signature?: string | null } = {}) => {
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
    await response.arrayBuffer();
    return response.status;
  };
  return {
    github,
    app,
    deliver,
    close: async () => {
      await app.close();
      await github.close();
    },
  };
}

export function sign(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
