// Bounded retries with backoff for platform calls: attempts AND total time, honouring Retry-After.
import { PlatformError } from '../core/errors.ts';

export interface RetryPolicy {
  attempts: number;
  /** Give up rather than wait past this many milliseconds in all. */
  maxTotalMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, maxTotalMs: 120_000, baseDelayMs: 1_000, maxDelayMs: 30_000 };

export interface RetryHooks {
  sleep(ms: number): Promise<void>;
  log(message: string): void;
  /**
   * Before retrying after an ambiguous failure (5xx, network), which may have created the post:
   * returns a result when the platform already has it, so the retry is not sent.
   */
  recheck?: () => Promise<unknown>;
}

/** A failure after which the request may still have taken effect on the platform. */
function ambiguous(error: unknown): boolean {
  return !(error instanceof PlatformError && error.status === 429);
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof PlatformError) return error.retryable;
  // fetch's own failures (connection refused or reset, timeouts) carry no status: worth another try.
  return error instanceof TypeError || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'));
}

export async function withRetry<T>(call: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks): Promise<T> {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRetryable(error) || attempt >= policy.attempts) throw error;
      const asked = error instanceof PlatformError && error.retryAfter !== undefined ? error.retryAfter * 1000 : undefined;
      const delay = asked ?? Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
      if (waited + delay > policy.maxTotalMs) throw error;
      hooks.log(`attempt ${attempt} failed (${(error as Error).message}); retrying in ${Math.round(delay / 100) / 10}s`);
      await hooks.sleep(delay);
      waited += delay;
      if (hooks.recheck && ambiguous(error)) {
        const found = await hooks.recheck();
        if (found !== undefined) return found as T;
      }
    }
  }
}
