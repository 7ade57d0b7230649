import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  integer,
  resolveSetting,
  stringList
} from "./chunk-D5VXPMST.js";

// src/core/governance/lint-roster.ts
var GOVERNANCE_RULE = "roster";
var DAY_MS = 864e5;
var ROLES = ["chair", "co-chair", "board-liaison", "member"];
var admins = {
  id: "roster-admins",
  defaultSeverity: "error",
  description: "every live platform has at least `min` active admins",
  options: { min: integer("fewest active admins per live platform", 2, 1, 20) },
  check: (config, active, { min }) => livePlatforms(config).flatMap((platform) => {
    const logins = unique(active.filter((m) => m.admins.includes(platform)).map((m) => m.login));
    if (logins.length >= min) return [];
    const who = logins.length ? `only ${logins.join(", ")}` : "nobody";
    const sole = active.find((m) => m.login === logins[0]);
    return [
      at(
        config,
        sole?.line ?? rosterLine(config),
        `${platform} has ${who} as admin among active members: the charter asks for at least ${min}`,
        {
          platform,
          hint: `add another active member with "admins: [${platform}]" so the account never depends on one person`
        }
      )
    ];
  })
};
var soleAdmin = {
  id: "roster-sole-admin",
  defaultSeverity: "error",
  description: "no single member is admin of every live platform (with two or more platforms)",
  options: {},
  check(config, active) {
    const platforms = livePlatforms(config);
    if (platforms.length < 2) return [];
    return active.filter((member) => platforms.every((p) => member.admins.includes(p))).map(
      (member) => at(
        config,
        member.line,
        `${member.login} is admin of every active platform: the charter asks that no single member holds every account`,
        {
          hint: "hand at least one platform to other admins"
        }
      )
    );
  }
};
var roles = {
  id: "roster-roles",
  defaultSeverity: "error",
  description: "the roles in `required` are each held by an active member",
  options: { required: stringList(`roles the charter asks for (of ${ROLES.join(", ")})`, ["chair", "co-chair", "board-liaison"]) },
  check(config, active, { required }) {
    const missing = required.filter((role) => !active.some((m) => m.roles.includes(role)));
    return missing.map(
      (role) => at(config, rosterLine(config), `the roster has no active ${role}: the charter asks for ${required.join(", ")}`, {
        hint: role === "board-liaison" ? 'the board liaison may be the chair or co-chair: add "board-liaison" to their roles, or set rules: { roster-roles: warn } until the board names one' : `give an active member the role "${role}"`
      })
    );
  }
};
var termLength = {
  id: "roster-term-length",
  defaultSeverity: "warn",
  description: "no term is longer than `governance.term_months`",
  options: {},
  check(config) {
    const months = config.governance.termMonths;
    return config.roster.filter((m) => m.termEnd >= m.termStart && m.termEnd > addMonths(m.termStart, months)).map(
      (m) => at(config, m.line, `${m.login}'s term (${m.termStart} to ${m.termEnd}) is longer than the charter's ${months} months`, {
        hint: `end it by ${addMonths(m.termStart, months)}, or change governance.term_months if the charter says otherwise`
      })
    );
  }
};
var ROSTER_RULES = [admins, soleAdmin, roles, termLength];
function lintRoster(config, today) {
  if (config.roster.length === 0) return [];
  const active = config.roster.filter((m) => m.termStart <= today && today <= m.termEnd);
  const findings = [];
  for (const rule of ROSTER_RULES) {
    const { severity, options } = resolveSetting(rule.defaultSeverity, rule.options, config.rules[rule.id]);
    if (severity === "off") continue;
    for (const finding of rule.check(config, active, options)) findings.push({ ...finding, ruleId: rule.id, severity });
  }
  return [...findings, ...orderFindings(config), ...duplicateFindings(config)];
}
function orderFindings(config) {
  return config.roster.filter((m) => m.termEnd < m.termStart).map((m) => ({
    ...at(config, m.line, `${m.login}'s term ends (${m.termEnd}) before it starts (${m.termStart})`),
    ruleId: GOVERNANCE_RULE,
    severity: "error"
  }));
}
function duplicateFindings(config) {
  const seen = /* @__PURE__ */ new Map();
  const findings = [];
  for (const member of config.roster) {
    const key = member.login.toLowerCase();
    const earlier = seen.get(key);
    if (earlier && earlier.termEnd >= member.termStart && member.termEnd >= earlier.termStart) {
      findings.push({
        ...at(config, member.line, `${member.login} has overlapping terms (also at line ${earlier.line})`, {
          hint: "a renewed term starts after the previous one ends"
        }),
        ruleId: GOVERNANCE_RULE,
        severity: "error"
      });
    }
    seen.set(key, member);
  }
  return findings;
}
function livePlatforms(config) {
  return config.platforms.filter((p) => p.enabled && !p.retired).map((p) => p.id);
}
function addMonths(start, months) {
  const [y, m, d] = start.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)) - DAY_MS);
  return end.toISOString().slice(0, 10);
}
function unique(values) {
  return [...new Set(values)];
}
function rosterLine(config) {
  return config.roster[0]?.line ?? 1;
}
function at(config, line, message, extra = {}) {
  return { file: config.file, line, column: 1, message, ...extra };
}

export {
  ROSTER_RULES,
  lintRoster
};
