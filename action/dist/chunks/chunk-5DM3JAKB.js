import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/core/errors.ts
var HeraldError = class extends Error {
  name = "HeraldError";
  hint;
  constructor(message, options = {}) {
    super(message, { cause: options.cause });
    this.hint = options.hint;
  }
};
var InputError = class extends HeraldError {
  name = "InputError";
  span;
  constructor(span, message, options = {}) {
    super(`${span.file}:${span.line}:${span.column}: ${message}`, options);
    this.span = span;
  }
};
var CredentialsError = class extends HeraldError {
  name = "CredentialsError";
  platform;
  constructor(platform, message, options = {}) {
    super(`${platform}: ${message}`, options);
    this.platform = platform;
  }
};
var PlatformError = class extends HeraldError {
  name = "PlatformError";
  platform;
  status;
  retryable;
  /** Seconds the platform asked us to wait (Retry-After). */
  retryAfter;
  constructor(platform, message, options = {}) {
    super(`${platform}: ${message}`, options);
    this.platform = platform;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
    this.retryAfter = options.retryAfter;
  }
};
var UnsafeFetchError = class extends HeraldError {
  name = "UnsafeFetchError";
};

export {
  HeraldError,
  InputError,
  CredentialsError,
  PlatformError,
  UnsafeFetchError
};
