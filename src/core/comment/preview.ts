// Per-platform previews of one post: exact text, counts against the limit, thread parts, media.
import type { Count, Media, PlatformId, Rendition } from '../types.ts';
import { codeBlock, escapeInline } from './escape.ts';

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

/** One-line summary of a rendition: icon, platform, count (or part counts for a thread). */
export function renditionSummary(rendition: Rendition): string {
  const icon = renditionFits(rendition) ? '✅' : '❌';
  const name = PLATFORM_NAMES[rendition.platform];
  const [only] = rendition.parts;
  if (rendition.parts.length === 1 && only) return `${icon} ${name} · ${countText(only.count)}`;
  const counts = rendition.parts.map((p) => p.count.used).join(' + ');
  return `${icon} ${name} · thread of ${rendition.parts.length} (${counts})`;
}

function mediaLine(media: Media): string {
  const alt = media.alt.trim() ? `alt: “${escapeInline(media.alt)}”` : '**no alt text**';
  const credit = media.credit ? ` · credit: ${escapeInline(media.credit)}` : '';
  return `- 🖼️ ${media.kind} ${escapeInline(media.path)} · ${alt}${credit}`;
}

function contextLines(rendition: Rendition): string[] {
  const lines: string[] = [];
  if (rendition.contentWarning) lines.push(`Content warning: ${escapeInline(rendition.contentWarning)}`);
  if (rendition.replyTo) lines.push(`Reply to: ${escapeInline(rendition.replyTo)}`);
  if (rendition.quote) lines.push(`Quotes: ${escapeInline(rendition.quote)}`);
  if (rendition.repost) lines.push(`Reposts: ${escapeInline(rendition.repost)}`);
  return lines;
}

/** The full preview, collapsed in <details> with the summary line always visible. */
export function renditionPreview(rendition: Rendition): string {
  const body: string[] = [...contextLines(rendition)];
  const numbered = rendition.parts.length > 1;
  rendition.parts.forEach((part, i) => {
    const fits = countFits(part.count) ? '✅' : '❌';
    const over =
      part.count.invalidAt !== undefined
        ? ` · character ${part.count.invalidAt + 1} is refused by ${PLATFORM_NAMES[rendition.platform]}`
        : part.count.overflowAt !== undefined && !countFits(part.count)
          ? ` · over the limit from character ${part.count.overflowAt + 1}`
          : '';
    body.push(`${numbered ? `**${i + 1}/${rendition.parts.length}** · ` : ''}${countText(part.count)} ${fits}${over}`);
    body.push(codeBlock(part.text));
    if (part.media.length > 0) body.push(part.media.map(mediaLine).join('\n'));
  });
  return `<details><summary>${renditionSummary(rendition)}</summary>\n\n${body.join('\n\n')}\n\n</details>`;
}
