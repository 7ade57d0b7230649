import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  FINDINGS_FORMATS,
  formatFindings
} from "./chunk-HSP3AYTZ.js";
import {
  serverLimitsReader
} from "./chunk-AF2765VM.js";
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  CONFIG_PATH,
  findPostFiles,
  fromHere,
  loadConfig,
  mediaChecker,
  readPostFiles
} from "./chunk-VD2WPKFG.js";
import {
  checkPosts,
  ruleConfigFindings
} from "./chunk-3NJOCSMB.js";
import {
  lintRoster
} from "./chunk-PFFRYQV4.js";
import {
  localDate
} from "./chunk-3LIYO7YQ.js";
import {
  parsePost
} from "./chunk-5SILHX7E.js";
import {
  ledgerPath
} from "./chunk-RZ3CGBG7.js";
import {
  didYouMean
} from "./chunk-IZPRORHO.js";
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/cli/check-command.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
var CHECK_HELP = `Usage: herald check [paths...] [options]

Checks post files against the platforms' limits and the group's guidelines.
Paths are files or directories (default: posts/). Exit code 1 when any error is found.

Options:
  --format <human|compact|json|github>
                                output for people, editors (file:line:col: warning rule: message),
                                programs, or GitHub log annotations (default: human)
  --config <path>               repository config (default: ${CONFIG_PATH})
  --offline                     count against the config's limits without asking the servers for theirs
  -h, --help                    show this help

Mastodon limits come from the server's public /api/v2/instance (characters, URL length, media,
alt text), else the config's limits, else Herald's defaults; a note on stderr says which.
`;
async function checkRepo(io, paths, configPath, options = {}) {
  const loaded = loadConfig(io.cwd, configPath);
  const offline = options.offline || io.net?.offline;
  const limited = offline ? { config: loaded.config, notes: [] } : await serverLimitsReader(io.net)(loaded.config);
  const hasPostsDir = existsSync(join(io.cwd, "posts"));
  if (!paths.length && !hasPostsDir) {
    throw new HeraldError(`no posts/ folder in ${io.cwd}`, {
      hint: 'Run herald at the root of the repository, name the post files, or write a first post with herald new "Title".'
    });
  }
  const files = findPostFiles(io.cwd, paths.length ? paths.map((p) => fromHere(io.cwd, io.here, p)) : ["posts"]);
  const allFiles = hasPostsDir ? findPostFiles(io.cwd, ["posts"]).filter((file) => !files.includes(file)) : [];
  const otherPosts = readPostFiles(io.cwd, allFiles).flatMap((file) => {
    const parsed = parsePost(file.path, file.content);
    return parsed.ok ? [parsed.post] : [];
  });
  const report = await checkPosts({
    files: readPostFiles(io.cwd, files),
    config: limited.config,
    otherPosts,
    mediaExists: mediaChecker(io.cwd),
    published: (postId) => existsSync(join(io.cwd, ledgerPath(postId))),
    now: io.now
  });
  const configFindings = [
    ...loaded.findings,
    ...loaded.found ? [...ruleConfigFindings(loaded.config), ...lintRoster(loaded.config, localDate(io.now, loaded.config.timezone))] : []
  ];
  return { config: limited.config, report, configFindings, files, limitNotes: limited.notes };
}
async function checkCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "human" },
      config: { type: "string", default: CONFIG_PATH },
      offline: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(CHECK_HELP);
    return 0;
  }
  const format = values.format;
  if (!FINDINGS_FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${FINDINGS_FORMATS.join(", ")}, not "${values.format}".${didYouMean(String(values.format), FINDINGS_FORMATS)}`
    );
  }
  const { report, configFindings, files, limitNotes } = await checkRepo(io, positionals, values.config, {
    offline: values.offline ?? false
  });
  for (const note of limitNotes) io.err(`note: ${note}
`);
  const findings = [...configFindings, ...report.posts.flatMap((p) => p.findings)];
  io.out(formatFindings(findings, format, io.style, files.length));
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

export {
  CHECK_HELP,
  checkRepo,
  checkCommand
};
