import { describe, expect, it } from 'vitest';
import { CredentialsError } from '../../src/core/errors.ts';
import {
  CREDENTIAL_VARIABLES,
  requireCredentials,
  requireServer,
  secretValues,
  standInCredentials,
} from '../../src/platforms/credentials.ts';

describe('platform credentials', () => {
  it('names every missing variable and where to add it', () => {
    const error = (() => {
      try {
        requireCredentials('x', { X_API_KEY: 'k', X_ACCESS_TOKEN: '  ' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CredentialsError);
    expect(String(error)).toContain('x: missing secrets X_API_SECRET, X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET');
    expect((error as CredentialsError).hint).toContain('docs/credentials.md');
  });

  it('returns required and optional secrets when present', () => {
    expect(requireCredentials('discord', { DISCORD_WEBHOOK_URL: 'u', DISCORD_BOT_TOKEN: 'b', OTHER: 'o' })).toEqual({
      DISCORD_WEBHOOK_URL: 'u',
      DISCORD_BOT_TOKEN: 'b',
    });
  });

  it('has a stand-in for every required secret that names it and holds no secret', () => {
    const standIns = standInCredentials();
    for (const name of Object.values(CREDENTIAL_VARIABLES).flat()) expect(standIns[name], name).toContain(`<${name}>`);
    expect(standIns.DISCORD_WEBHOOK_URL).toMatch(/^https:\/\/discord\.com\/api\/webhooks\/\d+\//);
  });

  it('lists the secret values present, for masking', () => {
    expect(secretValues({ SLACK_BOT_TOKEN: 'xoxb', HOME: '/root' })).toEqual(['xoxb']);
  });

  it('needs a server for self-hosted platforms and trims the trailing slash', () => {
    expect(requireServer('mastodon', 'https://example.social/')).toBe('https://example.social');
    expect(() => requireServer('mastodon', undefined)).toThrow(/platforms.mastodon.server/);
  });
});
