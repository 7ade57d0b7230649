import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/profiles.ts
var NO_BYTES = Number.POSITIVE_INFINITY;
var PROFILES = {
  mastodon: {
    id: "mastodon",
    name: "Mastodon",
    format: "plain",
    defaults: { characters: 500, bytes: NO_BYTES, altText: 1500, media: 4 },
    threads: true,
    contentWarning: true,
    visibility: true,
    language: true,
    unit: "characters (URLs count 23, @user@domain counts as @user)",
    minCharacters: 0,
    maxLinks: Infinity,
    polls: { optionLength: 50, maxHours: 24 * 7, multiple: true }
  },
  bluesky: {
    id: "bluesky",
    name: "Bluesky",
    format: "bluesky",
    defaults: { characters: 300, bytes: 3e3, altText: 2e3, media: 4 },
    threads: true,
    contentWarning: false,
    visibility: false,
    language: true,
    unit: "graphemes",
    minCharacters: 0,
    maxLinks: Infinity
  },
  x: {
    id: "x",
    name: "X",
    format: "plain",
    defaults: { characters: 280, bytes: NO_BYTES, altText: 1e3, media: 4 },
    threads: true,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "weighted characters (twitter-text v3)",
    minCharacters: 0,
    maxLinks: Infinity,
    animatedAlone: true,
    polls: { optionLength: 25, maxHours: 24 * 7, multiple: false }
  },
  linkedin: {
    id: "linkedin",
    name: "LinkedIn",
    format: "linkedin",
    defaults: { characters: 3e3, bytes: NO_BYTES, altText: 4086, media: 20 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "UTF-16 code units of the displayed text",
    minCharacters: 0,
    maxLinks: Infinity
  },
  threads: {
    id: "threads",
    name: "Threads",
    format: "plain",
    defaults: { characters: 500, bytes: NO_BYTES, altText: 1e3, media: 20 },
    threads: true,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "characters (emoji count their UTF-8 bytes)",
    minCharacters: 0,
    maxLinks: 5,
    spoiler: true,
    polls: { optionLength: 25, maxHours: 24, multiple: false }
  },
  discord: {
    id: "discord",
    name: "Discord",
    format: "markdown",
    defaults: { characters: 2e3, bytes: NO_BYTES, altText: 1024, media: 10 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "characters",
    minCharacters: 0,
    maxLinks: Infinity
  },
  slack: {
    id: "slack",
    name: "Slack",
    format: "slack",
    defaults: { characters: 3e3, bytes: NO_BYTES, altText: 2e3, media: 10 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "characters of the mrkdwn section text",
    minCharacters: 0,
    maxLinks: Infinity
  },
  discourse: {
    id: "discourse",
    name: "Discourse",
    format: "markdown",
    defaults: { characters: 32e3, bytes: NO_BYTES, altText: 1e3, media: 50 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "characters",
    minCharacters: 20,
    maxLinks: Infinity
  },
  facebook: {
    id: "facebook",
    name: "Facebook",
    format: "plain",
    // Each photo's alt text goes as alt_text_custom; Graph documents no length limit for it.
    defaults: { characters: 63206, bytes: NO_BYTES, altText: NO_BYTES, media: 10 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "characters",
    minCharacters: 0,
    maxLinks: Infinity
  },
  instagram: {
    id: "instagram",
    name: "Instagram",
    format: "plain",
    defaults: { characters: 2200, bytes: NO_BYTES, altText: 1e3, media: 10 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "characters of the caption",
    minCharacters: 0,
    maxLinks: Infinity
  },
  reddit: {
    id: "reddit",
    name: "Reddit",
    format: "markdown",
    // One image per post (kind=image); Reddit's API takes no alt text, so none is limited (rule alt-text-sent).
    defaults: { characters: 4e4, bytes: NO_BYTES, altText: NO_BYTES, media: 1 },
    noAltText: "Reddit's API takes no alt text for images (neither POST /api/media/asset.json nor POST /api/submit has a field for it)",
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "characters of the text post",
    minCharacters: 0,
    maxLinks: Infinity,
    title: 300
  },
  pinterest: {
    id: "pinterest",
    name: "Pinterest",
    format: "plain",
    defaults: { characters: 800, bytes: NO_BYTES, altText: 500, media: 1 },
    threads: false,
    contentWarning: false,
    visibility: false,
    language: false,
    unit: "characters of the description",
    minCharacters: 0,
    maxLinks: Infinity,
    title: 100
  }
};
function limitsFor(platform) {
  const defaults = PROFILES[platform.id].defaults;
  const override = platform.limits ?? {};
  return {
    characters: override.characters ?? defaults.characters,
    bytes: override.bytes ?? defaults.bytes,
    altText: override.altText ?? defaults.altText,
    media: override.media ?? defaults.media
  };
}

// src/core/rules/platforms.ts
function platformConfig(config, id) {
  return config.platforms.find((platform) => platform.id === id);
}
function limitsOf(config, id) {
  return limitsFor(platformConfig(config, id) ?? { id, enabled: true, limits: {}, options: {} });
}
function platformName(id) {
  return PROFILES[id].name;
}
function postTargets(post, config) {
  return post.platforms ?? config.platforms.filter((p) => p.enabled && !p.retired).map((p) => p.id);
}

export {
  PROFILES,
  limitsFor,
  platformConfig,
  limitsOf,
  platformName,
  postTargets
};
