// Thousands of malformed inputs into parsePost and parseConfig: no throw, and every answer is either
// a value or findings that name the file and a line. Seeded, so a failure is reproducible.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config/parse.ts';
import { parsePost } from '../../../src/core/post/parse.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SEED = Number(process.env.HERALD_FUZZ_SEED ?? 0x5eed);

const encoder = new TextEncoder();
const samplePosts = readdirSync(join(ROOT, 'posts'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(join(ROOT, 'posts', f)));
const sampleConfig = readFileSync(join(ROOT, '.github/herald.yml'));
const TOKENS = [
  '---',
  '---js',
  '+++',
  '\n',
  '\r\n',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '!!',
  '!js/function ',
  '<<: ',
  '|',
  '>',
  '"',
  "'",
  '#',
  '![',
  '](',
  ')',
  '..',
  '/',
  '\\',
  '%2e',
  '\0',
  '\uFEFF',
  '\uD800',
  'é',
  '👩‍👩‍👧',
  'platforms',
  'overrides',
  'publish_at',
  'repost',
  'roster',
  'term',
  'rules',
  '2026-13-45T99:99:99+25:00',
  'https://',
  'javascript:',
  '    ',
  '\t',
  '__proto__',
  'constructor',
];

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = Array.from(bytes);
  const edits = 1 + Math.floor(random() * 8);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = random();
    if (kind < 0.3) out[at] = Math.floor(random() * 256);
    else if (kind < 0.5) out.splice(at, 1 + Math.floor(random() * 16));
    else if (kind < 0.8) out.splice(at, 0, ...encoder.encode(TOKENS[Math.floor(random() * TOKENS.length)]!));
    else out.splice(at, 0, ...out.slice(Math.floor(random() * out.length), Math.floor(random() * out.length)));
  }
  return Uint8Array.from(out);
}

function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

function tokenSoup(random: () => number, count: number): string {
  return Array.from({ length: count }, () => TOKENS[Math.floor(random() * TOKENS.length)]).join('');
}

function aliasBomb(levels: number): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= levels; i++)
    lines.push(
      `l${i}: &l${i} [${Array(9)
        .fill(i === 1 ? '*a' : `*l${i - 1}`)
        .join(',')}]`,
    );
  return lines.join('\n');
}

function inputs(random: () => number): (string | Uint8Array)[] {
  const list: (string | Uint8Array)[] = [];
  for (let i = 0; i < 400; i++) list.push(randomBytes(random, Math.floor(random() * 400)));
  for (let i = 0; i < 400; i++) list.push(tokenSoup(random, Math.floor(random() * 60)));
  for (let i = 0; i < 1000; i++) list.push(mutate(samplePosts[i % samplePosts.length]!, random));
  for (let i = 0; i < 300; i++) list.push(mutate(sampleConfig, random));
  list.push(`---\n${aliasBomb(12)}\n---\nHi`, aliasBomb(12), `roster: ${'['.repeat(50_000)}`, `---\nx: ${'{a: '.repeat(5_000)}\n---\n`);
  list.push(`---\n${Array.from({ length: 200 }, (_, d) => `${' '.repeat(d)}k${d}:`).join('\n')}\n---\nHi`);
  list.push('x'.repeat(300 * 1024), `---\nlanguage: en\n---\n${'![a](b.png "c") '.repeat(5_000)}`, `---\n${'tags: [a]\n'.repeat(2)}---\n`);
  return list;
}

/** Why an answer is not acceptable, or undefined when it is. */
function problemWith(
  result: { ok: boolean; findings: { file: string; line: number; column: number; message: string }[] },
  file: string,
): string | undefined {
  if (result.ok) return undefined;
  if (result.findings.length === 0) return 'rejected without a finding';
  const bad = result.findings.find((f) => f.file !== file || !(f.line >= 1) || !(f.column >= 1) || f.message.length === 0);
  return bad ? `bad finding ${JSON.stringify(bad)}` : undefined;
}

describe(`fuzz (seed ${SEED})`, () => {
  const cases = inputs(seededRandom(SEED));

  it(`parsePost and parseConfig answer ${cases.length} malformed inputs without throwing`, () => {
    let rejected = 0;
    const failures: string[] = [];
    for (const [index, input] of cases.entries()) {
      let post, config;
      try {
        post = parsePost('posts/fuzz.md', input);
        config = parseConfig('.github/herald.yml', input);
      } catch (error) {
        throw new Error(`input #${index} (seed ${SEED}) threw: ${(error as Error).stack}`, { cause: error });
      }
      for (const problem of [problemWith(post, 'posts/fuzz.md'), problemWith(config, '.github/herald.yml')]) {
        if (problem) failures.push(`input #${index}: ${problem}`);
      }
      if (!post.ok) rejected += 1;
    }
    expect(failures).toEqual([]);
    // The corpus must actually exercise the error paths, and the samples must mostly stay recognisable.
    expect(rejected).toBeGreaterThan(cases.length / 4);
  });

  it('never evaluates a ---js payload, even mutated', () => {
    const random = seededRandom(SEED + 1);
    const g = globalThis as Record<string, unknown>;
    delete g.heraldFuzzPwned;
    const payload = '---js\n{ platforms: (globalThis.heraldFuzzPwned = ["x"]) }\n---\nHi\n';
    for (let i = 0; i < 500; i++) {
      const input = mutate(encoder.encode(payload), random);
      parsePost('posts/fuzz.md', input);
      parseConfig('.github/herald.yml', input);
    }
    for (const fence of ['---js', '---javascript', '---coffee', '--- js', '---JavaScript ']) {
      parsePost('posts/fuzz.md', payload.replace('---js', fence));
    }
    expect(g.heraldFuzzPwned).toBeUndefined();
  });

  it('parses every unmodified sample', () => {
    for (const sample of samplePosts) expect(parsePost('posts/sample.md', sample).ok).toBe(true);
    expect(parseConfig('.github/herald.yml', sampleConfig).ok).toBe(true);
  });
});
