// GitHub's rate-limit answers, on demand: a test queues "the next N requests of this kind are
// limited" and the fake answers them as GitHub documents (docs.github.com, "Rate limits for the REST
// API" and "Rate limits and node limits for the GraphQL API"):
// - primary, REST: 403 with x-ratelimit-remaining: 0 and x-ratelimit-reset (epoch seconds);
// - primary, GraphQL: 200 with an error of type RATE_LIMITED and the same headers;
// - secondary, REST and GraphQL: 403 "You have exceeded a secondary rate limit" with retry-after.
// A client that sends the same request again before the time GitHub gave is kept as a violation.

export type LimitKind = 'primary' | 'secondary';
export type LimitApi = 'rest' | 'graphql';

export interface LimitRule {
  kind: LimitKind;
  api: LimitApi;
  /** How many matching requests get the limit answer. */
  times: number;
  /** Only requests of this operationId (REST) or whose query contains this text (GraphQL). */
  match?: string;
  /** Seconds to wait, as retry-after (secondary) or until x-ratelimit-reset (primary). Default 1. */
  seconds?: number;
}

export interface LimitAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

export class FakeLimits {
  readonly #rules: LimitRule[] = [];
  /** Request key → epoch ms before which a repeat is too early. */
  readonly #notBefore = new Map<string, number>();
  /** How many limit answers were sent. */
  answered = 0;

  /** The next `times` requests that match get GitHub's limit answer. */
  limit(rule: LimitRule): void {
    this.#rules.push({ ...rule });
  }

  /** The answer for a request that passed validation, or undefined to serve it; adds violations. */
  check(api: LimitApi, operation: string, key: string, violations: string[]): LimitAnswer | undefined {
    const notBefore = this.#notBefore.get(key);
    if (notBefore !== undefined) {
      if (Date.now() < notBefore) violations.push(`${operation}: retried ${notBefore - Date.now()} ms before the time GitHub gave`);
      this.#notBefore.delete(key);
    }
    const rule = this.#rules.find((r) => r.api === api && r.times > 0 && (r.match === undefined || operation.includes(r.match)));
    if (!rule) return undefined;
    rule.times--;
    this.answered++;
    const seconds = rule.seconds ?? 1;
    if (rule.kind === 'secondary') {
      this.#notBefore.set(key, Date.now() + seconds * 1000);
      return {
        status: 403,
        headers: { 'retry-after': String(seconds) },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: `${DOCS}#about-secondary-rate-limits`,
        },
      };
    }
    const reset = Math.ceil(Date.now() / 1000) + seconds;
    this.#notBefore.set(key, reset * 1000);
    const headers = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': api === 'graphql' ? 'graphql' : 'core',
    };
    const message = 'API rate limit exceeded for installation ID 77.';
    if (api === 'graphql') return { status: 200, headers, body: { data: null, errors: [{ type: 'RATE_LIMITED', message }] } };
    return { status: 403, headers, body: { message, documentation_url: `${DOCS}#about-primary-rate-limits` } };
  }
}
