// What each platform is, as data: default limits, which post features it has, how its text is
// formatted. Sources for every number are in docs/platforms.md.
import type { PlatformConfig, PlatformId, PlatformLimits } from './types.ts';

/** How markdown becomes the text the platform receives (see src/core/render). */
type TextFormat = 'plain' | 'bluesky' | 'markdown' | 'slack' | 'linkedin';

export interface PlatformProfile {
  id: PlatformId;
  name: string;
  /** `bytes` is Infinity where the platform has no byte limit. */
  defaults: Required<PlatformLimits>;
  /** Replies to itself, so a post's parts become a thread; otherwise parts are joined. */
  threads: boolean;
  /** Has a content-warning field (Mastodon's spoiler_text); otherwise the warning is prepended. */
  contentWarning: boolean;
  visibility: boolean;
  /** Accepts the post's language. */
  language: boolean;
  format: TextFormat;
  /** What `used` counts, for people. */
  unit: string;
  /** Fewest characters a post may have (Discourse's min_post_length), 0 for none. */
  minCharacters: number;
  /** Most links one post may carry, Infinity for no limit. */
  maxLinks: number;
  /** Takes a poll with the post (the first part): longest option, longest duration in hours, multiple choice. */
  polls?: { optionLength: number; maxHours: number; multiple: boolean };
  /** Has a native spoiler for text and media (Threads' text_entities / is_spoiler_media) to hide warned content behind. */
  spoiler?: boolean;
  /** Posts have a title (front matter `title`, else the first line): this many characters at most. */
  title?: number;
  /** A video or animated GIF must be a post's only media (X: up to 4 photos, 1 animated GIF or 1 video). */
  animatedAlone?: boolean;
  /** Why the platform's API cannot take a post's alt text (so none is sent), where it cannot. */
  noAltText?: string;
}

const NO_BYTES = Number.POSITIVE_INFINITY;

export const PROFILES: Record<PlatformId, PlatformProfile> = {
  mastodon: {
    id: 'mastodon',
    name: 'Mastodon',
    format: 'plain',
    defaults: { characters: 500, bytes: NO_BYTES, altText: 1500, media: 4 },
    threads: true,
    contentWarning: true,
    visibility: true,
    language: true,
    unit: 'characters (URLs count 23, @user@domain counts as @user)',
    minCharacters: 0,
    maxLinks: Infinity,
    polls: { optionLength: 50, maxHours: 24 * 7, multiple: true },
  },
  bluesky: {
    id: 'bluesky',
    name: 'Bluesky',
    format: 'bluesky',
    defaults: { characters: 300, bytes: 3000, altText: 2000, media: 4 },
    threads: true,
    contentWarning: false,
    visibility: false,
    language: true,
    unit: 'graphemes',
    minCharacters: 0,
    maxLinks: Infinity,
  },
  x: {
    id: 'x',
    name: 'X',
    format: 'plain',
    defaults: { characters: 280, bytes: NO_BYTES, altText: 1000, media: 4 },
    threads: true,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'weighted characters (twitter-text v3)',
    minCharacters: 0,
    maxLinks: Infinity,
    animatedAlone: true,
    polls: { optionLength: 25, maxHours: 24 * 7, multiple: false },
  },
  linkedin: {
    id: 'linkedin',
    name: 'LinkedIn',
    format: 'linkedin',
    defaults: { characters: 3000, bytes: NO_BYTES, altText: 4086, media: 20 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'UTF-16 code units of the displayed text',
    minCharacters: 0,
    maxLinks: Infinity,
  },
  threads: {
    id: 'threads',
    name: 'Threads',
    format: 'plain',
    defaults: { characters: 500, bytes: NO_BYTES, altText: 1000, media: 20 },
    threads: true,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'characters (emoji count their UTF-8 bytes)',
    minCharacters: 0,
    maxLinks: 5,
    spoiler: true,
    polls: { optionLength: 25, maxHours: 24, multiple: false },
  },
  discord: {
    id: 'discord',
    name: 'Discord',
    format: 'markdown',
    defaults: { characters: 2000, bytes: NO_BYTES, altText: 1024, media: 10 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'characters',
    minCharacters: 0,
    maxLinks: Infinity,
  },
  slack: {
    id: 'slack',
    name: 'Slack',
    format: 'slack',
    defaults: { characters: 3000, bytes: NO_BYTES, altText: 2000, media: 10 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'characters of the mrkdwn section text',
    minCharacters: 0,
    maxLinks: Infinity,
  },
  discourse: {
    id: 'discourse',
    name: 'Discourse',
    format: 'markdown',
    defaults: { characters: 32000, bytes: NO_BYTES, altText: 1000, media: 50 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'characters',
    minCharacters: 20,
    maxLinks: Infinity,
  },
  facebook: {
    id: 'facebook',
    name: 'Facebook',
    format: 'plain',
    // Each photo's alt text goes as alt_text_custom; Graph documents no length limit for it.
    defaults: { characters: 63206, bytes: NO_BYTES, altText: NO_BYTES, media: 10 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'characters',
    minCharacters: 0,
    maxLinks: Infinity,
  },
  instagram: {
    id: 'instagram',
    name: 'Instagram',
    format: 'plain',
    defaults: { characters: 2200, bytes: NO_BYTES, altText: 1000, media: 10 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'characters of the caption',
    minCharacters: 0,
    maxLinks: Infinity,
  },
  reddit: {
    id: 'reddit',
    name: 'Reddit',
    format: 'markdown',
    // One image per post (kind=image); Reddit's API takes no alt text, so none is limited (rule alt-text-sent).
    defaults: { characters: 40000, bytes: NO_BYTES, altText: NO_BYTES, media: 1 },
    noAltText: "Reddit's API takes no alt text for images (neither POST /api/media/asset.json nor POST /api/submit has a field for it)",
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'characters of the text post',
    minCharacters: 0,
    maxLinks: Infinity,
    title: 300,
  },
  pinterest: {
    id: 'pinterest',
    name: 'Pinterest',
    format: 'plain',
    defaults: { characters: 800, bytes: NO_BYTES, altText: 500, media: 1 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: 'characters of the description',
    minCharacters: 0,
    maxLinks: Infinity,
    title: 100,
  },
};

/** Discourse refuses topic titles longer than this (max_topic_title_length, the default and maximum). */
export const DISCOURSE_TITLE_MAX = 255;

/** The limits in force for a configured platform: each config override, else the profile default. */
export function limitsFor(platform: PlatformConfig): Required<PlatformLimits> {
  const defaults = PROFILES[platform.id].defaults;
  const override = platform.limits ?? {};
  return {
    characters: override.characters ?? defaults.characters,
    bytes: override.bytes ?? defaults.bytes,
    altText: override.altText ?? defaults.altText,
    media: override.media ?? defaults.media,
  };
}
