// Retiring a platform end to end (Jupyter leaving X): the farewell post is published like any post; once the
// config marks the platform retired, nothing more goes there, `herald check` warns about posts that still
// target it, and the report keeps its history.
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { quarterPeriod } from '../../src/core/quarterly-report/period.ts';
import { renderReport } from '../../src/core/quarterly-report/render.ts';
import type { ReportPeriod } from '../../src/core/quarterly-report/types.ts';
import { readLedgerEntries } from '../../src/ledger/read-all.ts';
import { captureIO } from '../cli/_io.ts';
import { harness, loadConfig, runOnce, type Harness } from '../publish/_harness.ts';
import { heraldConfig, threadPost } from '../publish/_repo.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('retiring a platform', () => {
  it('publishes the farewell, then nothing more there; check warns; the report keeps the history', async () => {
    h = await harness(['mastodon', 'x'], {
      'posts/2026-11-20-farewell-x.md': threadPost(['We are moving to Mastodon: follow us there!'], { platforms: ['x', 'mastodon'] }),
    });
    const farewellConfig = h.repo.git('show', 'HEAD:.github/herald.yml');
    const farewell = await runOnce(
      { dir: h.repo.dir, env: h.env, factories: h.factories, now: new Date('2026-11-20T10:00:00Z') },
      loadConfig(h.repo.dir, farewellConfig),
    );
    expect(farewell.failed).toBe(false);
    expect(h.servers['x']!.posts).toHaveLength(1);

    // The retirement PR, voted like any config change, then a post that still lists x.
    const retired = heraldConfig({ mastodon: h.servers['mastodon']!.url, x: h.servers['x']!.url }).replace(
      `  x:\n    server: ${h.servers['x']!.url}\n`,
      `  x:\n    server: ${h.servers['x']!.url}\n    retired: { since: 2026-11-21, successor: mastodon }\n`,
    );
    expect(retired).toContain('retired: { since: 2026-11-21');
    const before = h.repo.git('rev-parse', 'HEAD').trim();
    h.repo.commit(
      {
        '.github/herald.yml': retired,
        'posts/2026-11-22-sprint.md': threadPost(['Sprint this weekend'], { platforms: ['x', 'mastodon'] }),
      },
      'retire x; sprint post',
    );
    const after = await runOnce(
      { dir: h.repo.dir, env: h.env, factories: h.factories, before, now: new Date('2026-11-22T10:00:00Z') },
      loadConfig(h.repo.dir, retired),
    );
    expect(after.failed).toBe(false);
    const sprint = after.posts.find((p) => p.postId === '2026-11-22-sprint')!;
    // x is not a target at all (no rendition is made for a retired platform); the plan's `skipped` does not
    // list it either, so the Action's summary is silent about it (reported to the publish code owner).
    expect(sprint.plan.status === 'publish' && sprint.plan.targets.map((t) => t.platform)).toEqual(['mastodon']);
    expect(h.servers['x']!.posts).toHaveLength(1);
    expect(h.servers['mastodon']!.posts).toHaveLength(2);

    const io = captureIO(h.repo.dir, new Date('2026-11-22T12:00:00Z'));
    expect(await run(['check', 'posts/2026-11-22-sprint.md'], io)).toBe(0);
    expect(io.stdout()).toMatch(
      /warning\s+x was retired on 2026-11-21 \(the group moved to mastodon\): this post will not be published there/,
    );

    const config = loadConfig(h.repo.dir, retired);
    const period = quarterPeriod('2026Q4') as ReportPeriod;
    const report = renderReport({
      period,
      timezone: 'UTC',
      platforms: config.platforms,
      roster: [],
      policy: config.approval,
      ledger: await readLedgerEntries(h.repo.dir),
      votes: [],
      failures: [],
      engagement: [],
      followers: {},
      missing: [],
      chartFile: '2026Q4.svg',
    });
    expect(report.markdown).toContain('| X | 0 | 1 | 0 | 1 |');
    expect(report.markdown).toContain('| Mastodon | 0 | 2 | 0 | 2 |');
    expect(report.markdown).toContain('- X retired since 2026-11-21 (moved to Mastodon); its history stays in this report');
  });
});
