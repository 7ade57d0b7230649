// HTTP for Meta's Graph APIs (Threads: graph.threads.net/v1.0; Facebook Pages and Instagram:
// graph.facebook.com/v25.0): bearer token in a header (never in a URL), form-encoded writes, Graph errors `{ error: { message, type, code, error_subcode,
// error_user_msg, is_transient, fbtrace_id } }` turned into PlatformErrors, and cursor-paginated
// listings. Graph reports a bad token (190) and rate limits (4, 17, 32, 613) with HTTP 400, so the
// status alone cannot say what to do: the error code decides the hint and whether to retry.
import { PlatformError } from '../core/errors.ts';
import type { PlatformId } from '../core/types.ts';
import { sendRequest } from './http.ts';
import type { AdapterContext } from './types.ts';

/** Graph codes for throttling and temporary outages: worth another try. */
const TRANSIENT_CODES = new Set([2, 4, 17, 32, 613]);
/** Listings are read newest first; a thread's parts go out minutes apart, so a few pages suffice. */
export const PAGE_SIZE = 50;
export const MAX_PAGES = 4;

export interface GraphError {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  error_user_title?: string;
  error_user_msg?: string;
  is_transient?: boolean;
  fbtrace_id?: string;
}

export function graphError(body: unknown): GraphError | undefined {
  const error = (body as { error?: unknown } | undefined)?.error;
  return typeof error === 'object' && error !== null ? (error as GraphError) : undefined;
}

/** Meta's own words, the code (what its docs and support go by) and the trace id (what support asks for). */
export function graphMessage(body: unknown): string | undefined {
  const error = graphError(body);
  if (!error) return undefined;
  const text = [error.error_user_title, error.error_user_msg ?? error.message].filter(Boolean).join(': ');
  const code =
    error.code === undefined ? '' : ` (${error.type ?? 'error'} ${error.code}${error.error_subcode ? `/${error.error_subcode}` : ''}`;
  const trace = error.fbtrace_id ? `, fbtrace_id ${error.fbtrace_id})` : code ? ')' : '';
  return `${text || 'no message'}${code}${trace}`;
}

export interface GraphCall {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below the version, e.g. `me/threads`. */
  path: string;
  query?: Record<string, string>;
  form?: Record<string, string | undefined>;
  /** A file upload (Facebook Page photos); instead of `form`. */
  multipart?: FormData;
}

export interface GraphApi {
  readonly base: string;
  url(path: string, query?: Record<string, string>): string;
  call<T>(ctx: AdapterContext, request: GraphCall): Promise<T>;
  /** Every item of a listing edge, newest first, at most MAX_PAGES pages; stops when `found` says so. */
  find<T>(ctx: AdapterContext, path: string, fields: string, found: (item: T) => boolean): Promise<T | undefined>;
}

/** `base` includes the version; `secret` names the token's variable for the hint on a bad token. */
export function graphApi(platform: PlatformId, base: string, token: string, secret: string): GraphApi {
  const url = (path: string, query?: Record<string, string>) => {
    const search = query ? `?${new URLSearchParams(query).toString()}` : '';
    return `${base}/${path}${search}`;
  };

  async function call<T>(ctx: AdapterContext, request: GraphCall): Promise<T> {
    let body: unknown;
    const read = (data: unknown) => {
      body = data;
      return graphMessage(data);
    };
    const form = request.multipart ?? (request.form ? formOf(request.form) : undefined);
    try {
      const result = await sendRequest<T>(
        platform,
        ctx,
        { method: request.method, url: url(request.path, request.query), headers: { authorization: `Bearer ${token}` }, body: form },
        read,
      );
      return result.data;
    } catch (error) {
      throw refine(platform, secret, error, graphError(body));
    }
  }

  async function find<T>(ctx: AdapterContext, path: string, fields: string, found: (item: T) => boolean): Promise<T | undefined> {
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const query: Record<string, string> = { fields, limit: String(PAGE_SIZE), ...(after ? { after } : {}) };
      const listed = await call<{ data?: T[]; paging?: { cursors?: { after?: string }; next?: string } }>(ctx, {
        method: 'GET',
        path,
        query,
      });
      const hit = (listed.data ?? []).find(found);
      if (hit) return hit;
      after = listed.paging?.cursors?.after;
      if (!listed.paging?.next || !after) return undefined;
    }
    return undefined;
  }

  return { base, url, call, find };
}

/**
 * A Graph error that means the object is not there: 404, or code 100 "does not exist" (Graph answers
 * a DELETE of a deleted post with 400, code 100). Graph words missing permissions the same way, so a
 * caller reading this as gone must have just been able to reach the object or its parent.
 */
export function graphGone(error: unknown): boolean {
  return error instanceof PlatformError && (error.status === 404 || (error.status === 400 && /does not exist/i.test(error.message)));
}

function formOf(fields: Record<string, string | undefined>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.set(name, value);
  return form;
}

/** Re-reads a PlatformError with the Graph error code in hand. */
function refine(platform: PlatformId, secret: string, error: unknown, graph: GraphError | undefined): unknown {
  if (!(error instanceof PlatformError) || !graph) return error;
  const transient = graph.is_transient === true || (graph.code !== undefined && TRANSIENT_CODES.has(graph.code));
  let hint = error.hint;
  if (graph.code === 190) {
    hint = `The ${secret} secret is invalid or expired: renew it as docs/credentials.md describes.`;
  } else if (graph.code !== undefined && [4, 17, 32, 613].includes(graph.code)) {
    hint = `${platform} is rate limiting this account or app; Herald waits and retries.`;
  }
  return new PlatformError(platform, error.message.replace(new RegExp(`^${platform}: `), ''), {
    status: error.status,
    retryable: error.retryable || transient,
    retryAfter: error.retryAfter,
    hint,
  });
}
