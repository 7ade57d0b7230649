// Runs the guideline rules on one post. Pure: every input (the repo's posts, which media exist, now) is data.
import type { ChecklistItem, Finding, HeraldConfig } from '../types.ts';
import { resolveSetting, type ResolvedSetting } from './options.ts';
import { RULES } from './registry.ts';
import type { Rule, RuleInput } from './types.ts';
import { wordsKey } from './words-key.ts';

export type { RepoView, RuleInput, Rule, Draft, RuleResult, RuleContext } from './types.ts';
export { RULES } from './registry.ts';
export { unknownRuleIds, invalidRuleSettings, ruleConfigFindings } from './config-findings.ts';

// Settings are read once per config (runRules runs once per post with the same config).
const settingsCache = new WeakMap<HeraldConfig, ResolvedSetting<Record<string, unknown>>[]>();

function settingsFor(config: HeraldConfig): ResolvedSetting<Record<string, unknown>>[] {
  let settings = settingsCache.get(config);
  if (!settings) {
    settings = (RULES as readonly Rule[]).map((rule) => resolveSetting(rule.defaultSeverity, rule.options, config.rules[rule.id]));
    settingsCache.set(config, settings);
  }
  return settings;
}

export async function runRules(input: RuleInput): Promise<{ findings: Finding[]; checklist: ChecklistItem[] }> {
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  const settings = settingsFor(input.config);
  for (const [index, rule] of (RULES as readonly Rule[]).entries()) {
    const { severity, options } = settings[index] as ResolvedSetting<Record<string, unknown>>;
    if (severity === 'off') continue;
    const checked = rule.check({ ...input, options });
    const result = checked instanceof Promise ? await checked : checked;
    for (const draft of result.findings) {
      findings.push({ ...draft, file: draft.file ?? input.post.file, ruleId: rule.id, severity });
    }
    for (const text of new Set(result.checklist ?? [])) {
      checklist.push({ id: `${rule.id}:${input.post.id}:${checklistKey(text)}`, file: input.post.file, text });
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { findings, checklist };
}

function checklistKey(text: string): string {
  return wordsKey(text, '-');
}
