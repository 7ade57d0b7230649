// The fast ledger reader (written-yaml.ts) against the yaml package, on seeded ledgers as Herald writes
// them (every field, both states, failures, unicode, quotes, long URLs) and on hostile edits of them: where
// the fast reader answers, it answers what the full parse does; where it does not, parseLedger still does.
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { recordFailure } from '../../../src/core/ledger/failures.ts';
import { parseLedger, parseLedgerFully, parseWrittenLedger, serialiseLedger } from '../../../src/core/ledger/format.ts';
import type { LedgerEntry, LedgerPart } from '../../../src/core/ledger/types.ts';
import { readWrittenYaml } from '../../../src/core/ledger/written-yaml.ts';
import { PLATFORM_IDS } from '../../../src/core/types.ts';
import { PIECES } from '../count/_hostile.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const FILE = 'published/p.yml';
// Each text is parsed twice by the yaml package (about a millisecond each): generous on a busy machine.
const LONG = 120_000;

// Pieces that mean something to YAML, or that the core schema reads as something else than a string.
const YAMLISH = [
  '', ' ', ': ', ':', ' #', '#', "'", '"', "''", '\\', '\\n', '\\"', '- ', '-', '? ', '?', '[', ']', '{', '}', ',', '&a', '*a',
  '!tag', '!!str', '|', '>', '%', '@', '`', '~', 'null', 'Null', 'true', 'False', 'yes', 'no', 'on', '0x1F', '0o17', '1e5',
  '.inf', '-.INF', '.NaN', '+1', '-1', '007', '12', '3.14', '1.', '...', '---', '<<', '__proto__', '=', 'ö', '😀', '%20',
  'a: b', 'x #y', '\t', '\r', '\n', '\u0085', '\u2028', '\ufeff', '\u00a0', '\u3000', '\x00', '\x7f', '\x1b', '\u00ad',
];
const WORDS = ['django', 'release', '6', '0', '2026', 'café', '日本語', 'über', '😀', 'x', 'a_b', 'v1.2', '(draft)', 'Ω'];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

function hostile(random: Random, maxPieces = 6): string {
  let text = '';
  const pieces = 1 + Math.floor(random() * maxPieces);
  for (let i = 0; i < pieces; i++) text += pick(random, random() < 0.5 ? YAMLISH : random() < 0.5 ? PIECES : WORDS);
  return text;
}

function slug(random: Random): string {
  const words = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(random, WORDS));
  return `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${words.join('-')}`;
}

function isoTime(random: Random): string {
  return new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400_000)).toISOString();
}

function longUrl(random: Random, platform: string): string {
  const path = Array.from({ length: Math.floor(random() * 40) }, () => pick(random, ['a', 'post', '3k2x', 'ü', '日本', '%E2%9C%A8', '?q=1&x=2', '#frag', ':', '(1)', ',', ';'])).join('/');
  return `https://${platform}.example/@django/${Math.floor(random() * 1e12)}/${path}`;
}

/** A ledger entry as publishing builds them; `wild` puts hostile text into every string field. */
function entry(random: Random, wild: boolean): LedgerEntry {
  const text = (tame: () => string) => (wild && random() < 0.08 ? hostile(random) : tame());
  const postId = text(() => slug(random));
  const result: LedgerEntry = {
    postId,
    file: text(() => `posts/${postId}.md`),
    contentHash: text(() => `sha256:${Array.from({ length: 64 }, () => pick(random, [...'0123456789abcdef'])).join('')}`),
    platforms: {},
  };
  if (random() < 0.3) result.scheduledFor = text(() => isoTime(random));
  for (const platform of PLATFORM_IDS) {
    if (random() < 0.5) continue;
    const parts: LedgerPart[] = [];
    const count = 1 + Math.floor(random() * (random() < 0.2 ? 6 : 2));
    for (let index = 0; index < count; index++) {
      const part: LedgerPart = {
        index,
        key: text(() => `herald-${Math.floor(random() * 1e15).toString(16)}-${platform}-${index}`),
        state: random() < 0.7 ? 'live' : 'intent',
        run: text(() => pick(random, [`${Math.floor(random() * 1e9)}-${1 + Math.floor(random() * 3)}`, String(Math.floor(random() * 1e6)), `local-${Math.floor(random() * 1e6).toString(36)}`])),
        intentAt: text(() => isoTime(random)),
      };
      if (part.state === 'live' || random() < 0.1) {
        part.id = text(() => pick(random, [String(Math.floor(random() * 1e18)), `at://did:plc:${Math.floor(random() * 1e12).toString(36)}/app.bsky.feed.post/3k`, 'urn:li:share:7', '0012']));
        part.url = text(() => longUrl(random, platform));
        part.liveAt = text(() => isoTime(random));
      }
      if (random() < 0.3) {
        part.ref = {};
        for (let r = Math.floor(random() * 4); r > 0; r--) part.ref[text(() => pick(random, ['cid', 'channel', 'uri', 'thread_ts', 'root cid']))] = text(() => `bafy${Math.floor(random() * 1e12).toString(36)}`);
      }
      parts.push(part);
    }
    result.platforms[platform] = parts;
  }
  if (random() < 0.3) {
    let failures: LedgerEntry['failures'] = [];
    for (let f = 1 + Math.floor(random() * 3); f > 0; f--) {
      const message = wild ? hostile(random, 12) : pick(random, ['x: 503 over capacity', 'mastodon: 422 "Validation failed: Text character limit of 500 exceeded"', "bluesky: can't reach the PDS: fetch failed", `linkedin: ${'é'.repeat(400)}`]);
      failures = random() < 0.8
        ? recordFailure({ ...result, failures }, pick(random, PLATFORM_IDS), text(() => `${Math.floor(random() * 1e9)}-1`), message, new Date(Date.parse(isoTime(random))))
        : [...failures, { platform: pick(random, PLATFORM_IDS), run: text(() => '1-1'), at: text(() => isoTime(random)), message }];
    }
    result.failures = failures;
  }
  return result;
}

/** Edits a person, a merge or another tool might make to a written ledger. */
const EDITS: ((text: string, random: Random) => string)[] = [
  (t, r) => { const at = Math.floor(r() * (t.length + 1)); return t.slice(0, at) + pick(r, YAMLISH) + t.slice(at); },
  (t, r) => { const at = Math.floor(r() * t.length); return t.slice(0, at) + t.slice(at + 1 + Math.floor(r() * 3)); },
  (t, r) => mapLine(t, r, (l) => (r() < 0.5 ? l.replace(/^ {1,2}/, '') : pick(r, [' ', '  ', '\t']) + l)),
  (t, r) => mapLine(t, r, (l) => `${l}\n${l}`),
  (t, r) => mapLine(t, r, (l) => `${l}${pick(r, [' ', ' # note', '  ', ' #', ':', ' &a', ' !!str'])}`),
  (t, r) => mapLine(t, r, (l) => l.replace(/: (.*)$/, (_m, v: string) => `: ${pick(r, ['null', '~', 'true', '1e3', '0x1F', '.inf', '+12', '12', '"12"', "'a''b'", '"a\\tb"', '"\\u00e9\\x41\\U0001F600"', '"\\q"', '""', "''", '{}', '[]', '[a, b]', '{a: b}', '|', `>-\n      ${v}`, `${v} # c`, `"${v}"`, `'${v}'`, `&x ${v}`, '*x', `${v}\n  more`])}`)),
  (t, r) => mapLine(t, r, (l) => l.replace(/^( *(?:- )?)([a-z_]+):/, (_m, lead: string, key: string) => `${lead}${pick(r, ['__proto__', '<<', 'x'.repeat(1100), `"${key}"`, `'${key}'`, `? ${key}\n${lead}`, 'unknown', 'post', 'part', '1', 'true'])}:`)),
  (t) => t.replace(/"([^"\\]*)"/, '$1'),
  (t) => t.replaceAll('\n', '\r\n'),
  (t) => `\ufeff${t}`,
  (t) => `---\n${t}...\n`,
  (t, r) => mapLine(t, r, (l) => `${pick(r, ['--- ', '... ', '---', '...', '-- ', '.. '])}${l}`),
  (t) => `%YAML 1.2\n---\n${t}`,
  (t) => t.slice(0, -1),
  (t) => `${t}\n`,
  (t, r) => mapLine(t, r, (l) => `<<<<<<< HEAD\n${l}\n=======\n${l.replace(/.$/, 'x')}\n>>>>>>> other`),
  (t) => t.replace(/ {4}- part: (\d+)\n {6}state: (\w+)\n {6}key: (.*)\n/, '    - {part: $1, state: $2, key: $3,\n       ') ,
  (t) => t.replace(/\n {4}- /, '\n  - '),
  (t) => t.replace(/\n {6}/g, '\n        ').replace(/\n {4}- /g, '\n      - '),
  (t) => t.replace('platforms:\n', 'platforms:\n\n'),
  (t) => t.replace('platforms:', 'platforms: &p').replace(/\n?$/, '\nother: *p\n'),
];

function mapLine(text: string, random: Random, edit: (line: string) => string): string {
  const lines = text.split('\n');
  const at = Math.floor(random() * lines.length);
  lines[at] = edit(lines[at]!);
  return lines.join('\n');
}

/** Checks fast == full on one text; returns which path parseLedger took. */
function agrees(text: string): 'fast' | 'full' {
  const root = readWrittenYaml(text);
  if (root) {
    const doc = parseDocument(text, { prettyErrors: false });
    const full = doc.errors.length > 0 ? doc.errors : (doc.toJS({ maxAliasCount: 0 }) as unknown);
    if (!isDeepStrictEqual(root, full) || JSON.stringify(root) !== JSON.stringify(full)) expect({ text, root }).toStrictEqual({ text, root: full });
  }
  let full: LedgerEntry | undefined;
  let error: string | undefined;
  try {
    full = parseLedgerFully(FILE, text);
  } catch (e) {
    error = (e as Error).message;
  }
  const fast = parseWrittenLedger(text);
  if (fast) {
    if (error !== undefined || !isDeepStrictEqual(fast, full) || JSON.stringify(fast) !== JSON.stringify(full)) expect({ text, fast }).toStrictEqual({ text, fast: full ?? error });
    return 'fast';
  }
  if (error === undefined) expect(parseLedger(FILE, text)).toStrictEqual(full);
  else expect(() => parseLedger(FILE, text)).toThrow(error);
  return 'full';
}

describe('fast ledger reader == the yaml package', () => {
  it('reads every ledger Herald writes (2,500 seeded entries) on the fast path, as the full parse does', () => {
    const random = seededRandom(20261201);
    for (let i = 0; i < 2500; i++) {
      const text = serialiseLedger(entry(random, false));
      if (agrees(text) !== 'fast') expect(text).toBe('read on the fast path');
    }
  }, LONG);

  it('agrees on ledgers whose every field may hold hostile text (2,500 seeded entries)', () => {
    const random = seededRandom(7);
    const paths = { fast: 0, full: 0 };
    for (let i = 0; i < 2500; i++) paths[agrees(serialiseLedger(entry(random, true)))]++;
    // Hostile values the writer quotes still read fast; tabs, line breaks (block scalars), DEL and the like do not.
    expect(paths.fast).toBeGreaterThan(750);
    expect(paths.full).toBeGreaterThan(500);
  }, LONG);

  it('agrees on hand edits, merge artifacts and other YAML (6,000 seeded edits of written ledgers)', () => {
    const random = seededRandom(99);
    const paths = { fast: 0, full: 0 };
    for (let i = 0; i < 6000; i++) {
      let text = serialiseLedger(entry(random, random() < 0.3));
      for (let edits = 1 + Math.floor(random() * 2); edits > 0; edits--) text = pick(random, EDITS)(text, random);
      paths[agrees(text)]++;
    }
    expect(paths.fast).toBeGreaterThan(300);
    expect(paths.full).toBeGreaterThan(3000);
  }, LONG);

  it('agrees on every pair of tricky pieces as a value and as a key (2 × 7,225 small ledgers)', () => {
    const tricky = [...YAMLISH, 'a', 'é', '日', '\ud800', '\u00e9\u0301', 'https://x.example/a?b=1#c', '   ', '#x', '-x', '?x', ':x', '.x', '<<x'];
    let fast = 0;
    for (const a of tricky) {
      for (const b of tricky) {
        const value = `${a}${b}`;
        const base: LedgerEntry = { postId: 'p', file: 'posts/p.md', contentHash: 'sha256:0', platforms: {} };
        const part: LedgerPart = { index: 0, key: 'k', state: 'intent', run: '1-1', intentAt: 't' };
        for (const e of [
          { ...base, postId: value, failures: [{ platform: 'x' as const, run: '1', at: 't', message: value }] },
          { ...base, platforms: { x: [{ ...part, ref: { [value]: 'v', [`${b}${a}`]: value } }] } },
        ]) if (agrees(serialiseLedger(e)) === 'fast') fast++;
      }
    }
    expect(fast).toBeGreaterThan(7225);
  }, LONG);

  it('keeps the error of a broken ledger (file:line)', () => {
    const text = serialiseLedger(entry(seededRandom(3), false)).replace(/state: live/, 'state: sent');
    expect(parseWrittenLedger(text)).toBeUndefined();
    expect(() => parseLedger(FILE, text)).toThrow(/^published\/p\.yml:\d+:\d+: platforms\.\w+\.0\.state: expected "intent" or "live"/);
  });
});
