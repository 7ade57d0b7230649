// The fault-injection suite (fault-injection.test.ts) with the real Facebook, Instagram, Reddit and
// Pinterest adapters against their stand-ins: the Action as a child process, killed with SIGKILL at
// every API-call boundary, re-run until done; each platform then holds the post exactly once and the
// ledger records what it holds.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import type { PlatformId } from '../../src/core/types.ts';
import type { FakeServer } from '../helpers/servers/base.ts';
import { startFacebookServer, type FacebookState } from '../helpers/servers/facebook.ts';
import { startInstagramServer, type InstagramState } from '../helpers/servers/instagram.ts';
import { startMediaHost } from '../helpers/servers/media-host.ts';
import { startPinterestServer, type PinterestState } from '../helpers/servers/pinterest.ts';
import { startRedditServer, type RedditState } from '../helpers/servers/reddit.ts';
import { pushedLedger } from './_harness.ts';
import { createRepo, type TestRepo } from './_repo.ts';
import { publisherRuns, type ChildRun } from './_spawn-publisher.ts';

const PLATFORMS: PlatformId[] = ['facebook', 'instagram', 'reddit', 'pinterest'];
/** A baseline JPEG header: the stand-ins check magic bytes, not pixels. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const IMAGE = 'posts/media/pony.jpg';
const SECRETS = {
  FACEBOOK_PAGE_ACCESS_TOKEN: 'facebook-page-token',
  INSTAGRAM_ACCESS_TOKEN: 'instagram-test-token',
  REDDIT_CLIENT_ID: 'reddit-client',
  REDDIT_CLIENT_SECRET: 'reddit-client-secret',
  REDDIT_USERNAME: 'herald_bot',
  REDDIT_PASSWORD: 'reddit-password',
  PINTEREST_ACCESS_TOKEN: 'pinterest-test-token',
};
const POST = `---
language: en
title: Django 6.0 released
platforms: [${PLATFORMS.join(', ')}]
---
Django 6.0 is out: https://www.djangoproject.com/weblog/

![The Django pony with a party hat](media/pony.jpg "Photo: DSF")
`;
// Requests of a clean run, each with a boundary before and after: Facebook uploads the photo and
// posts to the feed; Instagram reads its quota, makes the container, reads its status, publishes and
// reads the permalink; Reddit gets a token, leases an upload, puts the image in the bucket, submits the
// image post and reads it back twice (the submit answers with no id, and processing hides the post
// from the first read); Pinterest makes the pin. Then the three
// ledger pushes (creating herald/ledger, intents, results), each with a boundary before and after.
const REQUESTS = { facebook: 2, instagram: 5, reddit: 6, pinterest: 1 };
const BOUNDARIES = Object.values(REQUESTS).reduce((a, b) => a + b) * 2 + 3 * 2;

interface Scenario {
  repo: TestRepo;
  facebook: FakeServer<FacebookState>;
  instagram: FakeServer<InstagramState>;
  reddit: FakeServer<RedditState>;
  pinterest: FakeServer<PinterestState>;
  run: (killAt: number) => Promise<ChildRun>;
  close(): Promise<void>;
}

async function scenario(): Promise<Scenario> {
  const [facebook, instagram, reddit, pinterest, host] = await Promise.all([
    startFacebookServer(),
    startInstagramServer(),
    startRedditServer(),
    startPinterestServer(),
    startMediaHost({ [IMAGE]: JPEG }),
  ]);
  // Ready at the first status read: the suite is about crashes, not Instagram's processing time.
  instagram.state.processingPolls = 0;
  // Reddit shows an image post only after processing it: the first read after the submit misses it,
  // so a run killed right after the submit must wait for it, not post again.
  reddit.state.imageProcessingReads = 1;
  const config = `timezone: UTC
publish: { require_vote: false }
platforms:
  facebook: { server: "${facebook.url}", page: "${facebook.state.pageId}" }
  instagram: { server: "${instagram.url}", user: "${instagram.state.userId}", media_base_url: "${host.url}/" }
  reddit: { server: "${reddit.url}", subreddit: django }
  pinterest: { server: "${pinterest.url}", board: "${pinterest.state.boards[0]}" }
`;
  const repo = createRepo({ '.github/herald.yml': config });
  const before = repo.git('rev-parse', 'HEAD').trim();
  const after = repo.commit({ 'posts/launch.md': POST, [IMAGE]: JPEG }, 'Merge pull request #7');
  const run = await publisherRuns(repo, before, after, { ...SECRETS, TEST_PLATFORMS: PLATFORMS.join(','), TEST_ADAPTERS: 'registry' });
  return {
    repo,
    facebook,
    instagram,
    reddit,
    pinterest,
    run,
    close: async () => {
      await Promise.all([facebook, instagram, reddit, pinterest, host].map((s) => s.close()));
      repo.remove();
    },
  };
}

function assertExactlyOnce(s: Scenario): void {
  const held: Record<string, { id: string; what: string }[]> = {
    facebook: s.facebook.state.posts.map((p) => ({ id: p.id, what: `${p.message} (${p.photos.length} photo)` })),
    instagram: s.instagram.state.media.map((m) => ({ id: m.id, what: `${m.caption} (${m.images} image)` })),
    reddit: s.reddit.state.submissions.map((r) => ({ id: r.id, what: `${r.kind} ${r.title}: ${r.selftext}` })),
    pinterest: s.pinterest.state.pins.map((p) => ({ id: p.id, what: `${p.title}: ${p.altText}` })),
  };
  const text = 'Django 6.0 is out: https://www.djangoproject.com/weblog/';
  expect(Object.fromEntries(Object.entries(held).map(([id, list]) => [id, list.map((p) => p.what)]))).toEqual({
    facebook: [`${text} (1 photo)`],
    instagram: [`${text} (1 image)`],
    reddit: [`image Django 6.0 released: ${text}`],
    pinterest: ['Django 6.0 released: The Django pony with a party hat'],
  });
  // Pinterest's published description allows every request the adapter sent (the others have none).
  expect(s.pinterest.violations).toEqual([]);
  for (const server of [s.facebook, s.instagram, s.reddit, s.pinterest]) expect(server.unhandled).toEqual([]);
  s.repo.git('fetch', '-q', 'origin');
  const ledger = parseLedger('launch', pushedLedger(s.repo, 'launch')!);
  for (const platform of PLATFORMS) {
    expect(ledger.platforms[platform]!.map((p) => [p.state, p.id])).toEqual(held[platform]!.map((p) => ['live', p.id]));
  }
}

describe('fault injection with the Facebook, Instagram, Reddit and Pinterest adapters', () => {
  it(`a clean run passes ${BOUNDARIES} boundaries and publishes everything once`, async () => {
    const s = await scenario();
    try {
      const result = await s.run(0);
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain(`boundaries=${BOUNDARIES}`);
      assertExactlyOnce(s);
    } finally {
      await s.close();
    }
  }, 60_000);

  it.each(Array.from({ length: BOUNDARIES }, (_, i) => i + 1))(
    'killed at boundary %i, re-run until done: zero duplicates, zero missing',
    async (killAt) => {
      const s = await scenario();
      try {
        const killed = await s.run(killAt);
        expect(killed.signal, killed.stdout).toBe('SIGKILL');
        let final = await s.run(0);
        for (let rerun = 1; final.code !== 0 && rerun < 3; rerun++) final = await s.run(0);
        expect(final.code, final.stdout).toBe(0);
        assertExactlyOnce(s);
      } finally {
        await s.close();
      }
    },
    120_000,
  );
});
