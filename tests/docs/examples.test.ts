// Docs agree with the code: every YAML and markdown example in docs/ and the README goes through the parser
// that reads the real thing. A config example (top-level keys of .github/herald.yml) through parseConfig and
// the rule and roster checks `herald check` runs; a post (front matter) through parsePost; a workflow
// through the workflow lint. An example that is none of these fails, so nothing goes unchecked.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { CONFIG_KEYS, parseConfig } from '../../src/core/config/parse.ts';
import { COMMON_KEYS, PLATFORM_OPTIONS } from '../../src/core/config/platforms.ts';
import { PLATFORM_IDS } from '../../src/core/types.ts';
import { parseLedger } from '../../src/core/ledger/format.ts';
import { parsePost } from '../../src/core/post/parse.ts';
import { ruleConfigFindings } from '../../src/core/rules/index.ts';
import { lintWorkflow } from '../../src/init/lint-workflows.ts';

const root = resolve(import.meta.dirname, '../..');
const files = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const POST_KEYS = [
  'language',
  'platforms',
  'publish_at',
  'content_warning',
  'overrides',
  'media',
  'labels',
  'repost',
  'reply_to',
  'goals',
  'title',
  'thread',
  'link',
  'alt',
  'visibility',
];

interface Example {
  file: string;
  line: number;
  lang: string;
  text: string;
}

function examples(file: string): Example[] {
  const found: Example[] = [];
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(yaml|yml|markdown|md)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(indent));
    found.push({ file, line: i + 1, lang: open[2]!, text: body.join('\n') + '\n' });
    i = j;
  }
  return found;
}

type Kind = 'config' | 'post' | 'post-body' | 'post-front-matter' | 'ledger' | 'workflow' | 'workflow-fragment' | 'unknown';

function kind(example: Example): Kind {
  if (example.lang === 'markdown' || example.lang === 'md') return example.text.startsWith('---\n') ? 'post' : 'post-body';
  // Front matter shown with its --- fences, without a body.
  if (/^---\n[\s\S]*\n---\n$/.test(example.text)) return 'post';
  const doc = parseDocument(example.text);
  const keys = Object.keys((doc.toJS() as Record<string, unknown> | null) ?? {});
  if (keys.includes('jobs') || keys.includes('runs')) return 'workflow';
  if (keys.length && keys.every((k) => ['on', 'concurrency', 'permissions', 'env'].includes(k))) return 'workflow-fragment';
  if (keys.includes('post') && keys.includes('file') && keys.includes('platforms')) return 'ledger';
  if (keys.length && keys.every((k) => (CONFIG_KEYS as readonly string[]).includes(k))) return 'config';
  if (keys.length && keys.every((k) => POST_KEYS.includes(k))) return 'post-front-matter';
  return 'unknown';
}

const all = files.flatMap(examples);

describe('docs examples', () => {
  it('finds the examples', () => {
    expect(all.filter((e) => kind(e) === 'config').length).toBeGreaterThan(10);
    expect(all.filter((e) => kind(e).startsWith('post')).length).toBeGreaterThan(5);
  });

  it.each(all.map((e) => [`${e.file}:${e.line}`, e] as const))('%s is valid', (_where, example) => {
    const where = `${example.file}:${example.line}`;
    const errors = (findings: { severity: string; line: number; message: string }[]) =>
      findings.filter((f) => f.severity === 'error').map((f) => `${where} (+${f.line}): ${f.message}`);
    switch (kind(example)) {
      case 'config': {
        const parsed = parseConfig('.github/herald.yml', example.text);
        expect(errors(parsed.findings)).toEqual([]);
        if (parsed.ok) expect(errors(ruleConfigFindings(parsed.config))).toEqual([]);
        break;
      }
      case 'post':
        expect(
          errors(
            parsePost('posts/example.md', example.text.endsWith('---\n') ? `${example.text}An example post.\n` : example.text).findings,
          ),
        ).toEqual([]);
        break;
      case 'post-body':
        expect(errors(parsePost('posts/example.md', `---\nlanguage: en\n---\n${example.text}`).findings)).toEqual([]);
        break;
      case 'ledger':
        expect(() => parseLedger(where, example.text.replace(/…/g, '0'))).not.toThrow();
        break;
      case 'workflow-fragment':
        expect(parseDocument(example.text).errors).toEqual([]);
        break;
      case 'post-front-matter':
        expect(errors(parsePost('posts/example.md', `---\n${example.text}---\nAn example post.\n`).findings)).toEqual([]);
        break;
      case 'workflow':
        expect(lintWorkflow(where, example.text).map((p) => p.message)).toEqual([]);
        break;
      default:
        expect.fail(`${where}: a \`\`\`${example.lang} example that is neither a config, a post nor a workflow:\n${example.text}`);
    }
  });
});

describe('docs/credentials.md', () => {
  it('names only config keys the config accepts for each platform', () => {
    const text = readFileSync(join(root, 'docs/credentials.md'), 'utf8');
    const rows = text.split('\n').filter((l) => (PLATFORM_IDS as readonly string[]).includes(l.split('|')[1]?.trim().toLowerCase() ?? ''));
    expect(rows).toHaveLength(PLATFORM_IDS.length);
    for (const row of rows) {
      const [, name, , config] = row.split('|').map((c) => c.trim());
      const id = PLATFORM_IDS.find((p) => p === name!.toLowerCase())!;
      const keys = [...config!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      const accepted = [...COMMON_KEYS, ...PLATFORM_OPTIONS[id]];
      expect(
        keys.filter((k) => !accepted.includes(k)),
        `${name}: ${config}`,
      ).toEqual([]);
    }
  });
});
