import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  githubFromEnv
} from "./chunk-74HDVKGH.js";
import "./chunk-3CHZTI3E.js";
import {
  CONFIG_PATH,
  loadConfig
} from "./chunk-VD2WPKFG.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import {
  require_dist
} from "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import {
  CREDENTIAL_VARIABLES
} from "./chunk-HW6NH4IV.js";
import {
  __toESM
} from "./chunk-QKSMSPLC.js";

// src/cli/doctor-command.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

// src/init/lint-workflows.ts
var import_yaml = __toESM(require_dist(), 1);
var UNTRUSTED = /\$\{\{[^}]*\b(inputs\.|github\.event\.|github\.head_ref)/;
var PINNED = /^[^@\s]+@[0-9a-f]{40}$/;
var INSTALLS = /\bnpm\s+(ci|install|i)\b|\bnode\s+(\.\/)?src\/|\byarn\s+install\b|\bpnpm\s+install\b/;
function lintWorkflow(file, text, options = {}) {
  const lines = new import_yaml.LineCounter();
  const lineOf = (node) => node?.range ? lines.linePos(node.range[0]).line : 1;
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  if (doc.errors.length) return doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line ?? 1, message: `not valid YAML: ${e.message}` }));
  const problems = [];
  const jobs = (0, import_yaml.isMap)(doc.contents) ? doc.contents.get("jobs", true) : void 0;
  if (!(0, import_yaml.isMap)(jobs)) return [{ file, line: 1, message: "no jobs: mapping" }];
  for (const pair of jobs.items) {
    const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "?";
    const job = pair.value;
    if (!(0, import_yaml.isMap)(job)) continue;
    if (!job.has("timeout-minutes"))
      problems.push({
        file,
        line: lineOf(pair.key),
        message: `job ${name} has no timeout-minutes (the default 6 hours can hold the queue)`
      });
    const steps = job.get("steps", true);
    if (!(0, import_yaml.isSeq)(steps)) continue;
    for (const step of steps.items) {
      if (!(0, import_yaml.isMap)(step)) continue;
      const uses = step.get("uses", true);
      if ((0, import_yaml.isScalar)(uses)) problems.push(...usesProblems(file, lineOf(uses), String(uses.value), text, uses.range?.[1]));
      const run = step.get("run", true);
      if ((0, import_yaml.isScalar)(run)) {
        const script = String(run.value);
        if (UNTRUSTED.test(script))
          problems.push({
            file,
            line: lineOf(run),
            message: `job ${name}: a run: script interpolates ${UNTRUSTED.exec(script)[0]}\u2026: pass it through env: and use "$NAME"`
          });
        if (!options.allowInstall && INSTALLS.test(script))
          problems.push({
            file,
            line: lineOf(run),
            message: `job ${name}: "${INSTALLS.exec(script)[0]}": a group's workflow runs Herald's released Action, never an install or Herald's sources`
          });
      }
    }
  }
  return problems;
}
function usesProblems(file, line, uses, text, end) {
  if (uses.startsWith("./")) return [];
  if (uses.startsWith("docker://"))
    return /@sha256:[0-9a-f]{64}$/.test(uses) ? [] : [{ file, line, message: `${uses}: pin the image by digest` }];
  if (!PINNED.test(uses))
    return [
      {
        file,
        line,
        message: `${uses}: pin it by full commit SHA (a tag or branch can be moved to other code), with the version in a comment`
      }
    ];
  const rest = text.slice(end ?? 0, text.indexOf("\n", end ?? 0) === -1 ? void 0 : text.indexOf("\n", end ?? 0));
  if (!/#\s*v?\d/.test(rest)) return [{ file, line, message: `${uses}: add a comment naming the version it pins, e.g. # v4.2.2` }];
  return [];
}

// src/cli/doctor-github.ts
var ENVIRONMENT = "social";
function status(error) {
  return error.status;
}
async function githubSettings({ octokit, repo }, needed) {
  const lines = [];
  const where = `${repo.owner}/${repo.repo}`;
  try {
    await octokit.rest.repos.getEnvironment({ ...repo, environment_name: ENVIRONMENT });
    lines.push({ verdict: "ok", text: `${where} has the environment "${ENVIRONMENT}"` });
    try {
      const secrets = await octokit.paginate(octokit.rest.actions.listEnvironmentSecrets, {
        ...repo,
        environment_name: ENVIRONMENT,
        per_page: 100
      });
      const names = new Set(secrets.map((s) => s.name));
      const absent = needed.filter((n) => !names.has(n));
      lines.push(
        absent.length ? {
          verdict: "fix",
          text: `the "${ENVIRONMENT}" environment lacks the secrets ${absent.join(", ")} (docs/credentials.md says how to make each)`
        } : { verdict: "ok", text: `the "${ENVIRONMENT}" environment has every secret the enabled platforms need` }
      );
    } catch (error) {
      lines.push({
        verdict: "unknown",
        text: `could not list the "${ENVIRONMENT}" environment's secrets (HTTP ${status(error) ?? "?"}: the token needs Secrets: read); check by hand: ${needed.join(", ")}`
      });
    }
  } catch (error) {
    lines.push(
      status(error) === 404 ? {
        verdict: "fix",
        text: `${where} has no environment "${ENVIRONMENT}": create it (Settings \u2192 Environments) with the platform secrets`
      } : { verdict: "unknown", text: `could not read the "${ENVIRONMENT}" environment (HTTP ${status(error) ?? "?"})` }
    );
  }
  try {
    const { data } = await octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(repo);
    lines.push(
      data.can_approve_pull_request_reviews ? { verdict: "ok", text: "GitHub Actions may create pull requests (feeds and report open theirs)" } : {
        verdict: "fix",
        text: 'GitHub Actions may not create pull requests: Settings \u2192 Actions \u2192 General \u2192 "Allow GitHub Actions to create and approve pull requests" (feeds and report need it)'
      }
    );
  } catch (error) {
    lines.push({
      verdict: "unknown",
      text: `could not read the Actions workflow permissions (HTTP ${status(error) ?? "?"}); check "Allow GitHub Actions to create and approve pull requests" by hand`
    });
  }
  return lines;
}

// src/cli/doctor-command.ts
var DOCTOR_HELP = `Usage: herald doctor [options]

Says what this repository needs for Herald and what is misconfigured: the config, the workflows (each job
present, pinned by commit SHA, with a timeout, no input interpolated into a script), the secrets each
enabled platform needs and whether the publish job passes them, CODEOWNERS, and, when GITHUB_TOKEN and
GITHUB_REPOSITORY are set, the GitHub settings (the social environment and its secrets, the setting that
lets Actions open pull requests). Exit code 1 when something must be fixed.

Options:
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;
var WORKFLOWS_DIR = ".github/workflows";
var HERALD_ACTION = /uses:\s*(\S+\/herald\/action@|\.\/action\b)/;
async function doctorCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: { config: { type: "string", default: CONFIG_PATH }, help: { type: "boolean", short: "h" } }
  });
  if (values.help) {
    io.out(DOCTOR_HELP);
    return 0;
  }
  const lines = [];
  const loaded = loadConfig(io.cwd, values.config);
  const errors = loaded.findings.filter((f) => f.severity === "error");
  if (!loaded.found)
    lines.push({ verdict: "fix", text: `${values.config} is missing: run herald init, or write it (docs/configuration.md)` });
  else if (errors.length)
    lines.push({
      verdict: "fix",
      text: `${values.config} has ${errors.length} error(s): ${errors.map((f) => `line ${f.line}: ${f.message}`).join("; ")}`
    });
  else lines.push({ verdict: "ok", text: `${values.config} is valid` });
  const workflows = readWorkflows(io.cwd);
  lines.push(...workflowLines(workflows, loaded.config));
  const needed = neededSecrets(loaded.config);
  lines.push(...publishEnvLines(workflows, needed));
  lines.push(
    existsSync(join(io.cwd, ".github/CODEOWNERS")) || existsSync(join(io.cwd, "CODEOWNERS")) ? { verdict: "ok", text: "CODEOWNERS names who reviews changes outside posts/" } : { verdict: "fix", text: "no CODEOWNERS: changes to .github/ and published/ need a named reviewer (herald init writes one)" }
  );
  const target = githubFromEnv(io.env);
  if (typeof target === "string") {
    lines.push({
      verdict: "unknown",
      text: `GitHub settings not checked (${target}): check by hand the "social" environment with the secrets ${needed.join(", ") || "(none)"}, and Settings \u2192 Actions \u2192 General \u2192 "Allow GitHub Actions to create and approve pull requests" (docs/setup.md)`
    });
  } else {
    lines.push(...await githubSettings(target, needed));
  }
  const mark = { ok: io.style.green("\u2713"), fix: io.style.red("\u2717"), unknown: io.style.yellow("?") };
  for (const line of lines) io.out(`${mark[line.verdict]} ${line.text}
`);
  const toFix = lines.filter((l) => l.verdict === "fix").length;
  io.out(toFix ? `
${toFix} thing${toFix === 1 ? "" : "s"} to fix.
` : "\nNothing to fix.\n");
  return toFix ? 1 : 0;
}
function readWorkflows(root) {
  const dir = join(root, WORKFLOWS_DIR);
  if (!existsSync(dir)) return /* @__PURE__ */ new Map();
  return new Map(
    readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [f, readFileSync(join(dir, f), "utf8")])
  );
}
function commandsIn(text) {
  return [...text.matchAll(/^\s*command:\s*([a-z]+)/gm)].map((m) => m[1]);
}
function workflowLines(workflows, config) {
  const lines = [];
  const herald = [...workflows].filter(([, text]) => HERALD_ACTION.test(text));
  const commands = new Set(herald.flatMap(([, text]) => commandsIn(text)));
  const wanted = [
    ["publish", "publishes merged posts"],
    ["schedule", "publishes scheduled posts"],
    ["governance", "checks the roster and opens renewal issues"],
    ["report", "writes the quarterly report"]
  ];
  if (config.feeds.length) wanted.push(["feeds", "drafts posts from the feeds in the config"]);
  for (const [command, what] of wanted) {
    lines.push(
      commands.has(command) ? { verdict: "ok", text: `a workflow runs Herald's ${command} (${what})` } : { verdict: "fix", text: `no workflow runs Herald's ${command} (${what}): herald init writes it` }
    );
  }
  if (!commands.has("pr"))
    lines.push({
      verdict: "unknown",
      text: "no workflow runs Herald on pull requests (command: pr): fine with the hosted app installed, else PRs get no preview and no vote"
    });
  for (const [name, text] of workflows) {
    const problems = lintWorkflow(`${WORKFLOWS_DIR}/${name}`, text, { allowInstall: !HERALD_ACTION.test(text) });
    for (const p of problems) lines.push({ verdict: "fix", text: `${p.file}:${p.line}: ${p.message}` });
  }
  return lines;
}
function neededSecrets(config) {
  return config.platforms.filter((p) => p.enabled && !p.retired).flatMap((p) => CREDENTIAL_VARIABLES[p.id]);
}
function publishEnvLines(workflows, needed) {
  const publishing = [...workflows].filter(
    ([, text]) => HERALD_ACTION.test(text) && commandsIn(text).some((c) => c === "publish" || c === "schedule")
  );
  return publishing.flatMap(([name, text]) => {
    const missing = needed.filter((secret) => !new RegExp(`^\\s+${secret}:\\s*\\$\\{\\{\\s*secrets\\.${secret}\\s*\\}\\}`, "m").test(text));
    return missing.length ? [
      {
        verdict: "fix",
        text: `${WORKFLOWS_DIR}/${name} does not pass ${missing.join(", ")} to Herald (env: NAME: \${{ secrets.NAME }}), which the enabled platforms need`
      }
    ] : [{ verdict: "ok", text: `${WORKFLOWS_DIR}/${name} passes the secrets of every enabled platform` }];
  });
}
export {
  DOCTOR_HELP,
  doctorCommand,
  neededSecrets
};
