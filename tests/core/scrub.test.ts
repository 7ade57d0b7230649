// The scrubber finds a secret in every form a server or library may echo it back in.
import { describe, expect, it } from 'vitest';
import { REDACTED, scrubValue, secretScrubber } from '../../src/core/scrub.ts';

const SECRET = "canary/S3cr+t=\"é&<x> 'tok'!(*)";
const scrub = secretScrubber([SECRET]);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('secretScrubber', () => {
  it.each([
    ['raw', SECRET],
    ['encodeURIComponent', encodeURIComponent(SECRET)],
    ['encodeURIComponent, lower-case hex', encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())],
    ['encodeURI', encodeURI(SECRET)],
    ['form encoding', new URLSearchParams({ a: SECRET }).toString().slice(2)],
    ['JSON', JSON.stringify(SECRET)],
    ['JSON with escaped slashes', JSON.stringify(SECRET).replace(/\//g, '\\/')],
    ['JSON with \\u escapes', JSON.stringify(SECRET).replace(/é/g, '\\u00e9')],
    ['JSON of the URL-encoded form', JSON.stringify(encodeURIComponent(SECRET))],
    ['RFC 3986 (OAuth 1.0a)', encodeURIComponent(SECRET).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)],
    ['URL-encoded twice', encodeURIComponent(encodeURIComponent(SECRET))],
    ['XML', SECRET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')],
    ['HTML', SECRET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')],
    ['base64', b64(SECRET)],
    ['base64url', b64url(SECRET)],
  ])('replaces the %s form', (_, form) => {
    const text = `error: the server said <pre>${form}</pre> (id 7)`;
    // JSON keeps its quotes around the replacement; nothing else of the secret survives.
    expect(scrub(text)).toMatch(/^error: the server said <pre>"?\*\*\*"?<\/pre> \(id 7\)$/);
  });

  it('finds the secret inside Basic auth at every alignment, in both alphabets, with any user name', () => {
    for (const user of ['', 'a', 'ab', 'abc', 'x-access-token', 'herald.bsky.social']) {
      for (const encode of [b64, b64url]) {
        const header = `authorization: Basic ${encode(`${user}:${SECRET}`)}`;
        expect(scrub(header), `${user} ${encode.name}`).toBe(`authorization: Basic ${REDACTED}`);
        const trailing = `Basic ${encode(`${SECRET}:${user}`)}.`;
        expect(scrub(trailing)).toBe(`Basic ${REDACTED}.`);
      }
    }
  });

  it('finds the parts of a URL-shaped secret a server echoes without its origin', () => {
    const webhook = 'https://discord.com/api/webhooks/1234567890/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-';
    const s = secretScrubber([webhook]);
    expect(s(`POST ${webhook} failed`)).toBe(`POST ${REDACTED} failed`);
    expect(s('Cannot POST /api/webhooks/1234567890/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-?wait=true')).not.toContain(
      'AbCdEfGhIjKlMnOpQrStUvWxYz',
    );
    expect(s('unknown token AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-')).toBe(`unknown token ${REDACTED}`);
  });

  it('changes nothing else, and ignores empty and too-short values', () => {
    const s = secretScrubber(['', undefined, 'ab', '  ', 'mastodon-token-1234']);
    const text = 'posts/a.md → mastodon: POST https://fosstodon.org/api/v1/statuses failed with 422: Validation failed ab';
    expect(s(text)).toBe(text);
    expect(secretScrubber([])(text)).toBe(text);
    // A long base64 run (an echoed image) that does not hold the secret is kept whole.
    const image = b64('x'.repeat(30_000));
    expect(s(image)).toBe(image);
  });

  it('scrubs a secret padded with spaces as given and trimmed (adapters trim)', () => {
    expect(secretScrubber(['  padded-secret-value \n'])('token padded-secret-value!')).toBe(`token ${REDACTED}!`);
  });

  it('replaces the longest form first, so no tail of the secret survives', () => {
    const s = secretScrubber(['short-secret', 'short-secret-and-longer']);
    expect(s('a short-secret-and-longer b')).toBe(`a ${REDACTED} b`);
  });
});

describe('scrubValue', () => {
  it('scrubs every string of a JSON value and keeps its shape', () => {
    const value = { post: 'a', platforms: [{ error: `401: ${SECRET}`, urls: [`https://x.test/?t=${encodeURIComponent(SECRET)}`], n: 3 }] };
    const out = scrubValue(value, scrub);
    expect(out).toEqual({ post: 'a', platforms: [{ error: `401: ${REDACTED}`, urls: [`https://x.test/?t=${REDACTED}`], n: 3 }] });
    expect(JSON.stringify(out)).not.toContain('canary');
  });
});
