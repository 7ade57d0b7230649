import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  formatPreview
} from "./chunk-4O2IXOKA.js";
import {
  checkRepo
} from "./chunk-PARR2UAD.js";
import {
  formatFindings
} from "./chunk-HSP3AYTZ.js";
import "./chunk-BBA7K6XF.js";
import "./chunk-ULXHZYTN.js";
import {
  CONFIG_PATH
} from "./chunk-5O5CYTXJ.js";
import {
  dryRun
} from "./chunk-2PAAMY3O.js";
import "./chunk-MS3IXOQT.js";
import "./chunk-XKWMTOEU.js";
import "./chunk-WNDXE2OK.js";
import "./chunk-L3OVHFWK.js";
import "./chunk-VQMHMAWI.js";
import "./chunk-GYNSEHEG.js";
import "./chunk-QAULGZOP.js";
import "./chunk-X7U524YJ.js";
import "./chunk-XTXMGWOS.js";
import "./chunk-OOKYCR56.js";
import "./chunk-4NHJLLGC.js";
import "./chunk-ZI62ZNWL.js";
import "./chunk-XT3XOB4D.js";
import "./chunk-2H3IDGSP.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-7B676THY.js";
import "./chunk-3AXNMQ3Q.js";
import "./chunk-OSFDYYKY.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-FPDVPSJU.js";
import "./chunk-JMTOTVEI.js";
import "./chunk-4TPVSEPP.js";
import "./chunk-5DM3JAKB.js";
import "./chunk-IIS7LJDS.js";

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
