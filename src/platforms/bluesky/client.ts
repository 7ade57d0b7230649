// One logged-in session per adapter, made with the app password, whose HTTP goes through the
// context's fetch; and the translation of XRPC failures into Herald's typed errors.
import { AtpAgent, XRPCError } from '@atproto/api';
import { CredentialsError, PlatformError } from '../../core/errors.ts';
import type { AdapterContext } from '../types.ts';
import { parseRetryAfter } from '../http.ts';

export interface Session {
  agent: AtpAgent;
  did: string;
}

const CREDENTIALS_HINT =
  'Set BLUESKY_IDENTIFIER (the handle or DID) and BLUESKY_APP_PASSWORD (an app password from Settings → ' +
  "Privacy and security → App passwords, never the account password) in the repository's Actions secrets.";

export class BlueskyClient {
  readonly service: string;
  readonly identifier: string;
  readonly #password: string;
  #ctx: AdapterContext | undefined;
  #session: Promise<Session> | undefined;

  constructor(service: string, identifier: string, password: string) {
    this.service = service;
    this.identifier = identifier;
    this.#password = password;
  }

  /** The session, logging in on first use; every request goes through `ctx.fetch`. */
  session(ctx: AdapterContext): Promise<Session> {
    this.#ctx = ctx;
    this.#session ??= this.#login().catch((error: unknown) => {
      this.#session = undefined;
      throw error;
    });
    return this.#session;
  }

  async #login(): Promise<Session> {
    const agent = new AtpAgent({
      service: this.service,
      fetch: (input, init) => {
        const ctx = this.#ctx!;
        return ctx.fetch(input, ctx.signal && !init?.signal ? { ...init, signal: ctx.signal } : init);
      },
    });
    try {
      await agent.login({ identifier: this.identifier, password: this.#password });
    } catch (error) {
      if (error instanceof XRPCError && (error.status === 401 || error.status === 400)) {
        throw new CredentialsError('bluesky', `login as ${this.identifier} at ${this.service} refused: ${serverMessage(error)}`, {
          cause: error,
          hint: CREDENTIALS_HINT,
        });
      }
      throw toPlatformError(error, `login as ${this.identifier} at ${this.service}`);
    }
    const session = agent.session!;
    if (tokenScope(session.accessJwt) === 'com.atproto.access') {
      throw new CredentialsError('bluesky', `BLUESKY_APP_PASSWORD is the main password of ${this.identifier}, not an app password`, {
        hint: CREDENTIALS_HINT,
      });
    }
    return { agent, did: session.did };
  }
}

/** The `scope` claim of an access token: app passwords get com.atproto.appPass*, the main password com.atproto.access. */
function tokenScope(jwt: string): string | undefined {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { scope?: unknown };
    return typeof payload.scope === 'string' ? payload.scope : undefined;
  } catch {
    return undefined;
  }
}

export function serverMessage(error: XRPCError): string {
  return error.error && error.error !== error.message ? `${error.message} (${error.error})` : error.message;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof XRPCError && (error.error === 'RecordNotFound' || error.message.startsWith('Could not locate record'));
}

/** Converts an XRPC or network failure into a PlatformError naming what Herald was doing. */
export function toPlatformError(error: unknown, doing: string): PlatformError {
  if (error instanceof PlatformError || error instanceof CredentialsError) return error as PlatformError;
  if (!(error instanceof XRPCError)) {
    const message = error instanceof Error ? error.message : String(error);
    return new PlatformError('bluesky', `${doing} failed: ${message}`, { cause: error, retryable: true });
  }
  // XRPC reports "no answer" as status 1 (Unknown); 429 and 5xx are worth another try.
  const status = error.status > 1 ? error.status : undefined;
  const retryable = status === undefined || status === 429 || status >= 500;
  return new PlatformError('bluesky', `${doing} failed with ${status ?? 'no answer'}: ${serverMessage(error)}`, {
    cause: error,
    status,
    retryable,
    retryAfter: retryAfter(error.headers),
  });
}

function retryAfter(headers: Record<string, string | undefined> | undefined): number | undefined {
  if (!headers) return undefined;
  const explicit = parseRetryAfter(headers['retry-after'] ?? null, Date.now());
  if (explicit !== undefined) return explicit;
  // atproto services send ratelimit-reset: the epoch second the window reopens.
  const reset = Number(headers['ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, Math.ceil(reset - Date.now() / 1000)) : undefined;
}
