// GitHub's limits, handled by the libraries made for them: @octokit/plugin-throttling (waits out
// primary and secondary rate limits as GitHub's headers say: retry-after, x-ratelimit-reset) and
// @octokit/plugin-retry (5xx). Probot bundles both; Actions-only mode adds them to @octokit/rest.
// Herald's part is the policy: how often and how long to wait, and what to say when it gives up.
//
// Reads: the throttling plugin paces every POST, GraphQL queries included, on its one-a-second
// write limiter. GitHub asks for that pause between *mutative* requests only, so Herald's GraphQL
// reads go through their own client whose `write` group (an override the plugin reads from its
// options) has no pacing; they keep the plugin's concurrency limit and its rate-limit retries.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck';
import { ProbotOctokit } from 'probot';
import { HeraldError } from '../core/errors.ts';
import type { GitHubClient } from '../github/types.ts';

export interface LimitPolicy {
  /** Retries of one request after a rate-limit answer. */
  retriesPerRequest: number;
  /** Longest total wait for rate limits in one evaluation (one Octokit instance), in seconds. */
  totalWaitSeconds: number;
}

export const LIMIT_POLICY: LimitPolicy = { retriesPerRequest: 3, totalWaitSeconds: 60 };

/** What the limit handlers saw on one Octokit instance. */
export interface LimitLog {
  retries: number;
  waitedSeconds: number;
  firstAt: number;
  kind: 'primary' | 'secondary';
}

type Handler = (
  retryAfter: number,
  options: { method?: string; url?: string },
  octokit: { log: { warn(m: string): void } },
  retryCount: number,
) => boolean;

const logs = new WeakMap<object, LimitLog>();

/** The throttle options: retry while within the policy, log every wait, remember it for the error text. */
export function throttleOptions(policy: LimitPolicy = LIMIT_POLICY): { onRateLimit: Handler; onSecondaryRateLimit: Handler } {
  const handler =
    (kind: LimitLog['kind']): Handler =>
    (retryAfter, options, octokit, retryCount) => {
      const log = logs.get(octokit) ?? { retries: 0, waitedSeconds: 0, firstAt: Date.now(), kind };
      log.kind = kind;
      logs.set(octokit, log);
      const retrying = retryCount < policy.retriesPerRequest && log.waitedSeconds + retryAfter <= policy.totalWaitSeconds;
      octokit.log.warn(
        `GitHub ${kind} rate limit on ${options.method} ${options.url}: ${retrying ? `retrying in ${retryAfter} s` : `giving up (asked to wait ${retryAfter} s)`}`,
      );
      if (!retrying) return false;
      log.retries++;
      log.waitedSeconds += retryAfter;
      return true;
    };
  return { onRateLimit: handler('primary'), onSecondaryRateLimit: handler('secondary') };
}

/** GraphQL reads wait for no write: this group replaces the plugin's write limiter for them. */
const UNPACED = new Bottleneck.Group({ maxConcurrent: null, minTime: 0 });

/** Tests only: no pause between writes (1 s) or content-creating writes (3 s). */
const unpaced = { write: UNPACED, notifications: UNPACED };

function installationId(instance: Record<string, unknown>): { id?: string } {
  const id = (instance.auth as { installationId?: number } | undefined)?.installationId;
  return id === undefined ? {} : { id: `installation-${id}` };
}

/** Probot's Octokit with Herald's limit policy (every instance Probot makes for an installation). */
export function probotOctokit(options: { policy?: LimitPolicy; pacedWrites?: boolean } = {}): typeof ProbotOctokit {
  return ProbotOctokit.defaults((instance: Record<string, unknown>) => ({
    ...instance,
    throttle: {
      ...(instance.throttle as object),
      ...throttleOptions(options.policy),
      // GitHub counts secondary limits per installation: pace each installation on its own.
      ...installationId(instance),
      ...(options.pacedWrites === false ? unpaced : {}),
    },
  })) as typeof ProbotOctokit;
}

export const ThrottledOctokit = Octokit.plugin(throttling, retry);
export type ThrottledOctokit = InstanceType<typeof ThrottledOctokit>;

export interface ClientOptions {
  /** A token (Actions' GITHUB_TOKEN), or another client's auth to share (Probot's installation auth). */
  auth: { token: string } | { shared: unknown };
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  log?: { debug(m: string): void; info(m: string): void; warn(m: string): void; error(m: string): void };
  policy?: LimitPolicy;
  /** Tests only: milliseconds per second of wait GitHub asks for (default 1000). */
  retryAfterBaseValue?: number;
  /** Tests only: false leaves writes unpaced (GitHub's one write a second slows tests down). */
  pacedWrites?: boolean;
}

/** An @octokit/rest client with throttling and retry; `reads: true` for the unpaced GraphQL reader. */
export function restOctokit(options: ClientOptions, reads = false): ThrottledOctokit {
  return new ThrottledOctokit({
    ...('token' in options.auth ? { auth: options.auth.token } : { authStrategy: sharedAuth(options.auth.shared) }),
    baseUrl: options.baseUrl,
    ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
    log: options.log ?? { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    throttle: {
      ...throttleOptions(options.policy),
      ...(options.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: options.retryAfterBaseValue }),
      ...(reads ? { write: UNPACED } : {}),
      ...(options.pacedWrites === false ? unpaced : {}),
    },
  });
}

/** Octokit's authStrategy that reuses an existing client's auth (its hook signs every request). */
function sharedAuth(auth: unknown): () => unknown {
  return () => auth;
}

/** Writes (REST) through `writer`, GraphQL reads through `reader`. */
export function splitClient(writer: GitHubClient, reader: GitHubClient): GitHubClient {
  return {
    request: (route, parameters) => writer.request(route, parameters),
    graphql: (query, variables) => reader.graphql(query, variables),
  };
}

export function isRateLimit(error: unknown): boolean {
  const e = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string>; data?: { errors?: { type?: string }[] } };
  };
  if (e?.status === 429) return true;
  if (/secondary rate limit|rate limit exceeded/i.test(e?.message ?? '')) return true;
  if (e?.response?.headers?.['x-ratelimit-remaining'] === '0' && (e.status === 403 || e.status === undefined)) return true;
  return (e?.response?.data?.errors ?? []).some((x) => x.type === 'RATE_LIMITED');
}

/** A rate-limit error with its real cause and what Herald did about it; other errors unchanged. */
export function explainLimit(error: unknown, where: string, clients: object[]): unknown {
  if (!isRateLimit(error)) return error;
  const log = clients.map((c) => logs.get(c)).find((l) => l !== undefined);
  const retries = log?.retries ?? 0;
  const seconds = log ? Math.round((Date.now() - log.firstAt) / 1000) : 0;
  const kind = log?.kind ?? (/secondary/i.test((error as Error).message) ? 'secondary' : 'primary');
  return new HeraldError(
    `${where}: GitHub rate limit (${kind}); retried ${retries} ${retries === 1 ? 'time' : 'times'} over ${seconds} s`,
    {
      cause: error,
      hint: 'Herald waits as GitHub asks, within a bounded time. The vote check keeps its last state (never a pass it did not compute); the next event or a "Re-run" of a Herald check brings it up to date.',
    },
  );
}
