// runRules, the registry, ESLint-style settings and the config findings.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config/parse.ts';
import { invalidRuleSettings, ruleConfigFindings, RULES, runRules, unknownRuleIds } from '../../../src/core/rules/index.ts';
import type { HeraldConfig } from '../../../src/core/types.ts';
import { config, part, post, repo } from './fixtures.ts';

describe('registry', () => {
  it('has unique kebab-case ids, descriptions and valid option defaults', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.rationale.length).toBeGreaterThan(10);
      for (const [name, spec] of Object.entries(rule.options))
        expect(spec.parse(spec.default), `${rule.id}.${name}`).toMatchObject({ ok: true });
    }
  });
});

describe('rule texts', () => {
  it('name word lists as they are written in .github/herald.yml (words.inclusive_ignore, not inclusiveIgnore)', async () => {
    for (const rule of RULES) expect(rule.description, rule.id).not.toMatch(/words\.[a-z]+[A-Z]/);
    const guys = post({ parts: [part('Thanks, guys! What the crap.', 5)] });
    const { findings } = await runRules({ post: guys, renditions: [], config: config(), repo: repo(), now: new Date() });
    const hints = findings.filter((f) => f.ruleId === 'inclusive-language' || f.ruleId === 'profanity').map((f) => f.hint);
    expect(hints).toHaveLength(2);
    for (const hint of hints) expect(hint).toContain('words.inclusive_ignore');
  });
});

describe('runRules', () => {
  const loud = post({ parts: [part('This is HUGE and #opensource', 5)], language: undefined });

  it('applies default severities and sorts findings by position', async () => {
    const result = await runRules({ post: loud, renditions: [], config: config(), repo: repo(), now: new Date() });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.line, f.column, f.file])).toEqual([
      ['language-present', 'warn', 1, 1, 'posts/2026-12-01-release.md'],
      ['all-caps', 'warn', 5, 9, 'posts/2026-12-01-release.md'],
      ['hashtag-case', 'warn', 5, 18, 'posts/2026-12-01-release.md'],
    ]);
  });

  it.each([
    [{ 'all-caps': 'off' }, ['language-present', 'hashtag-case']],
    [{ 'all-caps': 'error', 'language-present': ['off'] }, ['all-caps', 'hashtag-case']],
    [{ 'hashtag-case': ['warn', { min_length: 20 }] }, ['language-present', 'all-caps']],
    [{ 'all-caps': ['error', { minLength: 5 }] }, ['language-present', 'hashtag-case']],
  ])('honours %j', async (rules, expected) => {
    const result = await runRules({
      post: loud,
      renditions: [],
      config: config({ rules: rules as HeraldConfig['rules'] }),
      repo: repo(),
      now: new Date(),
    });
    expect(result.findings.map((f) => f.ruleId)).toEqual(expected);
  });
});

describe('config findings', () => {
  it('names unknown rule ids with a did-you-mean', () => {
    expect(
      unknownRuleIds(config({ rules: { 'alt-txt': 'warn', 'no-such-thing': 'off', length: 'warn' } })).map((f) => [
        f.file,
        f.line,
        f.message,
      ]),
    ).toEqual([
      ['.github/herald.yml', 1, "rules: unknown rule 'alt-txt'; did you mean 'alt-text'?"],
      ['.github/herald.yml', 1, "rules: unknown rule 'no-such-thing'"],
    ]);
  });

  it("points at the rule's key in the config file", () => {
    const source = 'timezone: UTC\nrules:\n  hashtag-cout: warn\n  all-caps: [warn, { min_lenght: 3 }]\n';
    const parsed = parseConfig('.github/herald.yml', source);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    expect(ruleConfigFindings(parsed.config).map((f) => [f.line, f.column, f.message])).toEqual([
      [3, 3, "rules: unknown rule 'hashtag-cout'; did you mean 'hashtag-count'?"],
      [4, 3, "rules.all-caps: unknown option 'min_lenght' (known: min_length); did you mean 'min_length'?"],
    ]);
  });

  it.each([
    ['loud', "rules.all-caps: expected 'off', 'warn', 'error' or [severity, { options }], got \"loud\""],
    [['warn', { min_length: 1 }], "rules.all-caps: option 'min_length' must be an integer ≥ 2, got 1"],
    [['warn', { minLength: 1 }], "rules.all-caps: option 'min_length' (written 'minLength') must be an integer ≥ 2, got 1"],
    [['warn', { min: 3 }], "rules.all-caps: unknown option 'min' (known: min_length); did you mean 'min_length'?"],
    [['warn', [3]], 'rules.all-caps: options must be a mapping, got [3]'],
  ])('reports %j', (setting, message) => {
    const findings = invalidRuleSettings(config({ rules: { 'all-caps': setting as never } }));
    expect(findings.map((f) => f.message)).toEqual([message]);
  });

  it('runs a rule with a bad option on its defaults', async () => {
    const result = await runRules({
      post: post({ parts: [part('HUGE', 5)] }),
      renditions: [],
      config: config({ rules: { 'all-caps': ['error', { minLength: 'x' }] } }),
      repo: repo(),
      now: new Date(),
    });
    expect(result.findings.filter((f) => f.ruleId === 'all-caps').map((f) => f.severity)).toEqual(['error']);
  });
});
