// renderPost(): exactly what one platform receives for one post, with counts. Pure.
import { measure } from '../count/index.ts';
import { limitsFor, PROFILES, type PlatformProfile } from '../profiles.ts';
import type { HeraldConfig, Media, PlatformConfig, Post, PostPart, RenderedPart, Rendition } from '../types.ts';
import { blueskyFacets } from './bluesky-facets.ts';
import { escapeLittle, escapeSlack, toBluesky, toLinkedIn, toPlain, toSlack, type LinkRange } from './formats.ts';
import { parseInline } from './markdown.ts';

/** Platforms a post goes to: its own list (or all), enabled, not retired, in config order. */
export function targetPlatforms(post: Post, config: HeraldConfig): PlatformConfig[] {
  return config.platforms.filter((p) => p.enabled && !p.retired && (post.platforms === undefined || post.platforms.includes(p.id)));
}

/** How parts are joined for a platform without threads: a blank line, like paragraphs. */
const PART_JOINER = '\n\n';

export function renderPost(post: Post, platform: PlatformConfig): Rendition {
  const profile = PROFILES[platform.id];
  const limits = limitsFor(platform);
  const source = post.overrides[platform.id] ?? post.parts;
  const warning = post.contentWarning?.trim() || undefined;
  const texts = source.map((part) => formatPart(part, profile));
  const parts = profile.threads ? source.map((part, i) => ({ part, media: part.media, ...texts[i]! })) : [joined(source, texts)];
  let spoilerFrom: number | undefined;
  if (warning && !profile.contentWarning && parts[0]) {
    const prefix = warningPrefix(warning, profile);
    spoilerFrom = prefix.length;
    parts[0].text = prefix + parts[0].text;
    parts[0].links = parts[0].links.map((l) => ({ ...l, start: l.start + prefix.length, end: l.end + prefix.length }));
  }
  const rendered: RenderedPart[] = parts.map(({ part, text, links, media }) => ({
    text,
    media,
    facets: profile.format === 'bluesky' ? blueskyFacets(text, links) : [],
    count: measure(platform.id, text, limits, {
      ...(profile.contentWarning && warning ? { contentWarning: warning } : {}),
      ...(platform.urlLength ? { urlLength: platform.urlLength } : {}),
    }),
    line: part.line,
    column: part.column,
  }));
  const rendition: Rendition = {
    platform: platform.id,
    postId: post.id,
    file: post.file,
    parts: rendered,
    linkCard: post.linkCard,
  };
  if (warning && profile.contentWarning) rendition.contentWarning = warning;
  if (post.language && profile.language) rendition.language = post.language;
  if (post.visibility && profile.visibility) rendition.visibility = post.visibility;
  if (post.replyTo) rendition.replyTo = post.replyTo;
  if (post.quote) rendition.quote = post.quote;
  if (post.repost) rendition.repost = post.repost;
  if (post.title && profile.title) rendition.title = post.title;
  if (post.poll && profile.polls) rendition.poll = post.poll;
  if (spoilerFrom !== undefined && profile.spoiler) rendition.spoiler = { firstPartFrom: spoilerFrom };
  return rendition;
}

interface Formatted {
  text: string;
  links: LinkRange[];
}

function formatPart(part: PostPart, profile: PlatformProfile): Formatted {
  switch (profile.format) {
    case 'markdown':
      return { text: part.text.includes('\r') ? part.text.replace(/\r\n?/g, '\n') : part.text, links: [] };
    case 'plain':
      return { text: toPlain(parseInline(part.text)), links: [] };
    case 'bluesky':
      return toBluesky(parseInline(part.text));
    case 'slack':
      return { text: toSlack(parseInline(part.text)), links: [] };
    case 'linkedin':
      return { text: toLinkedIn(parseInline(part.text)), links: [] };
  }
}

function joined(source: PostPart[], texts: Formatted[]) {
  const first = source[0] ?? { text: '', media: [], line: 1, column: 1 };
  const media: Media[] = [];
  for (const part of source) for (const m of part.media) media.push(m);
  return {
    part: first,
    text: texts.length === 1 ? (texts[0] as Formatted).text : texts.map((t) => t.text).join(PART_JOINER),
    links: [] as LinkRange[],
    media,
  };
}

/** Platforms without a content-warning field get it as the first line: `CW: <warning>` and a blank line. */
function warningPrefix(warning: string, profile: PlatformProfile): string {
  const shown = profile.format === 'slack' ? escapeSlack(warning) : profile.format === 'linkedin' ? escapeLittle(warning) : warning;
  return `CW: ${shown}${PART_JOINER}`;
}
