// herald check / preview count Mastodon posts against the server's own published limits, read once per
// run from its public instance API (no token), and say where the limits came from.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { startMastodonServer, type MastodonState } from '../helpers/servers/mastodon.ts';
import { useFakeServer } from '../helpers/servers/use-fake-server.ts';
import { captureIO } from './_io.ts';

let server: FakeServer<MastodonState>;
useFakeServer(startMastodonServer, (started) => (server = started));

function repo(serverUrl: string, post: string, limits = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-limits-'));
  mkdirSync(join(dir, 'posts'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github', 'herald.yml'), `platforms:\n  mastodon:\n    server: ${serverUrl}\n${limits}`);
  writeFileSync(join(dir, 'posts', 'a.md'), `---\nlanguage: en\nplatforms: [mastodon]\n---\n${post}\n`);
  return dir;
}
const loopback = (dir: string) => ({ ...captureIO(dir), net: { allowPrivateAddresses: true } });
const counted = (stdout: string) => JSON.parse(stdout)[0].renditions[0].parts[0].count;

describe('server limits in check and preview', () => {
  it("counts with the server's max_characters and characters_reserved_per_url, and says so", async () => {
    server.state.maxCharacters = 10_000;
    server.state.charactersReservedPerUrl = 256;
    const io = loopback(repo(server.url, `${'a'.repeat(600)} https://example.org/x`));
    expect(await run(['preview', '--json'], io)).toBe(0);
    expect(counted(io.stdout())).toEqual({ used: 600 + 1 + 256, limit: 10_000 });
    expect(io.stderr()).toContain(
      `note: Mastodon: limits from ${server.url}/api/v2/instance: 10000 characters, URLs count 256, 4 media, alt text 1500`,
    );
  });

  it('refuses in herald check what the server refuses (a post too long for its limit), not only the default', async () => {
    server.state.maxCharacters = 100;
    const io = loopback(repo(server.url, 'b'.repeat(101)));
    expect(await run(['check'], io)).toBe(1);
    expect(io.stdout()).toContain('101');
    expect(io.stdout()).toContain('100');
  });

  it('asks the server once per run, with no token', async () => {
    const dir = repo(server.url, 'Hello');
    writeFileSync(join(dir, 'posts', 'b.md'), '---\nlanguage: en\nplatforms: [mastodon]\n---\nAgain\n');
    await run(['preview', '--json'], loopback(dir));
    const reads = server.requests.filter((r) => r.path === '/api/v2/instance');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.headers.authorization).toBeUndefined();
    await run(['preview', '--json'], loopback(dir));
    expect(server.requests.filter((r) => r.path === '/api/v2/instance')).toHaveLength(2);
  });

  it("falls back to the config's limits, then the defaults, with a note saying which and why", async () => {
    server.fail({ status: 503, times: 2 });
    const withConfig = loopback(repo(server.url, 'Hello', '    limits: { characters: 450 }\n'));
    await run(['preview', '--json'], withConfig);
    expect(counted(withConfig.stdout()).limit).toBe(450);
    expect(withConfig.stderr()).toContain(
      `note: Mastodon: ${server.url}/api/v2/instance not read (answered 503); counting with the config's limits (450 characters)`,
    );
    const bare = loopback(repo(server.url, 'Hello'));
    await run(['preview', '--json'], bare);
    expect(counted(bare.stdout()).limit).toBe(500);
    expect(bare.stderr()).toContain("counting with Herald's defaults (500 characters, 4 media, alt text 1500)");
  });

  it('never reads a private address unless allowed (the config may come from a pull request)', async () => {
    const io = { ...captureIO(repo(server.url, 'Hello')), net: {} };
    await run(['preview', '--json'], io);
    expect(server.requests).toHaveLength(0);
    expect(io.stderr()).toMatch(/not read \(.*(private|loopback|not public|refused).*\)/i);
  });
});

describe('platforms without an API', () => {
  it('herald preview says YouTube community posts have no API when the config names youtube', async () => {
    const dir = repo('https://fosstodon.org', 'Hello');
    writeFileSync(join(dir, '.github', 'herald.yml'), 'platforms:\n  mastodon:\n    server: https://fosstodon.org\n  youtube: {}\n');
    const io = captureIO(dir);
    expect(await run(['preview'], io)).toBe(0);
    expect(io.stderr()).toContain('youtube: YouTube community posts have no API (activities.insert is no longer available');
  });
});
