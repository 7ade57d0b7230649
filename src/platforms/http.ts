// Shared HTTP for the adapters: every request goes through ctx.fetch, and every failure becomes a
// PlatformError that names the platform, carries the platform's own message, and says whether a
// retry can help (429 and 5xx, or no answer at all) and how long the platform asked us to wait.
import { PlatformError } from '../core/errors.ts';
import type { PlatformId } from '../core/types.ts';
import type { AdapterContext } from './types.ts';

export interface HttpCall {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as multipart/form-data or x-www-form-urlencoded (fetch sets the content type). */
  body?: FormData | URLSearchParams | Uint8Array;
}

export interface HttpResult<T> {
  status: number;
  headers: Headers;
  data: T;
}

/** Pulls the human-readable message out of a platform's error body. */
export type ErrorMessageReader = (body: unknown, status: number) => string | undefined;

export async function sendRequest<T>(
  platform: PlatformId,
  ctx: AdapterContext,
  call: HttpCall,
  readMessage: ErrorMessageReader,
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
  let body: RequestInit['body'];
  if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.body !== undefined) {
    body = call.body as RequestInit['body'];
  }
  let response: Response;
  try {
    response = await ctx.fetch(call.url, { method: call.method, headers, body, signal: ctx.signal });
  } catch (error) {
    throw new PlatformError(platform, `${call.method} ${redactUrl(call.url)} got no answer: ${describeCause(error)}`, {
      cause: error,
      retryable: !ctx.signal?.aborted,
      hint: 'The platform may be down or unreachable; a retry is safe because Herald looks for the post first.',
    });
  }
  const text = await response.text();
  const data = parseBody(text);
  if (!response.ok) throw errorFromResponse(platform, call, response, data, readMessage);
  return { status: response.status, headers: response.headers, data: data as T };
}

export function errorFromResponse(
  platform: PlatformId,
  call: Pick<HttpCall, 'method' | 'url'>,
  response: Pick<Response, 'status' | 'headers'>,
  data: unknown,
  readMessage: ErrorMessageReader,
): PlatformError {
  const status = response.status;
  const own = readMessage(data, status) ?? describeBody(data);
  const retryable = status === 429 || status >= 500;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  return new PlatformError(platform, `${call.method} ${redactUrl(call.url)} failed with ${status}: ${own ?? 'no message'}`, {
    status,
    retryable,
    retryAfter,
    hint: hintFor(status, platform),
  });
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

function hintFor(status: number, platform: PlatformId): string | undefined {
  if (status === 401 || status === 403) {
    return `Check the ${platform} credentials in the repository's Actions secrets and their scopes (docs/credentials.md).`;
  }
  if (status === 429) return 'The platform is rate limiting; Herald waits and retries.';
  if (status >= 500) return 'The platform failed; a retry is usually enough.';
  return undefined;
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

/** Webhook URLs carry their secret in the path; never put them in messages or logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.pathname.includes('/webhooks/')) {
      parsed.pathname = parsed.pathname.replace(/\/webhooks\/(\d+)\/[^/]+/, '/webhooks/$1/***');
    }
    parsed.search = '';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}

const MESSAGE_KEYS = ['error_description', 'error', 'message', 'detail', 'title', 'description', 'errors', 'details'];
const MAX_MESSAGE = 300;

/**
 * A readable message from an error body of any shape, for when the platform's own reader finds none:
 * a JSON object (its error/message fields, nested or not), an array of errors, an HTML page (a proxy's
 * or load balancer's: its title, else its text) or plain text. Undefined only for an empty body.
 */
export function describeBody(data: unknown): string | undefined {
  const text = messageIn(data, 0)?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

function messageIn(data: unknown, depth: number): string | undefined {
  if (depth > 4 || data === null || data === undefined) return undefined;
  if (typeof data === 'string') return /^\s*</.test(data) ? htmlText(data) : data;
  if (typeof data === 'number' || typeof data === 'boolean') return String(data);
  if (Array.isArray(data))
    return (
      data
        .map((item) => messageIn(item, depth + 1))
        .filter(Boolean)
        .join('; ') || undefined
    );
  if (typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const found = MESSAGE_KEYS.map((key) => messageIn(record[key], depth + 1)).filter((m): m is string => Boolean(m));
  if (found.length > 0) return [...new Set(found)].slice(0, 2).join(': ');
  const json = JSON.stringify(data);
  return json === '{}' ? undefined : json;
}

function htmlText(html: string): string | undefined {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const text = (title ?? html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return text.trim() || undefined;
}

/** Picks a string out of a JSON error body at the first of the given keys that holds one. */
export function firstString(body: unknown, ...keys: string[]): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  for (const key of keys) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}
