// The editor schemas agree with the parser: what the repository ships validates, what the parser
// refuses the schema refuses too, and the files in docs/schema are the generated ones.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, parseConfig } from '../../../src/core/config/parse.ts';
import { POST_FIELDS } from '../../../src/core/post/fields.ts';
import { ruleConfigFindings } from '../../../src/core/rules/index.ts';
import { parsePost } from '../../../src/core/post/parse.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { postFrontMatterSchema } from '../../../src/core/schema/post.ts';

const ROOT = join(import.meta.dirname, '../../..');
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
const validPost = ajv.compile(postFrontMatterSchema());
const validConfig = ajv.compile(configSchema());
const frontMatter = (source: string): unknown => parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') ?? {};

describe('post front matter schema', () => {
  it('has exactly the fields the parser reads', () => {
    expect(Object.keys(postFrontMatterSchema().properties as object)).toEqual([...POST_FIELDS]);
  });

  it('accepts every sample post', () => {
    for (const file of readdirSync(join(ROOT, 'posts')).filter((f) => f.endsWith('.md'))) {
      const source = readFileSync(join(ROOT, 'posts', file), 'utf8');
      expect(validPost(frontMatter(source)), `${file}: ${ajv.errorsText(validPost.errors)}`).toBe(true);
    }
  });

  it.each([
    ['publish-at: 2026-12-01T09:00:00Z'],
    ['platforms: [mastadon]'],
    ['visibility: secret'],
    ['link_card: "yes"'],
    ['publish_at: 2026-12-01 09:00'],
    ['reply_to: not a url'],
  ])('refuses %s, as the parser does', (yaml) => {
    const source = `---\n${yaml}\n---\nHi`;
    expect(parsePost('posts/a.md', source).ok).toBe(false);
    expect(validPost(frontMatter(source))).toBe(false);
  });
});

describe('config schema', () => {
  it('has exactly the sections the parser reads', () => {
    expect(Object.keys(configSchema().properties as object)).toEqual([...CONFIG_KEYS]);
  });

  it("accepts the repository's own config", () => {
    const config = parse(readFileSync(join(ROOT, '.github/herald.yml'), 'utf8'));
    expect(validConfig(config), ajv.errorsText(validConfig.errors)).toBe(true);
  });

  it.each([
    ['timezone: Europe/Amsterdam\nvoting: true\n'],
    ['rules:\n  hashtag-count: warning\n'],
    ['rules:\n  hashtag-count: [warn, { maximum: 3 }]\n'],
    ['platforms:\n  mastodon: { server: https://fosstodon.org, colour: red }\n'],
    ['roster:\n  - login: ada\n    role: president\n    term: { start: 2026-01-01 }\n'],
  ])('refuses %j, as the parser does', (yaml) => {
    // Rule options are checked against the registry after parsing (ruleConfigFindings), as herald check does.
    const parsed = parseConfig('.github/herald.yml', yaml);
    expect(!parsed.ok || ruleConfigFindings(parsed.config).some((f) => f.severity === 'error')).toBe(true);
    expect(validConfig(parse(yaml))).toBe(false);
  });
});

describe('docs/schema', () => {
  it.each([
    ['herald-config.schema.json', configSchema],
    ['post-front-matter.schema.json', postFrontMatterSchema],
  ])('%s is the generated schema (herald schema writes it)', (file, build) => {
    expect(JSON.parse(readFileSync(join(ROOT, 'docs/schema', file), 'utf8'))).toEqual(build());
  });
});
