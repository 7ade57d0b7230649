// One line per failure that names the post, the platform, and the platform's own words.
import { HeraldError } from '../core/errors.ts';
import type { PlatformId } from '../core/types.ts';

export function failureMessage(file: string, platform: PlatformId, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const own = message.startsWith(`${platform}: `) ? message.slice(platform.length + 2) : message;
  const hint = error instanceof HeraldError && error.hint ? ` (${error.hint})` : '';
  return `${file} → ${platform}: ${own}${hint}`;
}
