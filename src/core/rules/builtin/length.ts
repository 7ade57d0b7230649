// Each part, as rendered for each platform, fits the platform's limit (characters and, for Bluesky, bytes).
import { excerpt, placeAt, type Place } from '../position.ts';
import { PROFILES } from '../../profiles.ts';
import type { PlatformId, Post, RenderedPart, Rendition } from '../../types.ts';
import type { Draft, Rule } from '../types.ts';

/** Where in the source file rendered offset `offset` of `part` is; the part's start when it cannot be told. */
function sourcePlace(post: Post, rendition: Rendition, part: RenderedPart, offset: number): Place {
  const sources = post.overrides[rendition.platform] ?? post.parts;
  const source = sources.find((s) => s.line === part.line && s.column === part.column);
  if (source && source.text === part.text) return placeAt(source.text, offset, source);
  // The renderer changed the text (markdown links, joined parts): find the overflowing words in the source.
  const probe = part.text.slice(offset, offset + 16);
  for (const candidate of source ? [source, ...sources] : sources) {
    const at = probe.trim() ? candidate.text.indexOf(probe) : -1;
    if (at !== -1) return placeAt(candidate.text, at, candidate);
  }
  return { line: part.line, column: part.column };
}

/** Platforms that join a thread's parts into one message gain nothing from splitting; the others do. */
function lengthHint(platform: PlatformId, parts: number): string {
  if (!PROFILES[platform].threads)
    return `Shorten the text, or add a shorter override for ${platform} (${platform} joins a thread's parts into one message).`;
  if (parts > 1) return 'Shorten this part or move text to the next part.';
  return `Shorten the text, or add a shorter override for ${platform}, or split it into a thread (a line with only ---).`;
}

export const length: Rule = {
  id: 'length',
  description: 'Every part of every rendition fits the platform limit (characters as the platform counts them, and bytes).',
  rationale: 'A platform refuses a post over its limit, so publishing would fail after the vote.',
  defaultSeverity: 'error',
  options: {},
  check({ post, renditions }) {
    const findings: Draft[] = [];
    for (const rendition of renditions) {
      const { platform, parts } = rendition;
      parts.forEach((part, index) => {
        const which = parts.length > 1 ? `part ${index + 1} is ` : '';
        const { count } = part;
        const overs: [string, number, number, string][] = [];
        if (count.used > count.limit) overs.push([which, count.used, count.limit, '']);
        if (count.bytes && count.bytes.used > count.bytes.limit) overs.push([which, count.bytes.used, count.bytes.limit, ' bytes']);
        for (const [prefix, used, limit, unit] of overs) {
          const offset = count.overflowAt ?? part.text.length;
          const place = sourcePlace(post, rendition, part, offset);
          findings.push({
            ...place,
            platform,
            message:
              `${platform}: ${prefix}${used}/${limit}${unit} (${used - limit} over); ` +
              `the overflow starts at line ${place.line} col ${place.column} '${excerpt(part.text, offset)}'`,
            hint: lengthHint(platform, parts.length),
          });
        }
        if (count.invalidAt !== undefined) {
          const code = part.text.codePointAt(count.invalidAt) ?? 0;
          const place = sourcePlace(post, rendition, part, count.invalidAt);
          findings.push({
            ...place,
            platform,
            message: `${platform}: ${parts.length > 1 ? `part ${index + 1} ` : ''}contains U+${code.toString(16).toUpperCase().padStart(4, '0')}, which ${platform} refuses`,
            hint: 'Delete the invisible character (often pasted from a word processor).',
          });
        }
      });
    }
    return { findings };
  },
};
