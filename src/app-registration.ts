// `npm start` before the app exists: without APP_ID and a private key the server cannot receive a single
// webhook, so instead of a stack trace it either serves Probot's own registration flow (a page that posts
// app.yml to GitHub as an app manifest; GitHub hands back the id, key and webhook secret, which Probot
// writes to .env) or, in production, says exactly what to set. Kept apart from server.ts, which runs the app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run as probotRun } from 'probot';
import { HeraldError } from './core/errors.ts';

type Env = NodeJS.ProcessEnv;

export const CREDENTIALS_HELP = `Herald needs the GitHub App's credentials:
  APP_ID             the app's id (Settings → Developer settings → GitHub Apps → your app)
  PRIVATE_KEY        its private key (PEM), or PRIVATE_KEY_PATH, the path of the .pem file
  WEBHOOK_SECRET     the webhook secret set on the app
Register the app from app.yml first: run npm start without NODE_ENV=production and open the page it prints
(or see docs/deployment.md, "Register the app").`;

/** The credentials a webhook server needs that `env` lacks. */
export function missingCredentials(env: Env): string[] {
  return [
    !env['APP_ID'] && 'APP_ID',
    !env['PRIVATE_KEY'] && !env['PRIVATE_KEY_PATH'] && 'PRIVATE_KEY (or PRIVATE_KEY_PATH)',
    !env['WEBHOOK_SECRET']?.trim() && 'WEBHOOK_SECRET',
  ].filter((name): name is string => Boolean(name));
}

/** What the registration left in .env (Probot writes it there), loaded unless the environment sets it. */
export function loadDotEnv(cwd: string): void {
  const file = join(cwd, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * The entry of `npm start`: runs the server when the credentials are there, the registration flow when none
 * are (outside production), and otherwise prints what is missing and exits 1.
 */
export async function start(
  env: Env,
  runServer: (env: Env) => Promise<unknown>,
  err: (text: string) => void = (t) => process.stderr.write(t),
): Promise<void> {
  loadDotEnv(process.cwd());
  const missing = missingCredentials(env);
  const production = env['NODE_ENV'] === 'production';
  try {
    // With the app registered, a missing webhook secret is the server's own refusal to explain.
    if (missing.length === 0 || (env['APP_ID'] && missing.length === 1 && missing[0] === 'WEBHOOK_SECRET')) {
      await runServer(env);
      return;
    }
    if (production || env['APP_ID']) throw new HeraldError(`missing ${missing.join(', ')}`, { hint: CREDENTIALS_HELP });
    // Probot's own setup mode. Its smee.io webhook proxy is for development only and needs the network: off unless asked for.
    env['NO_SMEE_SETUP'] ??= 'true';
    await probotRun(() => {}, { env: { ...env, HOST: env['HOST'] ?? '127.0.0.1' } });
    err(`Herald is not registered yet: open the page above to create the GitHub App from app.yml, then restart npm start.\n`);
  } catch (error) {
    const hint = error instanceof HeraldError && error.hint ? `\n${error.hint}` : `\n${CREDENTIALS_HELP}`;
    err(`herald: cannot start the app: ${(error as Error).message}${hint}\n`);
    process.exitCode = 1;
  }
}
