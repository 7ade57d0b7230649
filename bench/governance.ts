// Issue 5's figures: a 1,000-entry feed through parse + select + drafts (RSS and JSON Feed), and the
// quarterly report over 10,000 published posts: ledger files read from disk, then rendered (ms, peak RSS).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftPost, selectEntries } from '../src/core/feed-drafts/draft.ts';
import { parseFeed } from '../src/core/feed-drafts/parse-feed.ts';
import { serialiseLedger } from '../src/core/ledger/format.ts';
import type { LedgerEntry } from '../src/core/ledger/types.ts';
import { quarterPeriod } from '../src/core/quarterly-report/period.ts';
import { renderReport } from '../src/core/quarterly-report/render.ts';
import type { ReportPeriod, VoteRecord } from '../src/core/quarterly-report/types.ts';
import type { FeedConfig, PlatformId, RosterMember } from '../src/core/types.ts';
import { readLedgerDir } from '../src/ledger/read-all.ts';
import { defaultConfig } from '../src/core/config/parse.ts';

const ENTRIES = 1000;
const POSTS = 10_000;
const PLATFORMS: PlatformId[] = ['mastodon', 'bluesky', 'x'];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function rss(count: number): string {
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<item><title>Release notes &amp; news ${i}</title><link>https://www.djangoproject.com/weblog/${i}/</link>` +
      `<description>&lt;p&gt;Part ${i} of the &lt;b&gt;news&lt;/b&gt;.&lt;/p&gt;</description>` +
      `<pubDate>${new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toUTCString()}</pubDate><guid>news-${i}</guid></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Weblog</title><language>en</language>${items.join('')}</channel></rss>`;
}

function jsonFeed(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `news-${i}`,
    url: `https://djangogirls.org/news/${i}`,
    title: `Workshop ${i}`,
    summary: `<p>Workshop number ${i}</p>`,
    date_published: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'News', items });
}

function feedRun(text: string, feed: FeedConfig): number {
  const parsed = parseFeed(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const { drafts } = selectEntries(parsed.entries, [], ENTRIES);
  return drafts.map((e) => draftPost(e, feed, '2026-12-01')).length;
}

function time(work: () => unknown, rounds = 5): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] as number;
}

function ledger(period: ReportPeriod): LedgerEntry[] {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  return Array.from({ length: POSTS }, (_, i) => {
    const at = new Date(start + (i * 90 * 86_400_000) / POSTS).toISOString();
    const platforms = Object.fromEntries(
      PLATFORMS.map((p, j) => [
        p,
        [
          {
            index: 0,
            key: `k-${i}-${p}`,
            state: 'live' as const,
            run: '1-1',
            intentAt: at,
            id: `${i}${j}`,
            url: `https://${p}.example/${i}`,
            liveAt: at,
          },
        ],
      ]),
    );
    const failures = i % 50 === 0 ? [{ platform: 'x' as const, run: '0-1', at, message: 'x: 503 over capacity' }] : undefined;
    return {
      postId: `2026-post-${i}`,
      file: `posts/2026-post-${i}.md`,
      contentHash: 'sha256:00',
      platforms,
      ...(failures ? { failures } : {}),
    };
  });
}

function votes(roster: RosterMember[], period: ReportPeriod): VoteRecord[] {
  const start = Date.parse(`${period.start}T08:00:00Z`);
  return Array.from({ length: POSTS / 5 }, (_, i) => {
    const opened = start + i * 3_600_000;
    return {
      number: i + 1,
      title: `post ${i}`,
      author: roster[i % roster.length]!.login,
      openedAt: new Date(opened).toISOString(),
      mergedAt: new Date(opened + 86_400_000).toISOString(),
      reviews: roster.slice(0, 4).map((m, j) => ({
        author: m.login,
        isBot: false,
        state: 'APPROVED' as const,
        submittedAt: new Date(opened + (j + 1) * 3_600_000).toISOString(),
        commitOid: null,
      })),
    };
  });
}

export async function run(): Promise<void> {
  const feed: FeedConfig = { name: 'Weblog', url: 'https://example.org/feed', template: '{title}\n\n{summary}\n\n{url}', trusted: false };
  for (const [kind, text] of [
    ['RSS', rss(ENTRIES)],
    ['JSON Feed', jsonFeed(ENTRIES)],
  ] as const) {
    const ms = time(() => feedRun(text, feed));
    console.log(
      `governance: feed ${ENTRIES.toLocaleString('en-US')}-entry ${kind} (${fmt(text.length / 1024)} KiB), parse + select + drafts: ${ms.toFixed(1)} ms, ${fmt((ENTRIES / ms) * 1000)} entries/s (target ≥ 2,000 entries/s)`,
    );
  }

  const period = quarterPeriod('2026Q3') as ReportPeriod;
  const config = defaultConfig('.github/herald.yml');
  const roster: RosterMember[] = Array.from({ length: 7 }, (_, i) => ({
    login: `member-${i}`,
    roles: ['member'],
    termStart: '2026-01-01',
    termEnd: '2026-12-31',
    admins: [],
    line: 1,
  }));
  const dir = mkdtempSync(join(tmpdir(), 'herald-bench-report-'));
  try {
    mkdirSync(join(dir, 'published'));
    for (const entry of ledger(period)) writeFileSync(join(dir, 'published', `${entry.postId}.yml`), serialiseLedger(entry));
    const readStart = performance.now();
    const read = readLedgerDir(dir);
    const readMs = performance.now() - readStart;
    const input = {
      period,
      timezone: 'Europe/Amsterdam',
      platforms: config.platforms,
      roster,
      policy: config.approval,
      ledger: read,
      votes: votes(roster, period),
      failures: [],
      engagement: [],
      followers: {},
      missing: [],
      chartFile: '2026Q3.svg',
    };
    const renderMs = time(() => renderReport(input), 3);
    const report = renderReport(input);
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `governance: report over ${POSTS.toLocaleString('en-US')} published posts (${fmt(POSTS * PLATFORMS.length)} deliveries, ${fmt(POSTS / 5)} votes): read ledger ${fmt(readMs)} ms + render ${fmt(renderMs)} ms = ${fmt(readMs + renderMs)} ms (target ≤ 10,000 ms); markdown ${fmt(report.markdown.length / 1024)} KiB`,
    );
    console.log(`governance: report peak RSS ${fmt(rssMb)} MB (target ≤ 512 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
