// Limits a server publishes about itself (Mastodon's GET /api/v2/instance), merged into the config
// as data, with a note saying where each platform's limits came from. Pure: the edge fetches.
import type { HeraldConfig, PlatformConfig, PlatformId, PlatformLimits } from './types.ts';
import { PROFILES } from './profiles.ts';

export interface ServerLimits {
  characters?: number;
  /** Characters each URL counts as (Mastodon's characters_reserved_per_url). */
  urlLength?: number;
  media?: number;
  altText?: number;
}

/** What the edge found for one platform's server: its limits, or why there are none. */
export type ServerReading = { url: string; limits: ServerLimits } | { url: string; error: string };

/** Mastodon's instance API (v2): configuration.statuses and configuration.media_attachments. */
export function mastodonInstanceLimits(json: unknown): ServerLimits | undefined {
  const configuration = (json as { configuration?: Record<string, Record<string, unknown> | undefined> } | null)?.configuration;
  const statuses = configuration?.['statuses'];
  if (!statuses) return undefined;
  const media = configuration['media_attachments'] ?? {};
  const limits: ServerLimits = {};
  const take = (key: keyof ServerLimits, value: unknown) => {
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) limits[key] = value;
  };
  take('characters', statuses['max_characters']);
  take('urlLength', statuses['characters_reserved_per_url']);
  take('media', statuses['max_media_attachments']);
  take('altText', media['description_limit']);
  return limits.characters === undefined ? undefined : limits;
}

/** The config with each platform's server limits in force (server, else config, else default), and one note per platform read. */
export function withServerLimits(
  config: HeraldConfig,
  readings: Partial<Record<PlatformId, ServerReading>>,
): { config: HeraldConfig; notes: string[] } {
  const notes: string[] = [];
  const platforms = config.platforms.map((platform): PlatformConfig => {
    const reading = readings[platform.id];
    if (!reading) return platform;
    const name = PROFILES[platform.id].name;
    if ('limits' in reading) {
      const { urlLength, ...limits } = reading.limits;
      notes.push(`${name}: limits from ${reading.url}: ${describe({ ...limits, urlLength })}`);
      return { ...platform, limits: { ...platform.limits, ...limits }, ...(urlLength ? { urlLength } : {}) };
    }
    const own = Object.keys(platform.limits).length > 0;
    const fallback = own
      ? `the config's limits (${describe(platform.limits)})`
      : `Herald's defaults (${describe(PROFILES[platform.id].defaults)})`;
    notes.push(`${name}: ${reading.url} not read (${reading.error}); counting with ${fallback}`);
    return platform;
  });
  return { config: { ...config, platforms }, notes };
}

function describe(limits: PlatformLimits & { urlLength?: number | undefined }): string {
  const parts = [
    limits.characters !== undefined ? `${limits.characters} characters` : undefined,
    limits.urlLength !== undefined ? `URLs count ${limits.urlLength}` : undefined,
    limits.media !== undefined ? `${limits.media} media` : undefined,
    limits.altText !== undefined ? `alt text ${limits.altText}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}
