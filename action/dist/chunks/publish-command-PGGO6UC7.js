import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  CONFIG_PATH,
  loadValidConfig
} from "./chunk-VD2WPKFG.js";
import {
  dryRun,
  hasCommit
} from "./chunk-M7RCBIYC.js";
import "./chunk-EPHW2ATS.js";
import "./chunk-XKWMTOEU.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-63TP3FNY.js";
import "./chunk-YXY5G25S.js";
import "./chunk-RZ3CGBG7.js";
import {
  didYouMean
} from "./chunk-IZPRORHO.js";
import "./chunk-G6UH3ZDM.js";
import {
  PLATFORM_IDS
} from "./chunk-L2G2ITLI.js";
import "./chunk-HW6NH4IV.js";
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/cli/publish-command.ts
import { parseArgs } from "node:util";
var PUBLISH_HELP = `Usage: herald publish --dry-run [options]

Shows what the Herald Action would send for the posts in this repository, request by request
(secrets are never printed). Publishing itself happens in the Herald Action when a pull request is
merged (see docs/publishing.md), where the credentials live.

Options:
  --dry-run              required: print the requests instead of sending them
  --before <rev>         only posts added or changed since this commit (default: every post)
  --platforms <list>     comma-separated platform ids to include (default: all targets)
  --config <path>        repository config (default: ${CONFIG_PATH})
  -h, --help             show this help
`;
async function publishCommand(argv, io) {
  const { values } = parseArgs({
    args: argv,
    options: {
      "dry-run": { type: "boolean" },
      before: { type: "string" },
      platforms: { type: "string" },
      config: { type: "string", default: CONFIG_PATH },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(PUBLISH_HELP);
    return 0;
  }
  if (!values["dry-run"]) {
    throw new UsageError("publishing runs in the Herald Action, where the credentials are; add --dry-run to see what it would send");
  }
  const platforms = values.platforms === void 0 ? void 0 : parsePlatforms(values.platforms);
  if (!loadValidConfig(io.cwd, values.config).found) {
    throw new HeraldError(`${values.config}: not found`, {
      hint: "Publishing needs the platforms\u2019 settings (servers, accounts): see docs/configuration.md, or run herald at the root of the repository."
    });
  }
  if (values.before && !await hasCommit(io.cwd, values.before)) {
    throw new UsageError(`--before ${values.before}: no such commit in this repository (try a commit hash, HEAD~1 or origin/main)`);
  }
  io.out(
    await dryRun(io.cwd, {
      configPath: values.config,
      now: io.now,
      ...values.before ? { before: values.before } : {},
      ...platforms ? { platforms } : {}
    })
  );
  return 0;
}
function parsePlatforms(list) {
  const ids = list.split(",").map((p) => p.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !PLATFORM_IDS.includes(id));
  if (unknown.length) {
    const guess = unknown.length === 1 ? didYouMean(unknown[0], PLATFORM_IDS) : "";
    throw new UsageError(`unknown platform ${unknown.join(", ")}.${guess} Platforms are: ${PLATFORM_IDS.join(", ")}`);
  }
  return ids;
}
export {
  PUBLISH_HELP,
  publishCommand
};
