// Problems with the config's `rules:` block: ids that name no rule, and settings that do not parse.
import { ROSTER_RULES } from '../governance/lint-roster.ts';
import type { Finding, HeraldConfig } from '../types.ts';
import { resolveSetting } from './options.ts';
import { RULES } from './registry.ts';
import type { Rule } from './types.ts';

const CONFIG_RULE_ID = 'config-rules';

/** At the rule's key in `rules:` when the config says where it is, else at the top of the file. */
function configFinding(config: HeraldConfig, id: string, message: string, hint: string): Finding {
  const { line, column } = (config.ruleLines && Object.hasOwn(config.ruleLines, id) && config.ruleLines[id]) || { line: 1, column: 1 };
  return { ruleId: CONFIG_RULE_ID, severity: 'error', file: config.file, line, column, message, hint };
}

/** Config `rules:` entries naming ids that do not exist, with a did-you-mean. */
export function unknownRuleIds(config: HeraldConfig): Finding[] {
  const known = [...RULES, ...ROSTER_RULES].map((rule) => rule.id);
  return Object.keys(config.rules)
    .filter((id) => !known.includes(id))
    .map((id) => {
      const guess = closest(id, known);
      return configFinding(
        config,
        id,
        `rules: unknown rule '${id}'${guess ? `; did you mean '${guess}'?` : ''}`,
        `Rule ids are listed in docs/rules.md: ${known.join(', ')}.`,
      );
    });
}

/** Config `rules:` entries for real rules whose severity or options are invalid. */
export function invalidRuleSettings(config: HeraldConfig): Finding[] {
  const findings: Finding[] = [];
  for (const rule of [...RULES, ...ROSTER_RULES] as readonly Pick<Rule, 'id' | 'defaultSeverity' | 'options'>[]) {
    if (!Object.hasOwn(config.rules, rule.id)) continue;
    const { problems } = resolveSetting(rule.defaultSeverity, rule.options, config.rules[rule.id]);
    for (const problem of problems) {
      findings.push(
        configFinding(
          config,
          rule.id,
          `rules.${rule.id}: ${problem}`,
          `Until fixed, '${rule.id}' runs with its defaults there; see ${rule.id.startsWith('roster-') ? 'docs/governance.md#roles-and-admins' : `docs/rules.md#${rule.id}`}.`,
        ),
      );
    }
  }
  return findings;
}

/** Everything wrong with the `rules:` block. */
export function ruleConfigFindings(config: HeraldConfig): Finding[] {
  return [...unknownRuleIds(config), ...invalidRuleSettings(config)];
}

function closest(id: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(id.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
