// Each adapter's editPart and deletePart against its stand-in server (which keeps state, refuses what the
// real API refuses, and checks requests against the published description where one exists): the live
// text is replaced, a recovered edit is harmless, a delete removes the post, and a second delete reads
// as gone (or, where the API cannot tell, is harmless).
import { describe, expect, it } from 'vitest';
import type { PlatformId } from '../../src/core/types.ts';
import { createDiscordAdapter } from '../../src/platforms/discord.ts';
import { createDiscourseAdapter } from '../../src/platforms/discourse.ts';
import { createFacebookAdapter } from '../../src/platforms/facebook.ts';
import { createLinkedInAdapter } from '../../src/platforms/linkedin.ts';
import { createMastodonAdapter } from '../../src/platforms/mastodon.ts';
import { createPinterestAdapter } from '../../src/platforms/pinterest.ts';
import { createRedditAdapter } from '../../src/platforms/reddit.ts';
import { createSlackAdapter } from '../../src/platforms/slack.ts';
import { threadsAdapterFactory } from '../../src/platforms/threads.ts';
import type { LivePart, PlatformAdapter } from '../../src/platforms/types.ts';
import { createXAdapter } from '../../src/platforms/x.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { startDiscordServer } from '../helpers/servers/discord.ts';
import { startDiscourseServer } from '../helpers/servers/discourse.ts';
import { startFacebookServer } from '../helpers/servers/facebook.ts';
import { context, image, part, platformConfig, PNG_BYTES, publishThread, rendition } from '../helpers/servers/fixtures.ts';
import { startLinkedInServer } from '../helpers/servers/linkedin.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';
import { startPinterestServer } from '../helpers/servers/pinterest.ts';
import { startRedditServer } from '../helpers/servers/reddit.ts';
import { startSlackServer } from '../helpers/servers/slack.ts';
import { startThreadsServer } from '../helpers/servers/threads.ts';
import { startXServer } from '../helpers/servers/x.ts';

interface Case {
  platform: PlatformId;
  start(): Promise<FakeServer<any>>;
  adapter(server: FakeServer<any>): PlatformAdapter;
  /** The text the stand-in holds for a live part, undefined once it is gone. */
  text(server: FakeServer<any>, live: LivePart): string | undefined;
  parts: number;
  media?: boolean;
  /** The API cannot tell a deleted post from a live one on delete (Reddit): a second delete is 'deleted' again. */
  blindDelete?: boolean;
  /** The adapter reads the live text before editing: an unchanged text is not sent again. */
  readsBack?: boolean;
}

const find = (list: { id: unknown }[], id: string): any => list.find((x) => String(x.id) === id);
const OLD = ['The sprint is on Thursday 5 December in Utrecht', 'Bring a laptop and a charger, please'];
const NEW = ['The sprint is on Friday 6 December in Utrecht', 'Bring a laptop, a charger and a smile'];

const cases: Case[] = [
  {
    platform: 'mastodon',
    readsBack: true,
    start: () => startMastodonServer({ token: 't' }),
    adapter: (s) => createMastodonAdapter(platformConfig('mastodon', s.url), { MASTODON_ACCESS_TOKEN: 't' }),
    text: (s, l) => find(s.state.statuses, l.id)?.text,
    parts: 2,
    media: true,
  },
  {
    platform: 'discord',
    readsBack: true,
    start: () => startDiscordServer(),
    adapter: (s) => createDiscordAdapter(platformConfig('discord', undefined), { DISCORD_WEBHOOK_URL: (s as any).webhookUrl }),
    text: (s, l) => find(s.state.messages, l.id)?.content,
    parts: 2,
  },
  {
    platform: 'slack',
    readsBack: true,
    start: () => startSlackServer(),
    adapter: (s) =>
      createSlackAdapter(platformConfig('slack', `${s.url}/api`, { channel: 'C0HERALD01' }), { SLACK_BOT_TOKEN: 'xoxb-test-token' }),
    text: (s, l) => s.state.messages.find((m: { ts: string }) => m.ts === l.id)?.text,
    parts: 2,
    media: true,
  },
  {
    platform: 'discourse',
    readsBack: true,
    start: () => startDiscourseServer(),
    adapter: (s) =>
      createDiscourseAdapter(platformConfig('discourse', s.url, { category: 4, username: 'herald' }), {
        DISCOURSE_API_KEY: 'discourse-test-key',
      }),
    text: (s, l) => find(s.state.posts, l.id)?.raw,
    parts: 2,
  },
  {
    platform: 'facebook',
    readsBack: true,
    start: () => startFacebookServer(),
    adapter: (s) =>
      createFacebookAdapter(platformConfig('facebook', s.url, { page: '104876543210987' }), {
        FACEBOOK_PAGE_ACCESS_TOKEN: 'facebook-page-token',
      }),
    text: (s, l) => find(s.state.posts, l.id)?.message,
    parts: 1,
  },
  {
    platform: 'reddit',
    start: () => startRedditServer(),
    adapter: (s) =>
      createRedditAdapter(
        { ...platformConfig('reddit', s.url, { subreddit: 'django' }) },
        {
          REDDIT_CLIENT_ID: 'reddit-client',
          REDDIT_CLIENT_SECRET: 'reddit-client-secret',
          REDDIT_USERNAME: 'herald_bot',
          REDDIT_PASSWORD: 'reddit-password',
        },
      ),
    text: (s, l) => find(s.state.submissions, l.id)?.selftext,
    parts: 1,
    blindDelete: true,
  },
  {
    platform: 'pinterest',
    start: () => startPinterestServer(),
    adapter: (s) =>
      createPinterestAdapter(platformConfig('pinterest', s.url, { board: '549755885175' }), {
        PINTEREST_ACCESS_TOKEN: 'pinterest-test-token',
      }),
    text: (s, l) => find(s.state.pins, l.id)?.description ?? undefined,
    parts: 1,
    media: true,
  },
  {
    platform: 'linkedin',
    start: () => startLinkedInServer(),
    adapter: (s) =>
      createLinkedInAdapter({ ...platformConfig('linkedin', s.url), account: '5515715' }, { LINKEDIN_ACCESS_TOKEN: 'linkedin-test-token' }),
    text: (s, l) => (l.index === 0 ? find(s.state.posts, l.id)?.commentary : find(s.state.comments, l.id)?.text),
    parts: 2,
  },
  {
    platform: 'x',
    start: () => startXServer(),
    adapter: (s) =>
      createXAdapter(platformConfig('x', s.url), {
        X_API_KEY: 'ck',
        X_API_SECRET: 'cs',
        X_ACCESS_TOKEN: 'tk',
        X_ACCESS_TOKEN_SECRET: 'ts',
      }),
    text: (s, l) => find(s.state.tweets, l.id)?.text,
    parts: 2,
  },
  {
    platform: 'threads',
    start: () => startThreadsServer(),
    adapter: (s) =>
      threadsAdapterFactory({ pollIntervalMs: 1, pollAttempts: 20 })(platformConfig('threads', s.url), {
        THREADS_ACCESS_TOKEN: 'threads-test-token',
      }),
    text: (s, l) => find(s.state.posts, l.id)?.text,
    parts: 2,
  },
];

describe.each(cases)('$platform after publication', (c) => {
  it('edits the live parts in place (where it can), then deletes them; a second delete changes nothing', async () => {
    const server = await c.start();
    try {
      const adapter = c.adapter(server);
      const ctx = context({ 'media/pin.png': PNG_BYTES });
      const media = c.media ? [image('media/pin.png', 'A blue square')] : [];
      const live = await publishThread(
        adapter,
        rendition(
          c.platform,
          OLD.slice(0, c.parts).map((t, i) => part(t, i === 0 ? media : [])),
        ),
        ctx,
      );
      expect(live.map((l) => c.text(server, l))).toEqual(OLD.slice(0, c.parts));
      if (adapter.editPart) {
        const fixed = rendition(
          c.platform,
          NEW.slice(0, c.parts).map((t, i) => part(t, i === 0 ? media : [])),
        );
        for (const l of live)
          expect(
            await adapter.editPart({ rendition: fixed, part: fixed.parts[l.index]!, index: l.index, live: l, recover: false }, ctx),
          ).toBe('edited');
        expect(live.map((l) => c.text(server, l))).toEqual(NEW.slice(0, c.parts));
        // A recovered edit (a run crashed after sending it): the text stays what one edit made it.
        const writes = () => server.requests.filter((r) => r.method !== 'GET').length;
        const sent = writes();
        const again = await adapter.editPart({ rendition: fixed, part: fixed.parts[0]!, index: 0, live: live[0]!, recover: true }, ctx);
        if (c.readsBack) expect(writes()).toBe(sent);
        expect(c.readsBack ? ['unchanged'] : ['edited']).toContain(again);
        expect(c.text(server, live[0]!)).toBe(NEW[0]);
      }
      for (const l of [...live].reverse()) expect(await adapter.deletePart!(l, ctx)).toBe('deleted');
      expect(live.map((l) => c.text(server, l))).toEqual(live.map(() => undefined));
      expect(await adapter.deletePart!(live[0]!, ctx)).toBe(c.blindDelete ? 'deleted' : 'gone');
      expect(server.unhandled).toEqual([]);
      expect(server.violations).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
