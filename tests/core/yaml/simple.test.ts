// The simple front matter reader must build exactly the yaml package's nodes, or give up: compared on seeded
// random and mutated front matter, node by node (value, type, source, range, key order), and through
// parsePost against parsePost with the fast reader switched off (same Post, same findings).
import { isMap, isNode, isPair, isScalar, Pair, parseDocument, Scalar, YAMLMap } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { generatePosts } from '../../../bench/_posts.ts';
import { parsePost } from '../../../src/core/post/parse.ts';
import { parseSimpleYaml } from '../../../src/core/yaml/simple.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const OPTIONS = { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, prettyErrors: false, strict: true, keepSourceTokens: false } as const;

function shape(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const n = node as { items?: { key: unknown; value: unknown }[]; value?: unknown; type?: string; source?: string; range?: number[] };
  if (n.items) return { map: n.range, keys: Object.keys(n), items: n.items.map((pair) => [Object.keys(pair), shape(pair.key), shape(pair.value)]) };
  return { value: n.value, type: n.type, source: n.source, range: n.range, keys: Object.keys(n) };
}

const KEYS = ['language', 'publish_at', 'content_warning', 'sponsor', 'x', 'mastodon', 'link_card', 'tags', 'a_b', 'Language', 'overrides'];
const SIMPLE = ['en', 'pt-BR', '2027-01-05T09:00:00+01:00', 'flashing images', 'Acme Corp', 'https://example.com/a/b', '"quoted text #1"', '"a: b"', 'v1.2', 'a,b', 'x:y'];
const TRICKY = [
  'https://example.com/a?b=c', '"esc \\" aped"', "'single'", 'true', 'False', 'NULL', '~', '12', '0x1F', '0o17', '1e3', '-5', '+1.5', '.inf', '.NaN', '1_000', '3.',
  'a: b', 'a #c', 'a#b', '[a, b]', '{a: 1}', '&anchor x', '*alias', '!!str x', '|', '>', '@handle', '`tick`', 'trailing ', 'yes', 'on',
  '2027-01-05', 'v1.2', '"', '"unterminated', 'a,b', 'x:y', '%x', '-', '- item', '"tab\there"', 'é', 'naïve café',
];

function randomFrontMatter(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const value = () => (random() < 0.7 ? pick(SIMPLE) : pick(TRICKY));
  const lines: string[] = [];
  const count = 1 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    if (random() < 0.25) {
      lines.push(`${pick(KEYS)}:`);
      const nested = Math.floor(random() * 3);
      for (let j = 0; j < nested; j++) lines.push(`${pick(['  ', '  ', '  ', '   ', '\t', ' '])}${pick(KEYS)}: ${value()}`);
    } else lines.push(`${pick(KEYS)}: ${value()}`);
    if (random() < 0.05) lines.push(pick(['', '# comment', '  ', '---', '...']));
  }
  return `\n${lines.join('\n')}${random() < 0.3 ? '\n' : ''}`;
}

const GLITCHES = [' ', ':', '#', '"', "'", '\\', '\n', '\r', '\t', '-', '[', '&', '*', '!', '|', 'a', '0', '.', '\u00a0'];

function mutate(text: string, random: () => number): string {
  const at = 1 + Math.floor(random() * Math.max(1, text.length - 1));
  const glitch = GLITCHES[Math.floor(random() * GLITCHES.length)] as string;
  const roll = random();
  if (roll < 0.4) return text.slice(0, at) + glitch + text.slice(at);
  if (roll < 0.7) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + glitch + text.slice(at + 1);
}

describe('parseSimpleYaml', () => {
  it('builds the yaml package nodes exactly, or gives up, on 6,000 seeded random and mutated front matters', () => {
    const random = seededRandom(20261203);
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < 6000; i++) {
      let text = randomFrontMatter(random);
      if (random() < 0.5) text = mutate(text, random);
      const simple = parseSimpleYaml(text);
      if (!simple) {
        refused++;
        continue;
      }
      accepted++;
      const doc = parseDocument(text, OPTIONS);
      expect([...doc.errors, ...doc.warnings].map((e) => e.code), JSON.stringify(text)).toEqual([]);
      expect(shape(simple), JSON.stringify(text)).toEqual(shape(doc.contents));
    }
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(2000);
  });

  it('builds nodes the yaml package knows by kind, each with its own fields', () => {
    const root = parseSimpleYaml('\nlanguage: en\noverrides:\n  x: "Short"')!;
    const [language, overrides] = root.items as Pair<Scalar, Scalar | YAMLMap>[];
    expect([isMap(root), root instanceof YAMLMap, isPair(language), language instanceof Pair, isScalar(language!.key), isScalar(language!.value)]).toEqual([true, true, true, true, true, true]);
    expect([isMap(overrides!.value), isNode(overrides!.key), isScalar(root), isMap(language!.value)]).toEqual([true, true, false, false]);
    const again = parseSimpleYaml('\nlanguage: de')!;
    expect(again.items).not.toBe(root.items);
    expect(((again.items[0] as Pair<Scalar, Scalar>).value as Scalar).value).toBe('de');
    expect((language!.value as Scalar).value).toBe('en');
  });

  it('reads the benchmark posts and their front matter lines', () => {
    expect(parseSimpleYaml('\nlanguage: en\noverrides:\n  x: "Short #Django"\ncontent_warning: flashing images')).toBeDefined();
    expect(parseSimpleYaml('\nlanguage: en\n# a comment')).toBeUndefined();
    expect(parseSimpleYaml('\nlink_card: false')).toBeUndefined();
    expect(parseSimpleYaml('\noverrides:')).toBeUndefined();
  });
});

describe('parsePost with the simple front matter reader', () => {
  it('gives the same result as with the full parser only, on generated and mutated posts', async () => {
    vi.resetModules();
    vi.doMock('../../../src/core/yaml/simple.ts', () => ({ parseSimpleYaml: () => undefined }));
    const slow = (await import('../../../src/core/post/parse.ts')).parsePost;
    vi.doUnmock('../../../src/core/yaml/simple.ts');
    expect(slow).not.toBe(parsePost);
    const random = seededRandom(20261204);
    let fast = 0;
    for (const post of generatePosts(1500, 7)) {
      let content = post.content;
      const roll = random();
      if (roll < 0.3) {
        const end = content.indexOf('\n---', 3);
        content = mutate(content.slice(0, end), random) + content.slice(end);
      } else if (roll < 0.45) content = content.replace(/^---\n/, `---\n${randomFrontMatter(random).slice(1)}\n`);
      if (parseSimpleYaml(content.slice(3, Math.max(3, content.indexOf('\n---', 3))))) fast++;
      expect(parsePost(post.path, content), content).toStrictEqual(slow(post.path, content));
    }
    expect(fast).toBeGreaterThan(900);
  });
});
