// `npm start` without credentials: Probot's manifest registration flow from app.yml, or (in production, or with
// only some of them) exactly what to set, and never a stack trace. The server runs as a process.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

const root = resolve(import.meta.dirname, '..');
const server = join(root, 'src/server.ts');
const running: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill();
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

function start(env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'herald-start-'));
  copyFileSync(join(root, 'app.yml'), join(cwd, 'app.yml'));
  const child = spawn(process.execPath, [server], { cwd, env: { PATH: process.env['PATH']!, HOME: cwd, ...env } });
  running.push(child);
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const exit = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return { log: () => log, exit };
}

describe('npm start without credentials', () => {
  it('serves the registration page, with app.yml as the manifest GitHub receives', async () => {
    const port = await freePort();
    const app = start({ PORT: String(port), HOST: '127.0.0.1' });
    let page = '';
    for (let i = 0; i < 100 && !page; i++) {
      page = await fetch(`http://127.0.0.1:${port}/probot`).then(
        (r) => (r.ok ? r.text() : ''),
        () => '',
      );
      if (!page) await new Promise((r) => setTimeout(r, 100));
    }
    expect(page, app.log()).toContain('action="https://github.com/settings/apps/new"');
    // The form posts the attribute's value as JSON: an apostrophe in app.yml would cut it short.
    const manifest = JSON.parse(/name="manifest" id="manifest" value='([^']*)'/.exec(page)![1]!) as Record<string, unknown>;
    const appYml = parse(readFileSync(join(root, 'app.yml'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: appYml['name'],
      default_permissions: appYml['default_permissions'],
      default_events: appYml['default_events'],
      public: false,
    });
    expect(manifest['redirect_url']).toBe(`http://127.0.0.1:${port}/probot/setup`);
    expect(app.log()).not.toMatch(/\n\s+at /);
  }, 30_000);

  it.each([
    ['in production', { NODE_ENV: 'production' }, ['APP_ID', 'PRIVATE_KEY (or PRIVATE_KEY_PATH)', 'WEBHOOK_SECRET']],
    ['with only an app id', { APP_ID: '42' }, ['PRIVATE_KEY (or PRIVATE_KEY_PATH)', 'WEBHOOK_SECRET']],
  ])(
    '%s says exactly what to set and exits 1',
    async (_name, env, missing) => {
      const app = start({ PORT: String(await freePort()), ...env });
      expect(await app.exit).toBe(1);
      expect(app.log()).toContain(`cannot start the app: missing ${missing.join(', ')}`);
      expect(app.log()).toContain('PRIVATE_KEY_PATH');
      expect(app.log()).not.toMatch(/\n\s+at /);
    },
    30_000,
  );
});
