// Small readings of a platform's config shared by the adapters whose posts have a title and a fixed
// destination (Pinterest board, Reddit subreddit, Facebook Page, Instagram user).
import { HeraldError } from '../core/errors.ts';
import type { PlatformConfig, PlatformId } from '../core/types.ts';
import type { PartRequest } from './types.ts';

/** `platforms.<id>.<name>` as text, or a HeraldError saying where to set it. */
export function requireOption(platform: PlatformId, config: PlatformConfig, name: string, example: string): string {
  const value = config.options[name];
  const text = value === undefined ? '' : String(value).trim();
  if (text === '') {
    throw new HeraldError(`${platform}: platforms.${platform}.${name} is not set`, {
      hint: `Set it in .github/herald.yml, e.g. ${name}: ${example}`,
    });
  }
  return text;
}

/** The post's `title`, else its first non-empty line without markdown heading marks, cut to `max` characters. */
export function titleOf(request: PartRequest, max: number): string {
  const line = request.rendition.title ?? request.part.text.split('\n').find((l) => l.trim() !== '') ?? request.rendition.postId;
  const plain = line.replace(/^#+\s*/, '').trim();
  return [...plain].length > max ? `${[...plain].slice(0, max - 1).join('')}…` : plain;
}

/** The first http(s) URL in a text, for platforms with a separate link field. */
export function firstUrl(text: string): string | undefined {
  return /https?:\/\/[^\s<>"')\]]+/.exec(text)?.[0]?.replace(/[.,;:!?]+$/, '');
}
