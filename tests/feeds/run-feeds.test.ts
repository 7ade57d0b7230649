// The feed run end to end: feeds served over HTTP on loopback, drafts opened as pull requests on the fake
// GitHub (validated against GitHub's OpenAPI description), state kept in the repository.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RepoWriter } from '../../src/feeds/repo-writer.ts';
import { fetchFeed } from '../../src/feeds/fetch-feed.ts';
import { runFeeds, type FeedRunDeps } from '../../src/feeds/run-feeds.ts';
import type { FeedConfig, HeraldConfig } from '../../src/core/types.ts';
import { config as baseConfig } from '../core/governance/_config.ts';
import { pullExtras } from '../helpers/fake-github/repo-extras.ts';
import { startRepoGitHub, type RepoGitHub } from '../helpers/fake-github/repo-routes.ts';
import { rssDocument, startFeedServer, type FeedServer } from '../helpers/feed-server.ts';

let gh: RepoGitHub;

/** The runner dies after the drafts exist and before the feed state is written. */
class CrashBeforeStateWrite extends RepoWriter {
  override async writeFile(path: string, branch: string, text: string, message: string, sha?: string): Promise<void> {
    if (path.startsWith('published/feeds/')) throw new Error('runner lost (simulated crash before the state write)');
    return super.writeFile(path, branch, text, message, sha);
  }
}
let feeds: FeedServer;
const NOW = new Date('2026-12-02T08:00:00Z');

beforeEach(async () => {
  gh = await startRepoGitHub({ 'README.md': '# Social\n', 'posts/.keep': '' });
  feeds = await startFeedServer({ '/weblog.rss': { body: rssDocument(5) } });
});
afterEach(async () => {
  gh.github.assertNoViolations();
  await Promise.all([gh.github.close(), feeds.close()]);
});

function feedConfig(extra: Partial<FeedConfig> = {}): HeraldConfig {
  const feed: FeedConfig = {
    name: 'Django weblog',
    url: `${feeds.url}/weblog.rss`,
    template: '{title}\n\n{url}',
    trusted: false,
    ...extra,
  };
  return { ...baseConfig([], []), feeds: [feed] };
}

function deps(writer = new RepoWriter(gh.octokit, { owner: 'django', repo: 'social' })): FeedRunDeps & { logs: string[] } {
  const logs: string[] = [];
  return { writer, fetchFeed: (url) => fetchFeed(url, { allowPrivateAddresses: true }), now: NOW, log: (m) => logs.push(m), logs };
}

const pulls = () => [...gh.repo.pulls.values()];
const mainFiles = () => gh.repo.commits.get(gh.repo.branches.get('main')!)!.files;
const state = () => JSON.parse(mainFiles().get('published/feeds/django-weblog.json') ?? 'null') as { seen: string[] } | null;

describe('runFeeds against the fake GitHub', () => {
  it('drafts only the newest entries on the first run, and nothing twice on the second', async () => {
    const first = await runFeeds(feedConfig(), deps(), 2);
    expect(first).toEqual([
      {
        feed: 'Django weblog',
        ok: true,
        drafted: [expect.objectContaining({ title: 'News number 4' }), expect.objectContaining({ title: 'News number 5' })],
      },
    ]);
    expect(pulls().map((p) => p.title)).toEqual(['News: News number 4', 'News: News number 5']);
    const pull = pulls()[0]!;
    const files = gh.repo.commits.get(pull.headSha)!.files;
    const draft = files.get('posts/2026-11-30-news-number-4.md');
    expect(draft).toBe(
      '---\n# drafted from the feed "Django weblog", entry https://www.djangoproject.com/weblog/news-4/\nlanguage: "en-us"\n---\nNews number 4\n\nhttps://www.djangoproject.com/weblog/news-4/\n',
    );
    expect(pull.headRef).toMatch(/^herald\/feed\/django-weblog-[0-9a-f]{10}$/);
    expect(pullExtras(gh.repo, pull).body).toContain('News number 4');
    expect(state()?.seen).toHaveLength(5);

    const mark = gh.github.requests.length;
    const second = await runFeeds(feedConfig(), deps(), 2);
    expect(second).toEqual([{ feed: 'Django weblog', ok: true, drafted: [] }]);
    expect(pulls()).toHaveLength(2);
    expect(gh.github.since(mark).filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('keeps the state on herald/ledger, where a merged PR emptying the seen list on the default branch changes nothing', async () => {
    const ledger = gh.github.state.commit(gh.repo, undefined, { 'published/baseline.yml': 'posts: []\n' }, 'herald: ledger');
    gh.repo.branches.set('herald/ledger', ledger.oid);
    await runFeeds(feedConfig({ trusted: true }), deps(), 2);
    const onLedger = () =>
      JSON.parse(gh.repo.commits.get(gh.repo.branches.get('herald/ledger')!)!.files.get('published/feeds/django-weblog.json') ?? 'null');
    expect(onLedger()?.seen).toHaveLength(5);
    expect(state()).toBeNull();
    // A merged PR plants an empty state where the old layout kept it.
    gh.github.state.pushToDefaultBranch(gh.repo, {
      'published/feeds/django-weblog.json': JSON.stringify({ url: `${feeds.url}/weblog.rss`, seen: [] }),
    });
    const again = await runFeeds(feedConfig({ trusted: true }), deps(), 2);
    expect(again).toEqual([{ feed: 'Django weblog', ok: true, drafted: [] }]);
  });

  it('drafts entries published after the first run, oldest first, up to the limit', async () => {
    await runFeeds(feedConfig(), deps(), 1);
    feeds.routes.set('/weblog.rss', { body: rssDocument(9, '2026-12-05T12:00:00Z') });
    const later = await runFeeds(feedConfig(), deps(), 3);
    expect(later[0]).toMatchObject({
      ok: true,
      drafted: [{ title: 'News number 6' }, { title: 'News number 7' }, { title: 'News number 8' }],
    });
    const rest = await runFeeds(feedConfig(), deps(), 3);
    expect(rest[0]).toMatchObject({ ok: true, drafted: [{ title: 'News number 9' }] });
    expect(pulls()).toHaveLength(5);
  });

  it('keeps one pull request per entry when a run dies between opening PRs and writing the state', async () => {
    const crashing = new CrashBeforeStateWrite(gh.octokit, { owner: 'django', repo: 'social' });
    const crashed = await runFeeds(feedConfig(), deps(crashing), 3);
    expect(crashed[0]).toMatchObject({ ok: false, error: expect.stringContaining('simulated crash') });
    expect(pulls()).toHaveLength(3);
    expect(state()).toBeNull();

    const rerun = await runFeeds(feedConfig(), deps(), 3);
    expect(rerun[0]).toMatchObject({
      ok: true,
      drafted: [{ title: 'News number 3' }, { title: 'News number 4' }, { title: 'News number 5' }],
    });
    expect(pulls()).toHaveLength(3);
    expect(new Set(pulls().map((p) => p.headRef)).size).toBe(3);
    expect(state()?.seen).toHaveLength(5);
  });

  it('commits a trusted feed straight to the default branch, into its folder under posts/feeds/ (publish.trusted_paths), once', async () => {
    const trusted = feedConfig({ trusted: true, platforms: ['mastodon', 'bluesky'] });
    const result = await runFeeds(trusted, deps(), 2);
    expect(result[0]).toMatchObject({
      ok: true,
      drafted: [
        { path: 'posts/feeds/django-weblog/2026-11-30-news-number-4.md' },
        { path: 'posts/feeds/django-weblog/2026-12-01-news-number-5.md' },
      ],
    });
    expect(pulls()).toEqual([]);
    expect(mainFiles().get('posts/feeds/django-weblog/2026-12-01-news-number-5.md')).toContain('platforms: [mastodon, bluesky]');
    const head = gh.repo.branches.get('main');
    await runFeeds(trusted, deps(), 2);
    expect(gh.repo.branches.get('main')).toBe(head);
  });

  it("never overwrites a post that already holds the draft's path, nor loses an entry with the same title", async () => {
    gh.github.state.pushToDefaultBranch(gh.repo, { 'posts/feeds/django-weblog/2026-12-01-news-number-2.md': 'a member wrote this\n' });
    const twins = rssDocument(2).replace('News number 1', 'News number 2').replace('2026-11-30', '2026-12-01');
    feeds.routes.set('/weblog.rss', {
      body: twins.replace(/<pubDate>[^<]+<\/pubDate>/g, '<pubDate>Tue, 01 Dec 2026 12:00:00 GMT</pubDate>'),
    });
    const trusted = feedConfig({ trusted: true });
    const first = await runFeeds(trusted, deps(), 5);
    const paths = first[0]!.ok ? first[0]!.drafted.map((d) => d.path) : [];
    expect(paths).toHaveLength(2);
    for (const path of paths) expect(path).toMatch(/^posts\/feeds\/django-weblog\/2026-12-01-news-number-2-[0-9a-f]{6}\.md$/);
    expect(new Set(paths).size).toBe(2);
    expect(mainFiles().get('posts/feeds/django-weblog/2026-12-01-news-number-2.md')).toBe('a member wrote this\n');
    const head = gh.repo.branches.get('main');
    await runFeeds(trusted, deps(), 5);
    expect(gh.repo.branches.get('main')).toBe(head);
    for (const path of paths) expect(mainFiles().get(path)).toContain('News number 2');
  });

  it('reports a broken feed and still runs the others', async () => {
    feeds.routes.set('/broken.rss', { body: '<rss><channel><item><title>x</item></channel></rss>' });
    const config = feedConfig();
    config.feeds = [
      { ...config.feeds[0]!, name: 'Broken', url: `${feeds.url}/broken.rss` },
      ...config.feeds,
      { ...config.feeds[0]!, name: 'Missing', url: `${feeds.url}/nope.rss` },
    ];
    const d = deps();
    const outcomes = await runFeeds(config, d, 1);
    expect(outcomes.map((o) => [o.feed, o.ok])).toEqual([
      ['Broken', false],
      ['Django weblog', true],
      ['Missing', false],
    ]);
    expect(outcomes[0]).toMatchObject({ error: expect.stringMatching(/not well-formed XML at line 1/) });
    expect(outcomes[2]).toMatchObject({ error: expect.stringMatching(/answered HTTP 404/) });
    expect(d.logs.some((l) => l.startsWith(`feed "Broken" (${feeds.url}/broken.rss)`))).toBe(true);
    expect(pulls()).toHaveLength(1);
  });

  it('fails when the token may not write contents, saying so', async () => {
    const readOnly = gh.github.auth.issueToken({
      login: 'github-actions[bot]',
      appId: 15368,
      permissions: { metadata: 'read', contents: 'read' },
    });
    const { octokitFor } = await import('../helpers/fake-github/repo-routes.ts');
    const outcomes = await runFeeds(
      feedConfig(),
      deps(new RepoWriter(octokitFor(gh.github, readOnly), { owner: 'django', repo: 'social' })),
      1,
    );
    expect(outcomes[0]).toMatchObject({ ok: false, error: expect.stringContaining('Resource not accessible by integration') });
    gh.github.violations.splice(0);
  });
});
