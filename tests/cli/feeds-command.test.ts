// `herald feeds` as the workflow runs it: config on disk, feeds over HTTP on loopback, pull requests on the
// fake GitHub through GITHUB_TOKEN / GITHUB_REPOSITORY / GITHUB_API_URL; and --dry-run without any token.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedsCommand } from '../../src/cli/feeds-command.ts';
import { run } from '../../src/cli/main.ts';
import { fetchFeed } from '../../src/feeds/fetch-feed.ts';
import { startRepoGitHub, type RepoGitHub } from '../helpers/fake-github/repo-routes.ts';
import { rssDocument, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';
import { captureIO } from './_io.ts';

let feeds: FeedServer;
let gh: RepoGitHub | undefined;
const loopback = (url: string) => fetchFeed(url, { allowPrivateAddresses: true });

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-feeds-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const config = () => `timezone: Europe/Amsterdam
feeds:
  - name: Django weblog
    url: ${feeds.url}/weblog.rss
    template: "{title}: {url}"
  - name: Gone
    url: ${feeds.url}/gone.rss
`;

beforeEach(async () => {
  feeds = await startFeedServer({ '/weblog.rss': { body: rssDocument(4) } });
});
afterEach(async () => {
  gh?.github.assertNoViolations();
  await Promise.all([feeds.close(), gh?.github.close()]);
  gh = undefined;
});

describe('herald feeds', () => {
  it('--dry-run prints the drafts of a first run and the broken feed, sending nothing', async () => {
    const io = captureIO(repo({ '.github/herald.yml': config() }), new Date('2026-12-02T08:00:00Z'));
    expect(await feedsCommand(['--dry-run', '--limit', '2'], io, loopback)).toBe(1);
    expect(io.stdout()).toContain('Django weblog: 4 entries, 2 to draft (first run: older entries are marked seen)');
    expect(io.stdout()).toContain('would open a pull request with posts/2026-12-01-news-number-4.md');
    expect(io.stdout()).toContain('    News number 4: https://www.djangoproject.com/weblog/news-4/');
    expect(io.stdout()).toMatch(/✗ Gone \(http:\/\/127\.0\.0\.1:\d+\/gone\.rss\): .*answered HTTP 404/);
  });

  it('--dry-run reads the state of this checkout', async () => {
    const seen = JSON.stringify({
      url: `${feeds.url}/weblog.rss`,
      seen: ['https://www.djangoproject.com/weblog/news-4/', 'https://www.djangoproject.com/weblog/news-3/'],
    });
    const io = captureIO(repo({ '.github/herald.yml': config(), 'published/feeds/django-weblog.json': seen }));
    await feedsCommand(['--dry-run'], io, loopback);
    expect(io.stdout()).toContain('Django weblog: 4 entries, 2 to draft\n');
    expect(io.stdout()).toContain('news-number-1.md');
  });

  it('opens the pull requests on GitHub and reports each', async () => {
    gh = await startRepoGitHub({ 'README.md': '# Social\n' });
    const io = captureIO(repo({ '.github/herald.yml': config() }), new Date('2026-12-02T08:00:00Z'));
    io.env = { GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: 'django/social', GITHUB_API_URL: gh.github.url };
    expect(await feedsCommand(['--limit', '1'], io, loopback)).toBe(1);
    expect(io.stdout()).toContain('✓ Django weblog: News number 4 → https://github.com/django/social/pull/1');
    expect(io.stdout()).toContain('✗ Gone: ');
    expect(gh.repo.pulls.size).toBe(1);
  });

  it('stops on a broken config instead of finding "no feeds" in the defaults', async () => {
    const io = captureIO(repo({ '.github/herald.yml': `${config()}rules:\n  alt-text: eror\n` }));
    expect(await run(['feeds', '--dry-run'], io)).toBe(1);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toContain(
      'herald feeds: .github/herald.yml has an error, so nothing was done:\n  .github/herald.yml:9:13: rules.alt-text: expected one of off, warn, error (got "eror")',
    );
    expect(io.stderr()).toContain('herald check shows each problem');
  });

  it('checks its options and has --help', async () => {
    const io = captureIO(repo({ '.github/herald.yml': config() }));
    expect(await run(['feeds', '--limit', '0'], io)).toBe(2);
    expect(io.stderr()).toContain('--limit must be a whole number from 1 to 100');
    expect(await run(['feeds', '--help'], io)).toBe(0);
    expect(io.stdout()).toContain('Usage: herald feeds');
    const none = captureIO(repo({ '.github/herald.yml': 'timezone: UTC\n' }));
    expect(await run(['feeds'], none)).toBe(0);
    expect(none.stdout()).toContain('No feeds in .github/herald.yml');
  });
});
