import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  lastCompleteQuarter
} from "./chunk-PQE3WWFS.js";
import {
  feedsCommand,
  fetchFeed
} from "./chunk-3YHSK2MS.js";
import {
  RepoWriter
} from "./chunk-NMEJ6P7K.js";
import {
  newCommand
} from "./chunk-GSBJUET3.js";
import {
  previewCommand
} from "./chunk-EORN423I.js";
import "./chunk-4O2IXOKA.js";
import {
  checkCommand
} from "./chunk-VCBELIDK.js";
import "./chunk-HSP3AYTZ.js";
import "./chunk-AF2765VM.js";
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  githubFromEnv
} from "./chunk-74HDVKGH.js";
import "./chunk-3CHZTI3E.js";
import {
  findRoot,
  loadValidConfig
} from "./chunk-VD2WPKFG.js";
import "./chunk-3NJOCSMB.js";
import "./chunk-7D4YKRYP.js";
import "./chunk-5OAOWV7G.js";
import "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import {
  localDate
} from "./chunk-3LIYO7YQ.js";
import "./chunk-5SILHX7E.js";
import "./chunk-D5V65JXJ.js";
import "./chunk-XKWMTOEU.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-C6CUBHRC.js";
import "./chunk-63TP3FNY.js";
import "./chunk-YXY5G25S.js";
import "./chunk-RZ3CGBG7.js";
import {
  didYouMean
} from "./chunk-IZPRORHO.js";
import {
  input
} from "./chunk-CTGZFWQW.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-YWLX4VJT.js";
import "./chunk-2DRRQAKG.js";
import {
  HeraldError,
  __glob
} from "./chunk-QKSMSPLC.js";

// action/src/cli-jobs.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";

// src/cli/suggest.ts
function commandHint(name, commands) {
  return didYouMean(name, commands);
}
function optionsIn(help) {
  return [...new Set([...help.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => `--${m[1]}`))];
}
function explainOptionError(message, help) {
  const option = /^Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
  if (!option) return message;
  const hint = option.startsWith("--") ? didYouMean(
    option.slice(2),
    optionsIn(help).map((o) => o.slice(2))
  ).replace(/"([^"]+)"/, '"--$1"') : "";
  return `unknown option ${option}.${hint}`;
}

// import("./**/*-command.ts") in src/cli/main.ts
var globImport_command_ts = __glob({
  "./calendar-command.ts": () => import("./calendar-command-REXSH57H.js"),
  "./check-command.ts": () => import("./check-command-TUVD26AU.js"),
  "./demo-command.ts": () => import("./demo-command-HHLL7Y5T.js"),
  "./doctor-command.ts": () => import("./doctor-command-ZFKDC5TT.js"),
  "./feeds-command.ts": () => import("./feeds-command-75XFCCMD.js"),
  "./governance-command.ts": () => import("./governance-command-2RW2RGMM.js"),
  "./init-command.ts": () => import("./init-command-N5ZFL32Y.js"),
  "./new-command.ts": () => import("./new-command-FCOXJTPZ.js"),
  "./preview-command.ts": () => import("./preview-command-EOLZSWI5.js"),
  "./propose-command.ts": () => import("./propose-command-4LV5MUKN.js"),
  "./publish-command.ts": () => import("./publish-command-PGGO6UC7.js"),
  "./report-command.ts": () => import("./report-command-SCVAUTDU.js"),
  "./schema-command.ts": () => import("./schema-command-GDKXGPX5.js")
});

// src/cli/main.ts
var MAIN_HELP = `Usage: herald <command> [options]

Run your community's social media as code review.

Commands:
  init [dir]         set up a working group's repository (config, workflows, CODEOWNERS, an example post)
  doctor             say what an existing repository is missing or has misconfigured
  new <title>        scaffold a post in posts/
  check [paths]      check posts against platform limits and the group's guidelines
  preview [paths]    show exactly what each platform will receive
  publish --dry-run  show every request a publish would send, without sending
  demo               check, preview and plan a dry-run publish of posts/ (no accounts needed)
  feeds              draft posts from new entries of the configured news feeds (scheduled)
  governance         lint the roster and open term-renewal issues (scheduled)
  report --quarter   write the quarterly report to the board (markdown + SVG chart)
  calendar           write the posting calendar (.ics) of scheduled and recent posts
  propose            turn a post proposal (issue form or workflow form) into a draft pull request
  schema <config|post>  print the JSON Schema editors use for .github/herald.yml or front matter

Run herald <command> --help for a command's options.
`;
var COMMANDS = {
  init: async (argv, io) => (await import("./init-command-N5ZFL32Y.js")).initCommand(argv, io),
  doctor: async (argv, io) => (await import("./doctor-command-ZFKDC5TT.js")).doctorCommand(argv, io),
  new: newCommand,
  check: checkCommand,
  preview: previewCommand,
  publish: async (argv, io) => (await import("./publish-command-PGGO6UC7.js")).publishCommand(argv, io),
  demo: async (argv, io) => (await import("./demo-command-HHLL7Y5T.js")).demoCommand(argv, io),
  feeds: async (argv, io) => (await import("./feeds-command-75XFCCMD.js")).feedsCommand(argv, io),
  governance: async (argv, io) => (await import("./governance-command-2RW2RGMM.js")).governanceCommand(argv, io),
  report: async (argv, io) => (await import("./report-command-SCVAUTDU.js")).reportCommand(argv, io),
  calendar: async (argv, io) => (await import("./calendar-command-REXSH57H.js")).calendarCommand(argv, io),
  propose: async (argv, io) => (await import("./propose-command-4LV5MUKN.js")).proposeCommand(argv, io),
  schema: async (argv, io) => (await import("./schema-command-GDKXGPX5.js")).schemaCommand(argv, io)
};
async function run(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(MAIN_HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`herald: unknown command "${name}".${commandHint(name, Object.keys(COMMANDS))}

${MAIN_HELP}`);
    return 2;
  }
  const root = name === "init" ? io.cwd : findRoot(io.cwd);
  const located = root === io.cwd ? io : { ...io, cwd: root, here: io.cwd };
  try {
    return await command(rest, located);
  } catch (error) {
    return await reportError(error, name, io);
  }
}
async function reportError(error, command, io) {
  if (error instanceof UsageError || isParseArgsError(error)) {
    const message = isParseArgsError(error) ? explainOptionError(error.message, await helpOf(command)) : error.message;
    io.err(`herald ${command}: ${message}
Run herald ${command} --help for usage.
`);
    return 2;
  }
  if (error instanceof HeraldError) {
    io.err(io.style.red(`herald ${command}: ${error.message}
`) + (error.hint ? `${error.hint}
` : ""));
    return 1;
  }
  if (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("E")) {
    io.err(io.style.red(`herald ${command}: ${error.message}
`));
    return 1;
  }
  throw error;
}
async function helpOf(command) {
  const module = await globImport_command_ts(`./${command}-command.ts`);
  const help = Object.entries(module).find(([key, value]) => key.endsWith("_HELP") && typeof value === "string");
  return help?.[1] ?? "";
}
function isParseArgsError(error) {
  return error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

// src/cli/style.ts
var wrap = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var COLOUR = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22)
};
var identity = (text) => text;
var PLAIN = { red: identity, yellow: identity, green: identity, dim: identity, bold: identity };

// action/src/cli-jobs.ts
var REPORTS_DIR = "reports";
async function runCliJob(command, deps) {
  const { env, core } = deps;
  const token = input(env, "github-token") || env["GITHUB_TOKEN"];
  const io = {
    cwd: env["GITHUB_WORKSPACE"] || process.cwd(),
    env: { ...env, ...token ? { GITHUB_TOKEN: token } : {} },
    now: deps.now(),
    out: (text) => core.info(text.replace(/\n$/, "")),
    err: (text) => core.info(text.replace(/\n$/, "")),
    style: PLAIN
  };
  const config = input(env, "config") || ".github/herald.yml";
  const dryRun = input(env, "dry-run") === "true";
  const args = command === "propose" ? proposeArgs(env) : ["--config", config, ...dryRun && command !== "report" ? ["--dry-run"] : []];
  if (command === "feeds") args.push("--limit", input(env, "limit") || "5");
  let quarter = "";
  if (command === "report") {
    quarter = input(env, "quarter") || lastCompleteQuarter(localDate(io.now, loadValidConfig(io.cwd, config).config.timezone));
    args.push("--quarter", quarter, "--out", REPORTS_DIR);
  }
  const code = command === "feeds" ? await feeds(args, io, privateAddresses(env)) : await run([command, ...args], io);
  if (code !== 0) {
    core.setFailed(`herald ${command} exited with code ${code}: see the log above`);
    return;
  }
  if (command === "report" && !dryRun) {
    const url = await openReportPull(io, quarter);
    core.info(`herald: the report for ${quarter} is in ${url}`);
    core.setOutput("report-pull-request", url);
  }
}
function proposeArgs(env) {
  const issue = input(env, "issue");
  if (issue) return ["--issue", issue];
  const answers = [
    ["--title", input(env, "title")],
    ["--text", input(env, "text")],
    ["--platforms", input(env, "platforms")],
    ["--publish-at", input(env, "publish-at")]
  ];
  return answers.filter(([, value]) => value).flat();
}
function privateAddresses(env) {
  return input(env, "private-feed-addresses").split(/[\s,]+/).filter(Boolean);
}
async function feeds(args, io, allowPrivateAddresses) {
  try {
    return await feedsCommand(args, io, (url) => fetchFeed(url, allowPrivateAddresses.length ? { allowPrivateAddresses } : {}));
  } catch (error) {
    return reportError(error, "feeds", io);
  }
}
async function openReportPull(io, quarter) {
  const target = githubFromEnv(io.env);
  if (typeof target === "string") throw new HeraldError(`cannot open the report pull request: ${target}`);
  const writer = new RepoWriter(target.octokit, target.repo);
  const branch = `herald/report-${quarter}`;
  await writer.createBranch(branch);
  for (const name of [`${quarter}.md`, `${quarter}.svg`]) {
    const path = `${REPORTS_DIR}/${name}`;
    const text = readFileSync(join(io.cwd, path), "utf8");
    const existing = await writer.readFile(path, branch);
    if (existing?.text !== text) await writer.writeFile(path, branch, text, `Report ${quarter}: ${name}`, existing?.sha);
  }
  const pull = await writer.findPull(branch) ?? await writer.openPull(
    branch,
    `Herald report ${quarter}`,
    `The working group's report for ${quarter}: posts, votes, failures and engagement. Read it, correct what is wrong, and merge it to send it to the board. Missing numbers are listed with the reason at the end.`
  );
  return pull.html_url;
}
export {
  runCliJob
};
