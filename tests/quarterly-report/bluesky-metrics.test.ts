// Engagement from a real local Bluesky PDS. Counts live in the AppView, which a bare PDS does not run: the
// report must then list Bluesky's numbers as missing, with the reason, instead of printing empty figures.
import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../src/core/quarterly-report/published.ts';
import { createBlueskyAdapter } from '../../src/platforms/bluesky.ts';
import { collectMetrics } from '../../src/quarterly-report/metrics.ts';
import { useLocalPds } from '../helpers/pds.ts';

const pds = useLocalPds('herald-report.test');

describe('collectMetrics with Bluesky on a local PDS', () => {
  it('lists engagement and followers as missing, saying the AppView did not answer', async () => {
    const record = await pds.owner.post({ text: 'Django 6.0 is out', createdAt: '2026-08-20T14:00:00.000Z' });
    const adapter = createBlueskyAdapter(
      { id: 'bluesky', enabled: true, server: pds.url, limits: {}, options: {} },
      { BLUESKY_IDENTIFIER: pds.handle, BLUESKY_APP_PASSWORD: pds.appPassword },
    );
    const delivery: Delivery = {
      postId: '2026-08-20-release',
      platform: 'bluesky',
      date: '2026-08-20',
      url: `https://bsky.app/profile/${pds.handle}/post/x`,
      parts: 1,
    };
    const logs: string[] = [];
    const result = await collectMetrics(
      [delivery],
      new Map([['2026-08-20-release/bluesky', record.uri]]),
      new Map([['bluesky', adapter]]),
      { fetch: globalThis.fetch, log: (m) => logs.push(m), readMedia: () => Promise.reject(new Error('no media')) },
    );
    expect(result.engagement).toEqual([]);
    expect(result.followers).toEqual({});
    expect(result.missing.map((m) => m.what)).toEqual(['engagement of 1 post', 'followers']);
    expect(result.missing[0]!.reason).toMatch(/^2026-08-20-release: bluesky: no engagement for .*app\.bsky\.feed\.getPosts/);
    expect(result.missing[1]!.reason).toContain('served by the AppView');
    expect(logs).toHaveLength(1);
  });
});
