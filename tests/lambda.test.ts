// The Lambda entry: a signed API Gateway event is handled in full; a bad signature changes nothing.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createLambdaHandler, handler, vercelHandler, type LambdaEvent } from '../src/lambda.ts';
import { MAX_WEBHOOK_BYTES, WEBHOOK_PATH } from '../src/server.ts';
import { APP_ID, INSTALLATION_ID, registeredProbot, sign, WEBHOOK_SECRET } from './helpers/fake-github/herald-harness.ts';
import { pullRequestEvent } from './helpers/fake-github/payloads.ts';
import { fixture, person } from './helpers/fake-github/scenario.ts';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github/server.ts';

let github: FakeGitHub;
let handle: (event: LambdaEvent) => Promise<{ statusCode: number }>;

beforeEach(async () => {
  github = await startFakeGitHub();
  const probot = registeredProbot(github);
  handle = createLambdaHandler(probot, { appId: APP_ID, now: () => new Date('2026-12-01T10:00:00Z') });
});
afterEach(async () => {
  try {
    github.assertNoViolations();
  } finally {
    await github.close();
  }
});

function apiGatewayEvent(body: string, signature: string | undefined, base64 = false): LambdaEvent {
  return {
    headers: { 'X-GitHub-Event': 'pull_request', 'X-GitHub-Delivery': 'd-1', ...(signature ? { 'X-Hub-Signature-256': signature } : {}) },
    body: base64 ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: base64,
  };
}

test('a signed (base64-encoded) delivery is evaluated before the function returns', async () => {
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': fixture('herald.yml') });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
  const body = JSON.stringify(pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID));
  const result = await handle(apiGatewayEvent(body, sign(body, WEBHOOK_SECRET), true));
  expect(result.statusCode).toBe(200);
  expect(repo.comments).toHaveLength(1);
  expect(repo.checkRuns.map((r) => r.name).sort()).toEqual(['Herald guidelines', 'Herald vote']);
});

test.each([
  ['wrong', sign('something else', WEBHOOK_SECRET)],
  ['missing', undefined],
])('a %s signature is refused with 4xx and changes nothing', async (_, signature) => {
  const repo = github.state.createRepo('g', 'social', { '.github/herald.yml': fixture('herald.yml') });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
  const body = JSON.stringify(pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID));
  const result = await handle(apiGatewayEvent(body, signature));
  expect(result.statusCode).toBeGreaterThanOrEqual(400);
  expect(result.statusCode).toBeLessThan(500);
  expect(github.requests).toEqual([]);
});

test("a body over GitHub's 25 MB payload cap is answered 413 before anything reads it", async () => {
  const body = ' '.repeat(MAX_WEBHOOK_BYTES + 1);
  for (const base64 of [false, true]) {
    const result = await handle(apiGatewayEvent(body, sign(body, WEBHOOK_SECRET), base64));
    expect(result.statusCode).toBe(413);
  }
  expect(github.requests).toEqual([]);
});

describe('the entries that configure themselves from the environment', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test.each([
    ['unset', undefined],
    ["Probot's public default", 'development'],
  ])('accept nothing, not even a delivery signed with "development", when WEBHOOK_SECRET is %s', async (_, secret) => {
    if (secret === undefined) delete process.env.WEBHOOK_SECRET;
    else process.env.WEBHOOK_SECRET = secret;
    const logged: string[] = [];
    const error = console.error;
    console.error = (message: string) => void logged.push(message);
    try {
      const body = JSON.stringify({ action: 'opened' });
      const result = await handler(apiGatewayEvent(body, sign(body, 'development')));
      expect(result).toMatchObject({
        statusCode: 500,
        body: JSON.stringify({ message: 'Herald is not configured: see the function logs' }),
      });
      const server = createServer((req, res) => void vercelHandler(req, res));
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      try {
        const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`, {
          method: 'POST',
          headers: {
            'x-github-event': 'pull_request',
            'x-github-delivery': 'd-2',
            'x-hub-signature-256': sign(body, 'development'),
            'content-type': 'application/json',
          },
          body,
        });
        expect(response.status).toBe(500);
        expect(await response.text()).toContain('Herald is not configured');
      } finally {
        server.close();
      }
    } finally {
      console.error = error;
    }
    expect(logged.join('\n')).toContain(secret ? 'WEBHOOK_SECRET is Probot\'s public default "development"' : 'WEBHOOK_SECRET is not set');
  });
});
