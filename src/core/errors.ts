// Typed errors, one class per kind, with `cause`. Each says what, where, and what to do.
import type { PlatformId, SourceSpan } from './types.ts';

export class HeraldError extends Error {
  override name = 'HeraldError';
  readonly hint: string | undefined;
  constructor(message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, { cause: options.cause });
    this.hint = options.hint;
  }
}

/** A post or config file that cannot be read as Herald expects. */
export class InputError extends HeraldError {
  override name = 'InputError';
  readonly span: SourceSpan;
  constructor(span: SourceSpan, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(`${span.file}:${span.line}:${span.column}: ${message}`, options);
    this.span = span;
  }
}

/** A platform's credentials are missing or rejected. */
export class CredentialsError extends HeraldError {
  override name = 'CredentialsError';
  readonly platform: PlatformId;
  constructor(platform: PlatformId, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(`${platform}: ${message}`, options);
    this.platform = platform;
  }
}

/** A platform refused or failed a request. `retryable` drives the backoff. */
export class PlatformError extends HeraldError {
  override name = 'PlatformError';
  readonly platform: PlatformId;
  readonly status: number | undefined;
  readonly retryable: boolean;
  /** Seconds the platform asked us to wait (Retry-After). */
  readonly retryAfter: number | undefined;
  constructor(
    platform: PlatformId,
    message: string,
    options: { cause?: unknown; hint?: string; status?: number; retryable?: boolean; retryAfter?: number } = {},
  ) {
    super(`${platform}: ${message}`, options);
    this.platform = platform;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.retryAfter = options.retryAfter;
  }
}

/** A fetch refused for safety: private address, too large, too slow. */
export class UnsafeFetchError extends HeraldError {
  override name = 'UnsafeFetchError';
}
