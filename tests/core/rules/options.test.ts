// Rule options: snake_case in .github/herald.yml like every other key, camelCase still read for older configs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config/parse.ts';
import { ruleConfigFindings, RULES, runRules } from '../../../src/core/rules/index.ts';
import { integer, optionName, resolveSetting, stringList } from '../../../src/core/rules/options.ts';
import { postingCadence } from '../../../src/core/rules/builtin/posting-cadence.ts';
import { part, post, repo } from './fixtures.ts';

const schema = { maxPerDay: integer('Most posts per day.', 3, 1), kinds: stringList('Kinds.', ['image']) };

describe('optionName', () => {
  it('writes a rule module’s option key as the config spells it', () => {
    expect(['maxPerDay', 'minLength', 'max', 'sureness'].map(optionName)).toEqual(['max_per_day', 'min_length', 'max', 'sureness']);
  });
});

describe('resolveSetting', () => {
  it('reads the snake_case spelling into the rule’s own option key', () => {
    expect(resolveSetting('warn', schema, ['error', { max_per_day: 5 }])).toEqual({
      severity: 'error',
      options: { maxPerDay: 5, kinds: ['image'] },
      problems: [],
    });
    expect(resolveSetting('warn', postingCadence.options, ['warn', { max_per_day: 5 }]).options).toEqual({ maxPerDay: 5 });
  });

  it('still reads the camelCase spelling of configs written before', () => {
    expect(resolveSetting('warn', schema, ['warn', { maxPerDay: 4, kinds: ['gif'] }])).toEqual({
      severity: 'warn',
      options: { maxPerDay: 4, kinds: ['gif'] },
      problems: [],
    });
  });

  it('refuses both spellings of one option, naming both, and keeps the default', () => {
    expect(resolveSetting('warn', schema, ['warn', { max_per_day: 5, maxPerDay: 2 }])).toEqual({
      severity: 'warn',
      options: { maxPerDay: 3, kinds: ['image'] },
      problems: ["option 'max_per_day' is given twice, as 'max_per_day' and as 'maxPerDay': keep only 'max_per_day'"],
    });
  });

  it('names a bad value’s option in snake_case, and the spelling used when it differs', () => {
    expect(resolveSetting('warn', schema, ['warn', { max_per_day: 0 }]).problems).toEqual([
      "option 'max_per_day' must be an integer ≥ 1, got 0",
    ]);
    expect(resolveSetting('warn', schema, ['warn', { maxPerDay: 'x' }]).problems).toEqual([
      "option 'max_per_day' (written 'maxPerDay') must be an integer ≥ 1, got \"x\"",
    ]);
  });

  it('suggests the snake_case name for a misspelt option, whichever spelling the typo started from', () => {
    expect(resolveSetting('warn', schema, ['warn', { max_per_dya: 5 }]).problems).toEqual([
      "unknown option 'max_per_dya' (known: max_per_day, kinds); did you mean 'max_per_day'?",
    ]);
    expect(resolveSetting('warn', schema, ['warn', { maxPerDya: 5 }]).problems).toEqual([
      "unknown option 'maxPerDya' (known: max_per_day, kinds); did you mean 'max_per_day'?",
    ]);
    expect(resolveSetting('warn', schema, ['warn', { colour: 'red' }]).problems).toEqual([
      "unknown option 'colour' (known: max_per_day, kinds)",
    ]);
    expect(resolveSetting('warn', {}, ['warn', { max: 1 }]).problems).toEqual(["unknown option 'max' (this rule has no options)"]);
  });

  it('does not take mixed spellings (max_perDay) or another case for an option', () => {
    expect(resolveSetting('warn', schema, ['warn', { max_perDay: 5, MaxPerDay: 5 }]).problems).toEqual([
      "unknown option 'max_perDay' (known: max_per_day, kinds); did you mean 'max_per_day'?",
      "unknown option 'MaxPerDay' (known: max_per_day, kinds); did you mean 'max_per_day'?",
    ]);
  });
});

describe('options in .github/herald.yml', () => {
  const read = (rules: string) => {
    const parsed = parseConfig('.github/herald.yml', `timezone: UTC\nrules:\n${rules}`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    return parsed.config;
  };

  it('runs a rule with its snake_case options', async () => {
    const loud = post({ parts: [part('This is HUGE news', 5)] });
    const run = async (rules: string) =>
      (await runRules({ post: loud, renditions: [], config: read(rules), repo: repo(), now: new Date() })).findings.filter(
        (f) => f.ruleId === 'all-caps',
      );
    expect(await run('  all-caps: [warn, { min_length: 5 }]\n')).toEqual([]);
    expect(await run('  all-caps: [warn, { minLength: 5 }]\n')).toEqual([]);
    expect(await run('  all-caps: [warn, { min_length: 4 }]\n')).toHaveLength(1);
  });

  it("reports both spellings of one option at the rule's key", () => {
    const findings = ruleConfigFindings(read('  all-caps: warn\n  posting-cadence: [warn, { max_per_day: 5, maxPerDay: 4 }]\n'));
    expect(findings.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [
        4,
        3,
        'error',
        "rules.posting-cadence: option 'max_per_day' is given twice, as 'max_per_day' and as 'maxPerDay': keep only 'max_per_day'",
      ],
    ]);
  });
});

describe('docs/rules.md', () => {
  const doc = readFileSync(join(import.meta.dirname, '../../../docs/rules.md'), 'utf8');
  const section = (id: string) => {
    const start = doc.indexOf(`\n## ${id}\n`);
    expect(start, `docs/rules.md has no section for ${id}`).toBeGreaterThan(-1);
    const end = doc.indexOf('\n## ', start + 1);
    return doc.slice(start, end === -1 ? undefined : end);
  };

  it("lists every rule's options as the config spells them, with the registry's defaults and meanings", () => {
    for (const rule of RULES) {
      const text = section(rule.id);
      const entries = Object.entries(rule.options);
      if (entries.length === 0) expect(text, rule.id).toContain('No options.');
      const rows = text.split('\n').filter((line) => /^\| `/.test(line));
      expect(rows, rule.id).toEqual(
        entries.map(([key, spec]) => `| \`${optionName(key)}\` | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`),
      );
      // Descriptions name options too ("At most `max_per_day` posts"): the doc uses the config's spelling.
      for (const [key] of entries) if (optionName(key) !== key) expect(text, rule.id).not.toContain(`\`${key}\``);
    }
  });

  it('shows no camelCase option in the YAML examples of the docs', () => {
    const configuration = readFileSync(join(import.meta.dirname, '../../../docs/configuration.md'), 'utf8');
    const examples = [...`${doc}\n${configuration}`.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
    expect(examples).toContain('max_per_day: 5');
    for (const rule of RULES) {
      for (const key of Object.keys(rule.options)) if (optionName(key) !== key) expect(examples).not.toMatch(new RegExp(`\\b${key}\\b`));
    }
  });
});
