import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  RULES,
  wordsKey
} from "./chunk-L3OVHFWK.js";
import {
  ROSTER_RULES
} from "./chunk-GYNSEHEG.js";
import {
  resolveSetting
} from "./chunk-QAULGZOP.js";
import {
  renderPost,
  targetPlatforms
} from "./chunk-ZI62ZNWL.js";
import {
  parsePost
} from "./chunk-XT3XOB4D.js";

// src/core/rules/config-findings.ts
var CONFIG_RULE_ID = "config-rules";
function configFinding(config, id, message, hint) {
  const { line, column } = config.ruleLines && Object.hasOwn(config.ruleLines, id) && config.ruleLines[id] || { line: 1, column: 1 };
  return { ruleId: CONFIG_RULE_ID, severity: "error", file: config.file, line, column, message, hint };
}
function unknownRuleIds(config) {
  const known = [...RULES, ...ROSTER_RULES].map((rule) => rule.id);
  return Object.keys(config.rules).filter((id) => !known.includes(id)).map((id) => {
    const guess = closest(id, known);
    return configFinding(
      config,
      id,
      `rules: unknown rule '${id}'${guess ? `; did you mean '${guess}'?` : ""}`,
      `Rule ids are listed in docs/rules.md: ${known.join(", ")}.`
    );
  });
}
function invalidRuleSettings(config) {
  const findings = [];
  for (const rule of [...RULES, ...ROSTER_RULES]) {
    if (!Object.hasOwn(config.rules, rule.id)) continue;
    const { problems } = resolveSetting(rule.defaultSeverity, rule.options, config.rules[rule.id]);
    for (const problem of problems) {
      findings.push(
        configFinding(
          config,
          rule.id,
          `rules.${rule.id}: ${problem}`,
          `Until fixed, '${rule.id}' runs with its defaults there; see ${rule.id.startsWith("roster-") ? "docs/governance.md#roles-and-admins" : `docs/rules.md#${rule.id}`}.`
        )
      );
    }
  }
  return findings;
}
function ruleConfigFindings(config) {
  return [...unknownRuleIds(config), ...invalidRuleSettings(config)];
}
function closest(id, candidates) {
  let best;
  let bestDistance = Math.max(2, Math.floor(id.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(id.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

// src/core/rules/index.ts
function repoView(posts, mediaExists) {
  const built = /* @__PURE__ */ new Map();
  return {
    posts,
    mediaExists,
    shared(key, build) {
      if (!built.has(key)) built.set(key, build());
      return built.get(key);
    }
  };
}
var RANK = new Map(
  [...RULES].map((rule) => rule.id).sort((a, b) => a.localeCompare(b)).map((id, rank) => [id, rank])
);
function rankOf(ruleId) {
  return RANK.get(ruleId) ?? RANK.size;
}
function runRules(input) {
  const findings = [];
  const checklist = [];
  const settings = RULES.map(
    (rule) => resolveSetting(rule.defaultSeverity, rule.options, input.config.rules[rule.id])
  );
  const { post, renditions, config, repo, now } = input;
  for (const [index, rule] of RULES.entries()) {
    const { severity, options } = settings[index];
    if (severity === "off") continue;
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
function checklistKey(text) {
  return wordsKey(text, "-");
}

// src/core/check.ts
async function checkPosts(input) {
  const parsed = input.files.map((file) => ({
    file: file.path,
    result: parsePost(file.path, file.content, { timeZone: input.config.timezone })
  }));
  const checkedFiles = new Set(parsed.map((p) => p.file));
  const posts = parsed.flatMap((p) => p.result.ok ? [p.result.post] : []);
  const view = repoView(
    [...(input.otherPosts ?? []).filter((p) => !checkedFiles.has(p.file)), ...posts],
    input.mediaExists ?? (() => true)
  );
  const repo = input.published ? { ...view, published: input.published } : view;
  const reports = [];
  for (const { file, result } of parsed) {
    const post = result.post;
    if (!post) {
      reports.push({ file, renditions: [], findings: result.findings, checklist: [] });
      continue;
    }
    const renditions = targetPlatforms(post, input.config).map((platform) => renderPost(post, platform));
    const ruled = runRules({ post, renditions, config: input.config, repo, now: input.now });
    reports.push({
      file,
      ...result.ok ? { post } : {},
      renditions,
      findings: result.findings.length === 0 ? ruled.findings : [...result.findings, ...ruled.findings],
      checklist: ruled.checklist
    });
  }
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const finding of report.findings) {
      if (finding.severity === "error") errors++;
      else if (finding.severity === "warn") warnings++;
    }
  }
  return { posts: reports, errors, warnings };
}

export {
  ruleConfigFindings,
  checkPosts
};
