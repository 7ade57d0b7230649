// GET a URL that came from untrusted input (a post's link, a feed) without letting it reach the
// runner's own network: only http/https, only public addresses, bounded in time, size and redirects.
// The address check runs inside the socket's DNS lookup, so the address that was checked is the one
// connected to (no DNS-rebinding gap), and nothing is sent to a refused address.
import { promises as dns, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { UnsafeFetchError } from '../core/errors.ts';
import { refusalReason } from './address-policy.ts';

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface SafeFetchOptions {
  /** Bytes of body to accept; past this the read stops (see `oversize`). */
  maxBytes: number;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
  accept?: string;
  /** 'error' (default) throws past maxBytes; 'truncate' returns the first maxBytes. */
  oversize?: 'error' | 'truncate';
  /** Tests only: lets loopback servers stand in for the web (true: any address; a list: exactly those). */
  allowPrivateAddresses?: boolean | readonly string[];
  /** DNS to use instead of the system's (tests). */
  lookup?: Resolver;
  signal?: AbortSignal;
}

export interface SafeFetchResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  finalUrl: string;
  truncated: boolean;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function safeFetch(url: string, options: SafeFetchOptions): Promise<SafeFetchResponse> {
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  let current = parseTarget(url);
  for (let hop = 0; ; hop++) {
    const response = await fetchOnce(current, options, signal);
    const location = response.headers.location;
    if (!REDIRECTS.has(response.status) || location === undefined) return response;
    if (hop >= options.maxRedirects) {
      throw new UnsafeFetchError(`${url}: more than ${options.maxRedirects} redirects (last to ${location})`);
    }
    current = parseTarget(new URL(location, current).toString());
  }
}

function parseTarget(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UnsafeFetchError(`${url}: not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UnsafeFetchError(`${url}: only http and https URLs are fetched, not ${parsed.protocol}`);
  }
  if (parsed.username || parsed.password) {
    throw new UnsafeFetchError(`${url}: URLs with credentials are not fetched`);
  }
  return parsed;
}

function fetchOnce(target: URL, options: SafeFetchOptions, signal: AbortSignal): Promise<SafeFetchResponse> {
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) {
    const reason = checkedReason(host, options);
    // A literal address never goes through lookup, so it is checked here.
    if (reason) return Promise.reject(new UnsafeFetchError(`${target.href}: refused ${host} (${reason})`));
  }
  const transport = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, rejectRaw) => {
    const reject = (error: Error) => rejectRaw(asUnsafe(error, target, options, signal));
    const request = transport.request(
      target,
      {
        method: 'GET',
        agent: false,
        signal,
        headers: { accept: options.accept ?? '*/*', 'user-agent': 'Herald (+link preview)' },
        lookup: checkedLookup(target, options),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const headers = flattenHeaders(response.headers);
        const finish = (body: Uint8Array, truncated: boolean) => resolve({ status, headers, body, finalUrl: target.href, truncated });
        if (REDIRECTS.has(status) && headers.location !== undefined) {
          response.resume();
          finish(new Uint8Array(), false);
          return;
        }
        readBounded(response, target, options, finish, reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function readBounded(
  response: http.IncomingMessage,
  target: URL,
  options: SafeFetchOptions,
  finish: (body: Uint8Array, truncated: boolean) => void,
  reject: (error: Error) => void,
): void {
  const declared = Number(response.headers['content-length']);
  if (options.oversize !== 'truncate' && Number.isFinite(declared) && declared > options.maxBytes) {
    response.destroy();
    reject(new UnsafeFetchError(`${target.href}: body of ${declared} bytes is over the limit of ${options.maxBytes}`));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    if (size + chunk.length <= options.maxBytes) {
      chunks.push(chunk);
      size += chunk.length;
      return;
    }
    response.destroy();
    if (options.oversize === 'truncate') {
      chunks.push(chunk.subarray(0, options.maxBytes - size));
      finish(new Uint8Array(Buffer.concat(chunks)), true);
    } else {
      reject(new UnsafeFetchError(`${target.href}: body is over the limit of ${options.maxBytes} bytes`));
    }
  });
  response.on('end', () => finish(new Uint8Array(Buffer.concat(chunks)), false));
  response.on('error', reject);
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for node:net that resolves, then refuses the connection if any address is not public. */
function checkedLookup(target: URL, options: SafeFetchOptions) {
  const resolve: Resolver = options.lookup ?? ((name) => dns.lookup(name, { all: true, verbatim: true }));
  return (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback): void => {
    resolve(hostname)
      .then(
        (addresses) => checkAddresses(target, hostname, addresses, options),
        (error: unknown) => {
          throw new UnsafeFetchError(`${target.href}: cannot resolve ${hostname}`, { cause: error });
        },
      )
      .then(
        (addresses) => {
          if (lookupOptions.all) callback(null, addresses);
          else callback(null, addresses[0]!.address, addresses[0]!.family);
        },
        (error: Error) => callback(error, []),
      );
  };
}

function checkAddresses(target: URL, hostname: string, addresses: LookupAddress[], options: SafeFetchOptions): LookupAddress[] {
  if (addresses.length === 0) throw new UnsafeFetchError(`${target.href}: ${hostname} has no address`);
  for (const { address } of addresses) {
    const reason = checkedReason(address, options);
    if (reason) throw new UnsafeFetchError(`${target.href}: refused ${hostname} → ${address} (${reason})`);
  }
  return addresses;
}

function checkedReason(address: string, options: SafeFetchOptions): string | undefined {
  const allow = options.allowPrivateAddresses;
  if (allow === true || (Array.isArray(allow) && allow.includes(address))) return undefined;
  return refusalReason(address);
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function asUnsafe(error: Error, target: URL, options: SafeFetchOptions, signal: AbortSignal): Error {
  if (error instanceof UnsafeFetchError) return error;
  if (signal.aborted && !options.signal?.aborted) {
    return new UnsafeFetchError(`${target.href}: no complete answer within ${options.timeoutMs} ms`, { cause: error });
  }
  return new UnsafeFetchError(`${target.href}: ${error.message}`, { cause: error });
}
