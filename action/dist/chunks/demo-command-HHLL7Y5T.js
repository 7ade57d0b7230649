import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  formatPreview
} from "./chunk-4O2IXOKA.js";
import {
  checkRepo
} from "./chunk-VCBELIDK.js";
import {
  formatFindings
} from "./chunk-HSP3AYTZ.js";
import "./chunk-AF2765VM.js";
import "./chunk-ULXHZYTN.js";
import {
  CONFIG_PATH
} from "./chunk-VD2WPKFG.js";
import "./chunk-3NJOCSMB.js";
import "./chunk-7D4YKRYP.js";
import "./chunk-5OAOWV7G.js";
import "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-5SILHX7E.js";
import "./chunk-D5V65JXJ.js";
import {
  dryRun
} from "./chunk-M7RCBIYC.js";
import "./chunk-EPHW2ATS.js";
import "./chunk-XKWMTOEU.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-C6CUBHRC.js";
import "./chunk-63TP3FNY.js";
import "./chunk-YXY5G25S.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-IZPRORHO.js";
import "./chunk-G6UH3ZDM.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-YWLX4VJT.js";
import "./chunk-2DRRQAKG.js";
import "./chunk-HW6NH4IV.js";
import "./chunk-QKSMSPLC.js";

// src/cli/demo-command.ts
import { parseArgs } from "node:util";
var DEMO_HELP = `Usage: herald demo [paths...]

Runs Herald's main job on the posts (default: posts/) without any account: the guideline checks,
the preview of what each platform receives, and the dry-run publish plan (every request that would
be sent on merge). Exit code 1 when a check fails.

Options:
  -h, --help   show this help
`;
async function demoCommand(argv, io) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    io.out(DEMO_HELP);
    return 0;
  }
  const { config, report, configFindings, files } = await checkRepo(io, positionals, CONFIG_PATH);
  const findings = [...configFindings, ...report.posts.flatMap((p) => p.findings)];
  io.out(io.style.bold("1. Checks (herald check)\n\n"));
  io.out(formatFindings(findings, "human", io.style, files.length));
  io.out(io.style.bold("\n2. What each platform receives (herald preview)\n\n"));
  io.out(formatPreview(report.posts, io.style, { timeZone: config.timezone, now: io.now }));
  io.out(io.style.bold("\n3. What a merge would publish (herald publish --dry-run)\n\n"));
  io.out(await dryRun(io.cwd, { configPath: CONFIG_PATH, now: io.now }));
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
export {
  DEMO_HELP,
  demoCommand
};
