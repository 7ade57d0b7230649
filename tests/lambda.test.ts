// The Lambda entry: a signed API Gateway event is handled in full; a bad signature changes nothing.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createLambdaHandler, type LambdaEvent } from '../src/lambda.ts';
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
