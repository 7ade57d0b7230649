// measure(): a text's length exactly as the platform's server counts it, against its limit.
import type { Count, PlatformId, PlatformLimits } from '../types.ts';
import { PROFILES } from '../profiles.ts';
import { countBluesky } from './bluesky.ts';
import { countMastodon } from './mastodon.ts';
import { countCodePoints, countDiscourse, countLinkedIn, countThreads } from './simple.ts';
import { countX } from './x.ts';

export function measure(
  platform: PlatformId,
  text: string,
  limits: PlatformLimits,
  extra: { contentWarning?: string; urlLength?: number } = {},
): Count {
  const full = withDefaults(platform, limits);
  switch (platform) {
    case 'x':
      return countX(text, full);
    case 'mastodon':
      return countMastodon(text, full, extra.contentWarning ?? '', extra.urlLength);
    case 'bluesky':
      return countBluesky(text, full);
    case 'threads':
      return countThreads(text, full);
    case 'linkedin':
      return countLinkedIn(text, full);
    case 'discourse':
      return countDiscourse(text, full);
    case 'discord':
    case 'slack':
    case 'facebook':
    case 'instagram':
    case 'reddit':
    case 'pinterest':
      return countCodePoints(text, full);
  }
}

function withDefaults(platform: PlatformId, limits: PlatformLimits): Required<PlatformLimits> {
  const defaults = PROFILES[platform].defaults;
  return {
    characters: limits.characters ?? defaults.characters,
    bytes: limits.bytes ?? defaults.bytes,
    altText: limits.altText ?? defaults.altText,
    media: limits.media ?? defaults.media,
  };
}
