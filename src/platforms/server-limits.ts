// Reads the limits servers publish about themselves, for previews and checks: Mastodon's public
// GET /api/v2/instance (no token). The server address comes from the config, which a pull request
// may change, so it goes through safeFetch (public addresses only, bounded). One reader per run
// keeps its answers: a run asks each server once, and the next run asks again.
import { safeFetch, type SafeFetchOptions } from '../net/safe-fetch.ts';
import { mastodonInstanceLimits, withServerLimits, type ServerReading } from '../core/server-limits.ts';
import type { HeraldConfig, PlatformId } from '../core/types.ts';

export type ServerFetchOptions = Partial<Pick<SafeFetchOptions, 'allowPrivateAddresses' | 'lookup' | 'timeoutMs'>>;

const INSTANCE_FETCH: SafeFetchOptions = { maxBytes: 1_000_000, timeoutMs: 5000, maxRedirects: 3, accept: 'application/json' };

export type ServerLimitsReader = (config: HeraldConfig) => Promise<{ config: HeraldConfig; notes: string[] }>;

export function serverLimitsReader(options: ServerFetchOptions = {}): ServerLimitsReader {
  const asked = new Map<string, Promise<ServerReading>>();
  const read = (url: string) => {
    let reading = asked.get(url);
    if (!reading) asked.set(url, (reading = readInstance(url, options)));
    return reading;
  };
  return async (config) => {
    const readings: Partial<Record<PlatformId, ServerReading>> = {};
    for (const platform of config.platforms) {
      if (platform.id !== 'mastodon' || !platform.enabled || !platform.server) continue;
      readings[platform.id] = await read(`${platform.server}/api/v2/instance`);
    }
    return withServerLimits(config, readings);
  };
}

async function readInstance(url: string, options: ServerFetchOptions): Promise<ServerReading> {
  try {
    const response = await safeFetch(url, { ...INSTANCE_FETCH, ...options });
    if (response.status !== 200) return { url, error: `answered ${response.status}` };
    const limits = mastodonInstanceLimits(JSON.parse(new TextDecoder().decode(response.body)));
    return limits ? { url, limits } : { url, error: 'no configuration.statuses.max_characters in the answer' };
  } catch (error) {
    return { url, error: error instanceof Error ? error.message : String(error) };
  }
}
