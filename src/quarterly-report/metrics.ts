// Engagement and follower counts from each platform that exposes them. Fails soft per platform: a platform
// without an adapter method, without credentials, or whose API errors is listed as missing, with the reason.
import type { EngagementRecord, MissingMetric } from '../core/quarterly-report/types.ts';
import type { Delivery } from '../core/quarterly-report/published.ts';
import type { PlatformId } from '../core/types.ts';
import type { AdapterContext, PlatformAdapter } from '../platforms/types.ts';

interface MetricsResult {
  engagement: EngagementRecord[];
  followers: Partial<Record<PlatformId, number>>;
  missing: MissingMetric[];
}

/** `adapters` maps each platform to its adapter, or to the reason there is none (e.g. missing credentials). */
export async function collectMetrics(
  deliveries: Delivery[],
  ledgerIds: Map<string, string>,
  adapters: Map<PlatformId, PlatformAdapter | string>,
  ctx: AdapterContext,
): Promise<MetricsResult> {
  const result: MetricsResult = { engagement: [], followers: {}, missing: [] };
  const platforms = [...new Set(deliveries.map((d) => d.platform))];
  await Promise.all(
    platforms.map((platform) =>
      collectFor(
        platform,
        deliveries.filter((d) => d.platform === platform),
        ledgerIds,
        adapters.get(platform),
        ctx,
        result,
      ),
    ),
  );
  result.engagement.sort((a, b) => a.postId.localeCompare(b.postId) || a.platform.localeCompare(b.platform));
  result.missing.sort((a, b) => a.platform.localeCompare(b.platform) || a.what.localeCompare(b.what));
  return result;
}

async function collectFor(
  platform: PlatformId,
  list: Delivery[],
  ledgerIds: Map<string, string>,
  adapter: PlatformAdapter | string | undefined,
  ctx: AdapterContext,
  result: MetricsResult,
): Promise<void> {
  if (adapter === undefined || typeof adapter === 'string') {
    result.missing.push({ platform, what: 'engagement and followers', reason: adapter ?? 'no adapter configured' });
    return;
  }
  if (adapter.followers) {
    try {
      result.followers[platform] = await adapter.followers(ctx);
    } catch (error) {
      result.missing.push({ platform, what: 'followers', reason: message(error) });
    }
  } else {
    result.missing.push({ platform, what: 'followers', reason: `${platform} has no API for follower counts` });
  }
  const metrics = adapter.metrics?.bind(adapter);
  if (!metrics) {
    result.missing.push({ platform, what: 'engagement', reason: `${platform} has no API for engagement figures` });
    return;
  }
  const failures: string[] = [];
  for (const delivery of list) {
    const id = ledgerIds.get(`${delivery.postId}/${platform}`);
    if (!id) continue;
    // An adapter may answer {} and log why (Bluesky without an AppView): that is a missing number too.
    const logged: string[] = [];
    const own: AdapterContext = { ...ctx, log: (m) => (logged.push(m), ctx.log(m)) };
    try {
      const figures = await metrics({ index: 0, id, url: delivery.url }, own);
      if (figures.likes === undefined && figures.reposts === undefined && figures.replies === undefined) {
        failures.push(`${delivery.postId}: ${logged.at(-1) ?? `${platform} returned no figures`}`);
      } else {
        result.engagement.push({ postId: delivery.postId, platform, url: delivery.url, ...figures });
      }
    } catch (error) {
      failures.push(`${delivery.postId}: ${message(error)}`);
    }
  }
  if (failures.length)
    result.missing.push({
      platform,
      what: `engagement of ${failures.length} post${failures.length === 1 ? '' : 's'}`,
      reason: failures.slice(0, 3).join('; '),
    });
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
