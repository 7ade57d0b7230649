// Polls from front matter: Mastodon, X and Threads publish them (each stand-in refusing what its
// platform refuses); every other platform gets a clear finding instead of a silently dropped poll.
import { afterEach, describe, expect, it } from 'vitest';
import { checkPosts } from '../../src/core/check.ts';
import { parseConfig } from '../../src/core/config/parse.ts';
import { parsePost } from '../../src/core/post/parse.ts';
import { renderPost } from '../../src/core/render/index.ts';
import type { PlatformId, Rendition } from '../../src/core/types.ts';
import { createMastodonAdapter } from '../../src/platforms/mastodon.ts';
import { threadsAdapterFactory } from '../../src/platforms/threads.ts';
import { createXAdapter } from '../../src/platforms/x.ts';
import { context, platformConfig, publishThread } from '../helpers/servers/fixtures.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';
import { startThreadsServer } from '../helpers/servers/threads.ts';
import { startXServer } from '../helpers/servers/x.ts';

const POST = `---
language: en
poll: { options: [Tabs, Spaces, Both], hours: 24 }
---
Which do you indent with?
`;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

function rendered(platform: PlatformId, text = POST): Rendition {
  const parsed = parsePost('posts/2026-12-01-poll.md', text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return renderPost(parsed.post, platformConfig(platform, undefined));
}

describe('polls', () => {
  it('Mastodon: options, expires_in in seconds, multiple', async () => {
    const server = await startMastodonServer();
    closers.push(() => server.close());
    const adapter = createMastodonAdapter(platformConfig('mastodon', server.url), { MASTODON_ACCESS_TOKEN: 'mastodon-test-token' });
    await publishThread(adapter, rendered('mastodon'), context());
    expect(server.state.statuses[0]!.poll).toEqual({ options: ['Tabs', 'Spaces', 'Both'], expiresIn: 86_400, multiple: false });
    expect(server.violations).toEqual([]);
  });

  it('X: options and duration_minutes', async () => {
    const server = await startXServer();
    closers.push(() => server.close());
    const adapter = createXAdapter(
      { ...platformConfig('x', server.url), account: 'herald' },
      { X_API_KEY: 'ck', X_API_SECRET: 'cs', X_ACCESS_TOKEN: 'tk', X_ACCESS_TOKEN_SECRET: 'ts' },
    );
    await publishThread(adapter, rendered('x'), context());
    expect(server.state.tweets[0]!.poll).toEqual({ options: ['Tabs', 'Spaces', 'Both'], durationMinutes: 1440 });
  });

  it('Threads: poll_attachment option_a … option_c', async () => {
    const server = await startThreadsServer();
    closers.push(() => server.close());
    const adapter = threadsAdapterFactory({ pollIntervalMs: 1, pollAttempts: 5 })(platformConfig('threads', server.url), {
      THREADS_ACCESS_TOKEN: 'threads-test-token',
    });
    await publishThread(adapter, rendered('threads'), context());
    expect(server.state.posts[0]!.poll).toEqual(['Tabs', 'Spaces', 'Both']);
  });

  it('a clear finding for platforms without polls, and for what a platform with polls refuses', async () => {
    const parsedConfig = parseConfig(
      '.github/herald.yml',
      'platforms:\n  mastodon: { server: https://fosstodon.org }\n  x: {}\n  threads: {}\n  bluesky: {}\n  linkedin: {}\n',
    );
    if (!parsedConfig.ok) throw new Error('config');
    const report = await checkPosts({
      files: [{ path: 'posts/2026-12-01-poll.md', content: POST.replace('hours: 24', 'hours: 48, multiple: true') }],
      config: parsedConfig.config,
      now: new Date('2026-11-21T12:00:00Z'),
    });
    const messages = report.posts[0]!.findings.filter((f) => f.ruleId === 'poll-support').map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'bluesky: Bluesky has no polls: the poll would not be published there',
        'linkedin: LinkedIn has no polls: the poll would not be published there',
        'threads: a poll stays open at most 24 hours on Threads (asked 48)',
        'x: X polls take one choice only (multiple: true is not possible)',
      ]),
    );
    expect(messages.some((m) => m.startsWith('mastodon:'))).toBe(false);
  });

  it('refuses a poll with one option where the post is read', () => {
    const parsed = parsePost('posts/p.md', POST.replace('[Tabs, Spaces, Both]', '[Tabs]'));
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).toContain('a poll needs 2 to 4 options (got 1)');
  });
});
