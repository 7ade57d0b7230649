// Which secret environment variables each platform needs, and the presence check every adapter
// factory runs before anything is sent. Scopes and how to create each secret: docs/credentials.md.
import { CredentialsError, HeraldError } from '../core/errors.ts';
import type { PlatformId } from '../core/types.ts';

export const CREDENTIAL_VARIABLES: Record<PlatformId, readonly string[]> = {
  mastodon: ['MASTODON_ACCESS_TOKEN'],
  bluesky: ['BLUESKY_IDENTIFIER', 'BLUESKY_APP_PASSWORD'],
  // OAuth 1.0a user context: these never expire, which suits an unattended Action.
  x: ['X_API_KEY', 'X_API_SECRET', 'X_ACCESS_TOKEN', 'X_ACCESS_TOKEN_SECRET'],
  linkedin: ['LINKEDIN_ACCESS_TOKEN'],
  threads: ['THREADS_ACCESS_TOKEN'],
  discord: ['DISCORD_WEBHOOK_URL'],
  slack: ['SLACK_BOT_TOKEN'],
  discourse: ['DISCOURSE_API_KEY'],
  facebook: ['FACEBOOK_PAGE_ACCESS_TOKEN'],
  instagram: ['INSTAGRAM_ACCESS_TOKEN'],
  // A "script" app's OAuth client and the posting account (password grant): Reddit's documented way for a bot.
  reddit: ['REDDIT_CLIENT_ID', 'REDDIT_CLIENT_SECRET', 'REDDIT_USERNAME', 'REDDIT_PASSWORD'],
  pinterest: ['PINTEREST_ACCESS_TOKEN'],
};

/** Secrets a platform can use when present, never required. */
export const OPTIONAL_CREDENTIAL_VARIABLES: Partial<Record<PlatformId, readonly string[]>> = {
  // Lets findPart read the channel after a crash; without it a webhook cannot be searched.
  discord: ['DISCORD_BOT_TOKEN'],
};

/** Secrets whose adapter checks their shape, as a stand-in of that shape that holds no secret. */
const SHAPED_STAND_INS: Record<string, string> = {
  DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/0/<DISCORD_WEBHOOK_URL>',
};

/** An environment of stand-ins for every required secret: adapters build, and describe() shows only names. */
export function standInCredentials(): Record<string, string> {
  const names = Object.values(CREDENTIAL_VARIABLES).flat();
  return Object.fromEntries(names.map((name) => [name, SHAPED_STAND_INS[name] ?? `<${name}>`]));
}

/** Every secret value Herald may read, for masking in logs. */
export function secretValues(env: Record<string, string | undefined>): string[] {
  const names = [...Object.values(CREDENTIAL_VARIABLES), ...Object.values(OPTIONAL_CREDENTIAL_VARIABLES)].flat();
  return names.flatMap((name) => {
    const value = env[name];
    return value ? [value] : [];
  });
}

/** Returns the platform's secrets by name, or throws naming every missing variable. */
export function requireCredentials(platform: PlatformId, env: Record<string, string | undefined>): Record<string, string> {
  const names = CREDENTIAL_VARIABLES[platform];
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    const list = missing.join(', ');
    throw new CredentialsError(platform, `missing ${missing.length === 1 ? 'secret' : 'secrets'} ${list}`, {
      hint: `Add ${list} to the repository's Actions secrets (see docs/credentials.md for the narrowest scopes), or disable ${platform} in .github/herald.yml.`,
    });
  }
  const found: Record<string, string> = {};
  for (const name of [...names, ...(OPTIONAL_CREDENTIAL_VARIABLES[platform] ?? [])]) {
    const value = env[name]?.trim();
    if (value) found[name] = value;
  }
  return found;
}

/** The server URL a platform needs from the config (Mastodon, Discourse), or throws saying where to set it. */
export function requireServer(platform: PlatformId, server: string | undefined, fallback?: string): string {
  const value = server ?? fallback;
  if (!value) {
    throw new HeraldError(`${platform}: no server configured (platforms.${platform}.server)`, {
      hint: `Set platforms.${platform}.server in .github/herald.yml (e.g. https://example.social).`,
    });
  }
  return value.replace(/\/+$/, '');
}
