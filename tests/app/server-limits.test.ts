// The app's PR comment counts Mastodon posts against the server's own limits, read once per evaluation.
import { afterEach, describe, expect, test } from 'vitest';
import { serverLimitsReader } from '../../src/platforms/server-limits.ts';
import { startHerald, type HeraldHarness } from '../helpers/fake-github/herald-harness.ts';
import { fixture, scenario } from '../helpers/fake-github/scenario.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
let h: HeraldHarness | undefined;
let closeMastodon: (() => Promise<void>) | undefined;
afterEach(async () => {
  try {
    h?.github.assertNoViolations();
  } finally {
    await h?.close();
    await closeMastodon?.();
  }
});

// The stand-in speaks http:// on loopback. Two test-only options let the app reach it: loopbackHttp
// (the config may name an http:// loopback server) and a reader that allows 127.0.0.1 alone; the
// app's own reader (src/app.ts: serverLimitsReader() with no options) allows no private address.
const standInOnly = () => serverLimitsReader({ allowPrivateAddresses: ['127.0.0.1'] });
const longPost = `---\nplatforms: [mastodon]\nlanguage: en\n---\n${'Herald counts with the server limits. '.repeat(16).trim()}\n`;

describe('server limits in the app', () => {
  test("the comment says which limits it counted with: the server's, read over HTTP once per evaluation", async () => {
    const mastodon = await startMastodonServer();
    closeMastodon = () => mastodon.close();
    mastodon.state.maxCharacters = 10_000;
    mastodon.state.charactersReservedPerUrl = 256;
    h = await startHerald({ now: () => NOW, serverLimits: standInOnly, loopbackHttp: true });
    const s = scenario(h, { '.github/herald.yml': fixture('herald.yml').replace('https://fosstodon.org', mastodon.url) });
    const pull = await s.open({ 'posts/2026-12-01-long.md': longPost });
    const body = s.comments(pull)[0]!.body;
    expect(body).toContain(
      `Mastodon: limits from ${mastodon.url}/api/v2/instance: 10000 characters, URLs count 256, 4 media, alt text 1500`,
    );
    expect(body).toMatch(/\/\s?10[,.]?000/);
    expect(mastodon.requests.filter((r) => r.path === '/api/v2/instance')).toHaveLength(1);
    expect(mastodon.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  test("the app's own reader refuses the loopback server: the comment says the defaults were used, and why", async () => {
    const mastodon = await startMastodonServer();
    closeMastodon = () => mastodon.close();
    mastodon.state.maxCharacters = 10_000;
    h = await startHerald({ now: () => NOW, serverLimits: () => serverLimitsReader(), loopbackHttp: true });
    const s = scenario(h, { '.github/herald.yml': fixture('herald.yml').replace('https://fosstodon.org', mastodon.url) });
    const pull = await s.open({ 'posts/2026-12-01-long.md': longPost });
    const body = s.comments(pull)[0]!.body;
    // Parentheses are escaped in the comment's markdown (core/comment/escape.ts).
    expect(body).toContain(`Mastodon: ${mastodon.url}/api/v2/instance not read \\(`);
    expect(body).toContain('refused 127.0.0.1 \\(loopback\\)');
    expect(body).toContain("counting with Herald's defaults \\(500 characters");
    expect(mastodon.requests.filter((r) => r.path === '/api/v2/instance')).toHaveLength(0);
  });

  test('a post over 500 characters fits a server that allows 1000, and the comment counts against 1000', async () => {
    const mastodon = await startMastodonServer();
    closeMastodon = () => mastodon.close();
    mastodon.state.maxCharacters = 1000;
    // The stand-in speaks http:// on loopback: an explicit test-only option lets the app accept it.
    h = await startHerald({ now: () => NOW, serverLimits: standInOnly, loopbackHttp: true });
    const config = fixture('herald.yml').replace('https://fosstodon.org', mastodon.url);
    const s = scenario(h, { '.github/herald.yml': config });
    const post = `---\nplatforms: [mastodon]\nlanguage: en\n---\n${'Herald counts with the server limits. '.repeat(16).trim()}\n`;
    const pull = await s.open({ 'posts/2026-12-01-long.md': post });
    expect(s.runs(pull).get('Herald guidelines')).toMatchObject({ conclusion: 'success' });
    expect(s.comments(pull)[0]!.body).toMatch(/\/\s?1[,.]?000/);
    expect(mastodon.requests.filter((r) => r.path === '/api/v2/instance')).toHaveLength(1);
  });
});
