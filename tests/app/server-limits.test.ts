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

describe('server limits in the app', () => {
  test('a post over 500 characters fits a server that allows 1000, and the comment counts against 1000', async () => {
    const mastodon = await startMastodonServer();
    closeMastodon = () => mastodon.close();
    mastodon.state.maxCharacters = 1000;
    // The stand-in speaks http:// on loopback: an explicit test-only option lets the app accept it.
    h = await startHerald({ now: () => NOW, serverLimits: () => serverLimitsReader({ allowPrivateAddresses: true }), loopbackHttp: true });
    const config = fixture('herald.yml').replace('https://fosstodon.org', mastodon.url);
    const s = scenario(h, { '.github/herald.yml': config });
    const post = `---\nplatforms: [mastodon]\nlanguage: en\n---\n${'Herald counts with the server limits. '.repeat(16).trim()}\n`;
    const pull = await s.open({ 'posts/2026-12-01-long.md': post });
    expect(s.runs(pull).get('Herald guidelines')).toMatchObject({ conclusion: 'success' });
    expect(s.comments(pull)[0]!.body).toMatch(/\/\s?1[,.]?000/);
    expect(mastodon.requests.filter((r) => r.path === '/api/v2/instance')).toHaveLength(1);
  });
});
