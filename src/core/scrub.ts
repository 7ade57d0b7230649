// The one scrubber every outward text passes through (ledger failures, PR comment, job summary,
// outputs, logs, error messages): it replaces each secret in the forms a platform, proxy or library
// may echo it back in. Pure; the wiring lives at the edges (action/src/main.ts, src/publish/).
//
// Hand-written because no library does this. The forms: the secret itself; percent-encoded (both hex
// cases, form encoding, RFC 3986 as OAuth 1.0a sends keys, and twice); JSON-escaped (with and without
// `\/` and `\uXXXX`); HTML- and XML-escaped; the parts of a URL-shaped secret a server echoes without
// the host (path, token segments); and base64 in both alphabets, matched at all three byte alignments,
// so the secret is found inside any encoded blob that holds it, such as the Basic-auth `user:secret`.

export const REDACTED = '***';

export type Scrubber = (text: string) => string;

/** Secrets shorter than this are not secrets (an empty or one-letter variable would garble every text). */
const MIN_SECRET = 4;
/** Base64 of shorter secrets is not distinctive enough to find inside unrelated base64. */
const MIN_BASE64_SECRET = 8;
/** A URL path segment at least this long is treated as a token (Discord webhook URLs). */
const MIN_TOKEN_SEGMENT = 16;

export function secretScrubber(secrets: Iterable<string | undefined>): Scrubber {
  const literals = new Set<string>();
  const base64: string[] = [];
  for (const raw of secrets) {
    for (const secret of new Set([raw ?? '', (raw ?? '').trim()])) {
      if (secret.length < MIN_SECRET) continue;
      for (const part of [secret, ...urlParts(secret)]) {
        for (const form of encodedForms(part)) literals.add(form);
      }
      if (new TextEncoder().encode(secret).length >= MIN_BASE64_SECRET) base64.push(...base64Cores(secret));
    }
  }
  const alternatives = [...literals].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const literal = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'g') : undefined;
  const cores = [...new Set(base64)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const core = cores.length > 0 ? new RegExp(cores.join('|'), 'g') : undefined;
  return (text) => {
    const plain = literal ? text.replace(literal, REDACTED) : text;
    return core ? redactBase64Runs(plain, core) : plain;
  };
}

const BASE64_CHAR = /[A-Za-z0-9+/_-]/;

/**
 * Replaces the whole base64 run around each core: the rest of the run is the other half of the pair
 * (or the secret's first and last bits). Found by the core, then widened by hand: a regex with the
 * run's character class on both sides of the core would backtrack quadratically over long runs.
 */
function redactBase64Runs(text: string, core: RegExp): string {
  let out = '';
  let done = 0;
  for (const match of text.matchAll(core)) {
    let start = match.index;
    let end = start + match[0].length;
    if (start < done) continue;
    while (start > done && BASE64_CHAR.test(text[start - 1]!)) start -= 1;
    while (end < text.length && BASE64_CHAR.test(text[end]!)) end += 1;
    while (end < text.length && text[end] === '=') end += 1;
    out += text.slice(done, start) + REDACTED;
    done = end;
  }
  return done === 0 ? text : out + text.slice(done);
}

/** Scrubs every string inside a JSON-like value (arrays and plain objects), keys included. */
export function scrubValue<T>(value: T, scrub: Scrubber): T {
  if (typeof value === 'string') return scrub(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => scrubValue(item, scrub)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), scrubValue(v, scrub)])) as T;
  }
  return value;
}

function encodedForms(secret: string): string[] {
  const url = [
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    encodeURIComponent(encodeURIComponent(secret)),
    rfc3986(secret),
  ];
  const withLowerHex = url.flatMap((form) => [form, form.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())]);
  return [...new Set(withLowerHex)].flatMap((form) => [
    form,
    ...jsonForms(form),
    htmlForm(form),
    htmlForm(form, '&#x27;'),
    htmlForm(form, '&#039;'),
    htmlForm(form, '&apos;'),
  ]);
}

/** Percent-encoding of RFC 3986 unreserved-only, as OAuth 1.0a signs and sends keys (`!'()*` encoded too). */
function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function jsonForms(text: string): string[] {
  const json = JSON.stringify(text).slice(1, -1);
  const ascii = json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [
    json,
    json.replace(/\//g, '\\/'),
    ascii,
    ascii.replace(/\//g, '\\/'),
    ascii.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => `\\u${h.toUpperCase()}`),
  ];
}

function htmlForm(text: string, apostrophe = '&#39;'): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, apostrophe);
}

/** The parts of a URL-shaped secret a server echoes without the origin: path with query, long segments, password. */
function urlParts(secret: string): string[] {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(secret)) return [];
  let url: URL;
  try {
    url = new URL(secret);
  } catch {
    return [];
  }
  const parts = [`${url.pathname}${url.search}`];
  for (const segment of url.pathname.split('/')) if (segment.length >= MIN_TOKEN_SEGMENT) parts.push(segment, decodeURIComponent(segment));
  for (const value of url.searchParams.values()) if (value.length >= MIN_TOKEN_SEGMENT) parts.push(value);
  if (url.password) parts.push(url.password, decodeURIComponent(url.password));
  return parts.filter((part) => part.length >= MIN_TOKEN_SEGMENT);
}

/**
 * For each of the three byte offsets the secret can start at inside a longer byte string, the base64
 * characters that depend only on the secret's bytes, in the standard and the URL-safe alphabet.
 */
function base64Cores(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const padded = new Uint8Array(shift + bytes.length);
    padded.set(bytes, shift);
    const encoded = btoa(String.fromCharCode(...padded)).replace(/=+$/, '');
    // Characters holding any bit of the padding bytes, or of bytes after the secret, are dropped.
    const first = shift === 0 ? 0 : Math.ceil((shift * 8) / 6);
    const last = Math.floor(((shift + bytes.length) * 8) / 6);
    const core = encoded.slice(first, last);
    cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return cores;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
