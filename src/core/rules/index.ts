// Runs the guideline rules on one post. Pure: every input (the repo's posts, which media exist, now) is data.
import type { ChecklistItem, Finding, HeraldConfig } from '../types.ts';
import { resolveSetting } from './options.ts';
import { RULES } from './registry.ts';
import type { Rule, RuleInput } from './types.ts';

export type { RepoView, RuleInput, Rule, Draft, RuleResult, RuleContext } from './types.ts';
export { RULES } from './registry.ts';
export { unknownRuleIds, invalidRuleSettings, ruleConfigFindings } from './config-findings.ts';

export async function runRules(input: RuleInput): Promise<{ findings: Finding[]; checklist: ChecklistItem[] }> {
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  for (const rule of RULES as readonly Rule[]) {
    const { severity, options } = resolveSetting(rule.defaultSeverity, rule.options, input.config.rules[rule.id]);
    if (severity === 'off') continue;
    const result = await rule.check({ ...input, options });
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
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}
