// Runs the guideline rules on one post. Pure: every input (the repo's posts, which media exist, now) is data.
import type { ChecklistItem, Finding, Post } from '../types.ts';
import { resolveSetting, type ResolvedSetting } from './options.ts';
import { RULES } from './registry.ts';
import type { RepoView, Rule, RuleInput } from './types.ts';
import { wordsKey } from './terms.ts';

export type { RepoView, RuleInput, Rule, Draft, RuleResult, RuleContext } from './types.ts';
export { RULES } from './registry.ts';
export { unknownRuleIds, invalidRuleSettings, ruleConfigFindings } from './config-findings.ts';

/** The view of the repository one check's rules share. */
export function repoView(posts: Post[], mediaExists: (path: string) => boolean): RepoView {
  const built = new Map<string, unknown>();
  return {
    posts,
    mediaExists,
    shared<T>(key: string, build: () => T): T {
      if (!built.has(key)) built.set(key, build());
      return built.get(key) as T;
    },
  };
}

// Findings at the same place are ordered by rule id; each rule's place in that order is computed once.
const RANK = new Map(
  [...RULES]
    .map((rule) => rule.id)
    .sort((a, b) => a.localeCompare(b))
    .map((id, rank) => [id, rank] as const),
);

function rankOf(ruleId: string): number {
  return RANK.get(ruleId) ?? RANK.size;
}

export function runRules(input: RuleInput): { findings: Finding[]; checklist: ChecklistItem[] } {
  const findings: Finding[] = [];
  const checklist: ChecklistItem[] = [];
  const settings = (RULES as readonly Rule[]).map((rule) =>
    resolveSetting(rule.defaultSeverity, rule.options, input.config.rules[rule.id]),
  );
  const { post, renditions, config, repo, now } = input;
  for (const [index, rule] of (RULES as readonly Rule[]).entries()) {
    const { severity, options } = settings[index] as ResolvedSetting<Record<string, unknown>>;
    if (severity === 'off') continue;
    const result = rule.check({ post, renditions, config, repo, now, options });
    for (const draft of result.findings) {
      findings.push({ ...draft, file: draft.file ?? post.file, ruleId: rule.id, severity });
    }
    if (result.checklist) {
      for (const text of new Set(result.checklist)) {
        checklist.push({ id: `${rule.id}:${post.id}:${checklistKey(text)}`, file: post.file, text });
      }
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || rankOf(a.ruleId) - rankOf(b.ruleId));
  return { findings, checklist };
}

function checklistKey(text: string): string {
  return wordsKey(text, '-');
}
