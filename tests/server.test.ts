// The long-running server: it never starts on Probot's public default secret, and it answers 413 to
// a body over GitHub's 25 MB payload cap without reading it whole first.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_BYTES, WEBHOOK_PATH } from '../src/server.ts';
import { startHerald, type HeraldHarness } from './helpers/fake-github/herald-harness.ts';
import { pullRequestEvent } from './helpers/fake-github/payloads.ts';
import { fixture, person } from './helpers/fake-github/scenario.ts';

describe('npm start (src/server.ts)', () => {
  const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  it.each([
    ['unset', {}, 'WEBHOOK_SECRET is not set'],
    ['empty', { WEBHOOK_SECRET: ' ' }, 'WEBHOOK_SECRET is not set'],
    ["Probot's public default", { WEBHOOK_SECRET: 'development' }, 'WEBHOOK_SECRET is Probot\'s public default "development"'],
  ])(
    'refuses to start when WEBHOOK_SECRET is %s, in a sentence without a stack trace',
    (_, secretEnv, message) => {
      const server = resolve(import.meta.dirname, '../src/server.ts');
      const env = {
        PATH: process.env['PATH']!,
        APP_ID: '4242',
        PRIVATE_KEY: privateKey,
        PORT: '0',
        LOG_LEVEL: 'fatal' as const,
        ...secretEnv,
      };
      const result = spawnSync(process.execPath, [server], { env, encoding: 'utf8', timeout: 15_000 });
      expect(result.signal, 'the server started and was killed after 15 s').toBeNull();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain('GitHub App settings → Webhook secret');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    },
    30_000,
  );
});

describe('webhook body cap', () => {
  let herald: HeraldHarness;
  beforeEach(async () => {
    herald = await startHerald({ now: () => new Date('2026-12-01T10:00:00Z') });
  });
  afterEach(async () => {
    await herald.close();
  });

  /** POSTs `total` bytes in 1 MB chunks (with or without Content-Length); resolves with the status once answered. */
  function post(total: number, withLength: boolean): Promise<{ status: number; sent: number }> {
    const url = new URL(`${herald.app.url}${WEBHOOK_PATH}`);
    return new Promise((done, fail) => {
      let sent = 0;
      const req = request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'pull_request',
          'x-github-delivery': randomUUID(),
          'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
          ...(withLength ? { 'content-length': String(total) } : {}),
        },
      });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        res.resume();
        done({ status: res.statusCode!, sent });
      });
      req.on('error', (error) => (answered ? undefined : fail(error)));
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      const write = () => {
        while (!answered && sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', write);
        }
        if (!answered) req.end();
      };
      write();
    });
  }

  it.each([
    ['with', true],
    ['without (chunked)', false],
  ])(
    'answers 413 to a 300 MB body %s Content-Length, before reading it all, and changes nothing',
    async (_, withLength) => {
      const total = 300 * 1024 * 1024;
      const { status, sent } = await post(total, withLength);
      expect(status).toBe(413);
      expect(sent).toBeLessThan(total / 2);
      expect(herald.github.requests).toEqual([]);
    },
    60_000,
  );

  it('still handles a signed delivery under the cap', async () => {
    const repo = herald.github.state.createRepo('g', 'social', { '.github/herald.yml': fixture('herald.yml') });
    const pull = herald.github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
    const payload = pullRequestEvent(repo, pull, 'opened', 77);
    expect(await herald.deliver('pull_request', payload)).toBe(200);
    expect(repo.comments).toHaveLength(1);
  });

  it('answers 400 to an unsigned body just under the cap, which it read', async () => {
    const { status } = await post(MAX_WEBHOOK_BYTES - 1024 * 1024, true);
    expect(status).toBe(400);
    expect(herald.github.requests).toEqual([]);
  }, 60_000);
});
