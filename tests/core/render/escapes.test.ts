// Slack and LinkedIn escaping and LinkedIn counting against the plain per-character versions they replaced.
import { describe, expect, it } from 'vitest';
import { countLinkedIn } from '../../../src/core/count/simple.ts';
import { escapeLittle, escapeSlack } from '../../../src/core/render/formats.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const TAG_CHAR = /[\p{L}\p{N}_]/u;
const BEFORE_TAG = /[\p{L}\p{N}_&\\]/u;
const RESERVED = new Set('|{}@[]()<>#\\*_~');

function escapeWordsByCharacter(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const tag = c === '#' && TAG_CHAR.test(text[i + 1] ?? '') && !BEFORE_TAG.test(text[i - 1] ?? '');
    out += RESERVED.has(c) && !tag ? '\\' + c : c;
  }
  return out;
}

const BARE_URL = /https?:\/\/[^\s<>]+[^\s<>.,;:!?'")\]]/g;
const count = (text: string, c: string) => text.split(c).length - 1;
const littleUrl = (url: string) => url.replace(/[|{}[\]()<>\\*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

function escapeLittleByCharacter(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(BARE_URL)) {
    if (m.index < from) continue;
    let url = m[0];
    while (text[m.index + url.length] === ')' && count(url, '(') > count(url, ')')) url += ')';
    out += escapeWordsByCharacter(text.slice(from, m.index)) + littleUrl(url);
    from = m.index + url.length;
  }
  return out + escapeWordsByCharacter(text.slice(from));
}

function countLinkedInByCharacter(text: string, limit: number) {
  let used = 0;
  let overflowAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const start = i;
    if (text[i] === '\\' && /[|{}@[\]()<>#\\*_~]/.test(text[i + 1] ?? '')) i++;
    used++;
    if (used > limit && overflowAt === undefined) overflowAt = start;
  }
  // The second half of a surrogate pair is no place to start: the overflow points at the pair.
  if (overflowAt !== undefined && /[\udc00-\udfff]/.test(text[overflowAt] ?? '') && /[\ud800-\udbff]/.test(text[overflowAt - 1] ?? ''))
    overflowAt--;
  return overflowAt === undefined ? { used, limit } : { used, limit, overflowAt };
}

const PIECES = [
  'a',
  'word',
  ' ',
  '\n',
  '#',
  '#tag',
  'C#',
  '&#x',
  '\\#',
  '_#',
  '#_',
  '#日本',
  '#😀',
  '😀',
  '\ud800',
  'é',
  '|',
  '{',
  '}',
  '@',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '\\',
  '*',
  '_',
  '~',
  '&',
  'https://en.wikipedia.org/wiki/Django_(web_framework)',
  'http://x.org/a|b*c',
  'https://example.com/(a)(b',
  'https://a.b/c).',
  'http://',
  '"',
  '.',
  ',',
];

function texts(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let text = '';
    const n = Math.floor(random() * 16);
    for (let i = 0; i < n; i++) text += PIECES[Math.floor(random() * PIECES.length)];
    return text;
  });
}

describe('escaping and counting against per-character versions', () => {
  it('escapeLittle, on 20,000 seeded texts', () => {
    let escaped = 0;
    for (const text of texts(20_000, 1)) {
      const expected = escapeLittleByCharacter(text);
      expect(escapeLittle(text), JSON.stringify(text)).toBe(expected);
      if (expected !== text) escaped++;
    }
    expect(escaped).toBeGreaterThan(15_000);
  });

  it('escapeSlack, on 20,000 seeded texts', () => {
    for (const text of texts(20_000, 2)) {
      expect(escapeSlack(text)).toBe(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
  });

  it('countLinkedIn, with and without escapes, over and under the limit, on 20,000 seeded texts', () => {
    const random = seededRandom(3);
    let plain = 0;
    for (const raw of texts(20_000, 4)) {
      const text = random() < 0.5 ? escapeLittle(raw) : raw;
      const limit = Math.floor(random() * 40);
      const expected = countLinkedInByCharacter(text, limit);
      expect(countLinkedIn(text, { characters: limit, bytes: Infinity, altText: 1, media: 1 }), JSON.stringify([text, limit])).toEqual(
        expected,
      );
      if (!text.includes('\\')) plain++;
    }
    expect(plain).toBeGreaterThan(5000);
  });
});
