import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  formatFindings
} from "./chunk-HSP3AYTZ.js";
import {
  githubFromEnv
} from "./chunk-74HDVKGH.js";
import "./chunk-3CHZTI3E.js";
import {
  CONFIG_PATH,
  loadValidConfig
} from "./chunk-VD2WPKFG.js";
import {
  lintRoster
} from "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import {
  localDate
} from "./chunk-3LIYO7YQ.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/cli/governance-command.ts
import { parseArgs } from "node:util";

// src/core/governance/term-notices.ts
var DAY_MS = 864e5;
function termNotices(config, today) {
  const horizon = shiftDays(today, config.governance.renewalNoticeDays);
  const notices = [];
  for (const member of config.roster) {
    if (member.termEnd < today || member.termEnd > horizon || member.termStart > today) continue;
    const renewed = config.roster.some(
      (other) => other !== member && other.login.toLowerCase() === member.login.toLowerCase() && other.termEnd > member.termEnd
    );
    if (renewed) continue;
    notices.push({ login: member.login, termEnd: member.termEnd, daysLeft: daysBetween(today, member.termEnd), line: member.line });
  }
  return notices.sort((a, b) => a.termEnd.localeCompare(b.termEnd) || a.login.localeCompare(b.login));
}
function shiftDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

// src/governance/term-issues.ts
var TERM_LABEL = "herald-governance";
function termMarker(notice) {
  return `<!-- herald:term-renewal ${notice.login.toLowerCase()} ${notice.termEnd} -->`;
}
function termIssueTitle(notice) {
  return `Term renewal: @${notice.login}'s term ends on ${notice.termEnd}`;
}
function termIssueBody(notice, configPath) {
  const when = notice.daysLeft === 0 ? "today" : `in ${notice.daysLeft} day${notice.daysLeft === 1 ? "" : "s"}`;
  return [
    termMarker(notice),
    `@${notice.login}, your term in the working group ends on **${notice.termEnd}** (${when}).`,
    "",
    "Would you like to serve another term? If so, open a pull request that adds a new term for you to the roster in",
    `\`${configPath}\` (line ${notice.line} has your current one). It is a membership vote: the current members approve`,
    "it with reviews like any post, and it needs 50%+1 of them.",
    "",
    "If you would rather step down: thank you for your work! Nothing to do; you stop counting as a voter the day after",
    "your term ends. Please hand over any platform you admin, so each platform keeps at least two admins."
  ].join("\n");
}
async function upsertTermIssues(octokit, repo, notices, configPath) {
  if (notices.length === 0) return [];
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: "all", labels: TERM_LABEL, per_page: 100 });
  const results = [];
  for (const notice of notices) {
    const marker = termMarker(notice);
    const body = termIssueBody(notice, configPath);
    const existing = issues.find((issue) => issue.body?.includes(marker));
    if (existing?.state === "closed") {
      results.push({ login: notice.login, number: existing.number, url: existing.html_url, action: "closed" });
    } else if (existing && existing.body === body) {
      results.push({ login: notice.login, number: existing.number, url: existing.html_url, action: "unchanged" });
    } else if (existing) {
      await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body });
      results.push({ login: notice.login, number: existing.number, url: existing.html_url, action: "updated" });
    } else {
      const { data } = await octokit.rest.issues.create({ ...repo, title: termIssueTitle(notice), body, labels: [TERM_LABEL] });
      results.push({ login: notice.login, number: data.number, url: data.html_url, action: "opened" });
    }
  }
  return results;
}

// src/cli/governance-command.ts
var GOVERNANCE_HELP = `Usage: herald governance [options]

Checks the roster against the charter (admins per platform, chair, co-chair, board liaison, term
lengths) as of today in the config's time zone, and opens or updates one issue per member whose
term ends within governance.renewal_notice_days, asking them to opt in to another term.
Needs GITHUB_TOKEN and GITHUB_REPOSITORY (set in GitHub Actions) unless --dry-run.
Exit code 1 when the roster breaks a rule of the charter or the config has errors.

Options:
  --dry-run        print the issues it would open or update; send nothing
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;
async function governanceCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      "dry-run": { type: "boolean", default: false },
      config: { type: "string", default: CONFIG_PATH },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(GOVERNANCE_HELP);
    return 0;
  }
  const loaded = loadValidConfig(io.cwd, values.config);
  if (!loaded.found)
    throw new HeraldError(`${values.config}: not found`, {
      hint: "run herald governance at the root of the repository that holds the roster"
    });
  const { config } = loaded;
  const today = localDate(io.now, config.timezone);
  const voters = config.roster.filter((m) => m.termStart <= today && today <= m.termEnd);
  io.out(
    `Roster on ${today} (${config.timezone}): ${voters.length} active member${voters.length === 1 ? "" : "s"}${voters.length ? `: ${voters.map((m) => `@${m.login}`).join(", ")}` : ""}
`
  );
  const findings = [...loaded.findings, ...lintRoster(config, today)];
  io.out(findings.length ? formatFindings(findings, "human", io.style, 1) : "The roster follows the charter.\n");
  const notices = termNotices(config, today);
  if (notices.length === 0) io.out(`No term ends within ${config.governance.renewalNoticeDays} days.
`);
  if (values["dry-run"]) {
    for (const n of notices)
      io.out(`would open or update the renewal issue for @${n.login} (term ends ${n.termEnd}, ${n.daysLeft} days left)
`);
  } else if (notices.length > 0) {
    const target = githubFromEnv(io.env);
    if (typeof target === "string") {
      throw new HeraldError(`cannot open renewal issues: ${target}`, {
        hint: "run it in GitHub Actions (see .github/workflows/governance.yml), or use --dry-run"
      });
    }
    for (const issue of await upsertTermIssues(target.octokit, target.repo, notices, config.file)) {
      io.out(`${issue.action} the renewal issue for @${issue.login}: ${issue.url}
`);
    }
  }
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
export {
  GOVERNANCE_HELP,
  governanceCommand
};
