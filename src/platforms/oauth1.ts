// OAuth 1.0a request signing (RFC 5849, HMAC-SHA1), as X requires for user-context calls.
// JSON and multipart bodies are not part of the signature; query parameters are.
import { createHmac, randomBytes } from 'node:crypto';

export interface OAuth1Keys {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

/** RFC 3986 percent-encoding (encodeURIComponent leaves !'()* alone). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function oauthSignature(
  method: string,
  url: string,
  params: Array<[string, string]>,
  consumerSecret: string,
  tokenSecret: string,
): string {
  const parsed = new URL(url);
  const all = [...params, ...parsed.searchParams.entries()];
  const normalized = all
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : 1) : ak < bk ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const baseUrl = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  const base = [method.toUpperCase(), percentEncode(baseUrl), percentEncode(normalized)].join('&');
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac('sha1', key).update(base).digest('base64');
}

/** The Authorization header for one request; nonce and timestamp may be fixed for tests. */
export function oauthHeader(method: string, url: string, keys: OAuth1Keys, fixed: { nonce?: string; timestamp?: string } = {}): string {
  const oauth: Array<[string, string]> = [
    ['oauth_consumer_key', keys.consumerKey],
    ['oauth_nonce', fixed.nonce ?? randomBytes(16).toString('hex')],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', fixed.timestamp ?? String(Math.floor(Date.now() / 1000))],
    ['oauth_token', keys.token],
    ['oauth_version', '1.0'],
  ];
  const signature = oauthSignature(method, url, oauth, keys.consumerSecret, keys.tokenSecret);
  const all: Array<[string, string]> = [...oauth, ['oauth_signature', signature]];
  return `OAuth ${all.map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`).join(', ')}`;
}

/** Parses an `OAuth k="v", ...` header back into its parameters. */
export function parseOAuthHeader(header: string): Map<string, string> {
  const params = new Map<string, string>();
  if (!header.startsWith('OAuth ')) return params;
  for (const match of header.slice(6).matchAll(/([\w-]+)="([^"]*)"/g)) {
    params.set(decodeURIComponent(match[1]!), decodeURIComponent(match[2]!));
  }
  return params;
}
