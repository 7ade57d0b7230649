import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  CredentialsError,
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/platforms/credentials.ts
var CREDENTIAL_VARIABLES = {
  mastodon: ["MASTODON_ACCESS_TOKEN"],
  bluesky: ["BLUESKY_IDENTIFIER", "BLUESKY_APP_PASSWORD"],
  // OAuth 1.0a user context: these never expire, which suits an unattended Action.
  x: ["X_API_KEY", "X_API_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_TOKEN_SECRET"],
  linkedin: ["LINKEDIN_ACCESS_TOKEN"],
  threads: ["THREADS_ACCESS_TOKEN"],
  discord: ["DISCORD_WEBHOOK_URL"],
  slack: ["SLACK_BOT_TOKEN"],
  discourse: ["DISCOURSE_API_KEY"],
  facebook: ["FACEBOOK_PAGE_ACCESS_TOKEN"],
  instagram: ["INSTAGRAM_ACCESS_TOKEN"],
  // A "script" app's OAuth client and the posting account (password grant): Reddit's documented way for a bot.
  reddit: ["REDDIT_CLIENT_ID", "REDDIT_CLIENT_SECRET", "REDDIT_USERNAME", "REDDIT_PASSWORD"],
  pinterest: ["PINTEREST_ACCESS_TOKEN"]
};
var OPTIONAL_CREDENTIAL_VARIABLES = {
  // Lets findPart read the channel after a crash; without it a webhook cannot be searched.
  discord: ["DISCORD_BOT_TOKEN"]
};
var SHAPED_STAND_INS = {
  DISCORD_WEBHOOK_URL: "https://discord.com/api/webhooks/0/<DISCORD_WEBHOOK_URL>"
};
function standInCredentials() {
  const names = Object.values(CREDENTIAL_VARIABLES).flat();
  return Object.fromEntries(names.map((name) => [name, SHAPED_STAND_INS[name] ?? `<${name}>`]));
}
function secretValues(env) {
  const names = [...Object.values(CREDENTIAL_VARIABLES), ...Object.values(OPTIONAL_CREDENTIAL_VARIABLES)].flat();
  return names.flatMap((name) => {
    const value = env[name];
    return value ? [value] : [];
  });
}
function requireCredentials(platform, env) {
  const names = CREDENTIAL_VARIABLES[platform];
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    const list = missing.join(", ");
    throw new CredentialsError(platform, `missing ${missing.length === 1 ? "secret" : "secrets"} ${list}`, {
      hint: `Add ${list} to the repository's Actions secrets (see docs/credentials.md for the narrowest scopes), or disable ${platform} in .github/herald.yml.`
    });
  }
  const found = {};
  for (const name of [...names, ...OPTIONAL_CREDENTIAL_VARIABLES[platform] ?? []]) {
    const value = env[name]?.trim();
    if (value) found[name] = value;
  }
  return found;
}
function requireServer(platform, server, fallback) {
  const value = server ?? fallback;
  if (!value) {
    throw new HeraldError(`${platform}: no server configured (platforms.${platform}.server)`, {
      hint: `Set platforms.${platform}.server in .github/herald.yml (e.g. https://example.social).`
    });
  }
  return value.replace(/\/+$/, "");
}

export {
  CREDENTIAL_VARIABLES,
  OPTIONAL_CREDENTIAL_VARIABLES,
  standInCredentials,
  secretValues,
  requireCredentials,
  requireServer
};
