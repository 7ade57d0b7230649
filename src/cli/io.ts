// What every CLI command gets from the outside world, injected so tests run commands in-process.
import type { ServerFetchOptions } from '../platforms/server-limits.ts';
import type { Style } from './style.ts';

export interface CliIO {
  cwd: string;
  env: Record<string, string | undefined>;
  now: Date;
  out(text: string): void;
  err(text: string): void;
  style: Style;
  /** How check and preview read servers' own limits (tests: loopback stand-ins; offline: not at all). */
  net?: ServerFetchOptions & { offline?: boolean };
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
