// What every CLI command gets from the outside world, injected so tests run commands in-process.
import type { ServerFetchOptions } from '../platforms/server-limits.ts';
import type { Style } from './style.ts';

export interface CliIO {
  /** The repository's root (found from where the command was run, like git does): what every path is relative to. */
  cwd: string;
  /** Where the command was run, when below the root: paths on the command line are relative to it. */
  here?: string;
  env: Record<string, string | undefined>;
  now: Date;
  out(text: string): void;
  err(text: string): void;
  style: Style;
  /** How check and preview read servers' own limits (tests: loopback stand-ins; offline: not at all). */
  net?: ServerFetchOptions & { offline?: boolean };
  /** A person at a terminal (stdin and stdout are TTYs): commands may ask what the flags left out. */
  interactive?: boolean;
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
