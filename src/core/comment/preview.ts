// Per-platform previews of one post: the text as a reader will see it (wrapped, in quote blocks),
// platforms that receive the very same thing grouped under one heading, counts in one line, media
// as small thumbnails with their alt text and credit.
import type { Count, Media, PlatformId, Rendition } from '../types.ts';
import { addressLink, blobUrl, escapeAttribute, escapeInline, quoteLines } from './escape.ts';

export const PLATFORM_NAMES: Record<PlatformId, string> = {
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  x: 'X',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  discord: 'Discord',
  slack: 'Slack',
  discourse: 'Discourse',
  facebook: 'Facebook',
  instagram: 'Instagram',
  reddit: 'Reddit',
  pinterest: 'Pinterest',
};

/** Thumbnails are this many CSS pixels wide: enough to recognise the image, small enough to scroll past. */
export const THUMBNAIL_WIDTH = 120;

export interface MediaLinks {
  repoUrl: string;
  headSha: string;
}

export function countFits(count: Count): boolean {
  const withinBytes = !count.bytes || count.bytes.used <= count.bytes.limit;
  return count.used <= count.limit && withinBytes && count.invalidAt === undefined;
}

export function renditionFits(rendition: Rendition): boolean {
  return rendition.parts.every((p) => countFits(p.count));
}

/** "247/280" or "247/300 · 280/3000 bytes". */
export function countText(count: Count): string {
  const bytes = count.bytes ? ` · ${count.bytes.used}/${count.bytes.limit} bytes` : '';
  return `${count.used}/${count.limit}${bytes}`;
}

/** The count in a summary: bytes only where they are the limit that is exceeded. */
function briefCount(count: Count): string {
  return count.bytes && count.bytes.used > count.bytes.limit ? countText(count) : `${count.used}/${count.limit}`;
}

/** One platform's counts: "✅ Mastodon 247/500" or "❌ X thread of 2: 290/280, 12/280". */
export function renditionSummary(rendition: Rendition): string {
  const icon = renditionFits(rendition) ? '✅' : '❌';
  const name = PLATFORM_NAMES[rendition.platform];
  const [only] = rendition.parts;
  if (rendition.parts.length === 1 && only) return `${icon} ${name} ${briefCount(only.count)}`;
  return `${icon} ${name} ${rendition.parts.map((p) => briefCount(p.count)).join(' + ')}`;
}

/** Renditions that would show the same preview (same parts, media and context), in first-seen order. */
export function groupRenditions(renditions: Rendition[]): Rendition[][] {
  const groups = new Map<string, Rendition[]>();
  for (const rendition of renditions) {
    const key = JSON.stringify([
      rendition.parts.map((p) => [p.text, p.media.map((m) => [m.path, m.alt, m.credit ?? '', m.kind])]),
      rendition.contentWarning ?? '',
      rendition.replyTo ?? '',
      rendition.quote ?? '',
      rendition.repost ?? '',
    ]);
    const group = groups.get(key);
    if (group) group.push(rendition);
    else groups.set(key, [rendition]);
  }
  return [...groups.values()];
}

/** The image GitHub shows to anyone who can read the repository: the file at the head commit, raw. */
function thumbnail(media: Media, links: MediaLinks): string {
  const href = blobUrl(links.repoUrl, links.headSha, media.path);
  if (media.kind === 'video') return `[🎞️ ${escapeInline(media.path.split('/').pop() ?? media.path)}](${href})`;
  const alt = media.alt.trim() ? media.alt : `${media.kind} without alt text: ${media.path}`;
  return `<a href="${escapeAttribute(href)}"><img src="${escapeAttribute(`${href}?raw=true`)}" width="${THUMBNAIL_WIDTH}" alt="${escapeAttribute(alt)}"></a>`;
}

function mediaNote(media: Media, index: number, count: number): string {
  const number = count > 1 ? `${index + 1}. ` : '';
  const alt = media.alt.trim() ? `**Alt text:** ${escapeInline(media.alt)}` : '**❌ No alt text**';
  const credit = media.credit ? ` · **Credit:** ${escapeInline(media.credit)}` : '';
  return `<sub>${number}${alt}${credit}</sub>`;
}

/** The part's media: thumbnails side by side, then each one's alt text and credit. */
function mediaBlock(media: Media[], links: MediaLinks): string {
  return `${media.map((m) => thumbnail(m, links)).join(' ')}\n${media.map((m, i) => mediaNote(m, i, media.length)).join('\n')}`;
}

function contextLines(rendition: Rendition): string[] {
  const lines: string[] = [];
  if (rendition.contentWarning) lines.push(`**Content warning:** ${escapeInline(rendition.contentWarning)}`);
  if (rendition.replyTo) lines.push(`**Reply to:** ${addressLink(rendition.replyTo)}`);
  if (rendition.quote) lines.push(`**Quotes:** ${addressLink(rendition.quote)}`);
  if (rendition.repost) lines.push(`**Reposts:** ${addressLink(rendition.repost)}`);
  return lines;
}

/** What is wrong with a part on each platform of the group, one line each; empty when it fits everywhere. */
function partProblems(group: Rendition[], index: number): string[] {
  return group.flatMap((rendition) => {
    const count = rendition.parts[index]?.count;
    if (!count || countFits(count)) return [];
    const name = PLATFORM_NAMES[rendition.platform];
    if (count.invalidAt !== undefined) return [`❌ ${name} refuses character ${count.invalidAt + 1}`];
    const from = count.overflowAt !== undefined ? ` from character ${count.overflowAt + 1}` : '';
    return [`❌ ${name}: ${countText(count)}, over the limit${from}`];
  });
}

/** One group's preview: heading with the platform names, the counts line, then each part quoted. */
export function groupPreview(group: Rendition[], links: MediaLinks, open: boolean): string {
  const [first] = group;
  if (!first) return '';
  const fits = group.every(renditionFits) ? '✅' : '❌';
  const names = group.map((r) => PLATFORM_NAMES[r.platform]).join(' · ');
  const thread = first.parts.length > 1 ? ` · thread of ${first.parts.length}` : '';
  const body: string[] = [group.map(renditionSummary).join(' · '), ...contextLines(first)];
  first.parts.forEach((part, i) => {
    const label = first.parts.length > 1 ? [`**${i + 1}/${first.parts.length}**`] : [];
    const problems = partProblems(group, i);
    if (label.length > 0 || problems.length > 0) body.push([...label, ...problems].join(' · '));
    const quoted = quoteLines(part.text);
    body.push(quoted.some((l) => l !== '') ? quoted.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n') : '> *(no text)*');
    if (part.media.length > 0) body.push(mediaBlock(part.media, links));
  });
  return `<details${open ? ' open' : ''}><summary>${fits} <b>${escapeInline(names)}</b>${thread}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}

/** Every group of a post's renditions. */
export function previews(renditions: Rendition[], links: MediaLinks, open: boolean): string {
  return groupRenditions(renditions)
    .map((group) => groupPreview(group, links, open))
    .join('\n\n');
}
