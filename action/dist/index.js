import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  ADAPTER_LOADERS
} from "./chunks/chunk-OSFDYYKY.js";
import {
  input
} from "./chunks/chunk-YPZTCPNX.js";
import "./chunks/chunk-L2G2ITLI.js";
import {
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-6BZJHUD2.js";
import {
  secretValues
} from "./chunks/chunk-4TPVSEPP.js";
import {
  HeraldError
} from "./chunks/chunk-5DM3JAKB.js";
import "./chunks/chunk-IIS7LJDS.js";

// action/src/commands.ts
var COMMANDS = ["publish", "schedule", "feeds", "governance", "report", "pr", "propose"];
function readCommand(env) {
  const name = input(env, "command") || "publish";
  if (!COMMANDS.includes(name))
    throw new HeraldError(`input command: unknown "${name}" (known: ${COMMANDS.join(", ")})`);
  return name;
}
async function dispatch(deps) {
  let command;
  try {
    command = readCommand(deps.env);
  } catch (error) {
    deps.core.setFailed(error.message);
    return;
  }
  if (command === "publish" || command === "schedule") return (await import("./chunks/main-YUZJNHTB.js")).run(deps);
  for (const secret of secretValues(deps.env)) deps.core.setSecret(secret);
  try {
    if (command === "pr") return await (await import("./chunks/pr-GRIN6YOW.js")).runPr(deps);
    return await (await import("./chunks/cli-jobs-C54FEZCY.js")).runCliJob(command, deps);
  } catch (error) {
    const hint = error instanceof HeraldError && error.hint ? `
${error.hint}` : "";
    deps.core.setFailed(`${error.message}${hint}`);
  }
}

// action/src/index.ts
await dispatch({
  env: process.env,
  fetch: globalThis.fetch,
  adapters: ADAPTER_LOADERS,
  now: () => /* @__PURE__ */ new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  core: {
    info,
    warning,
    setSecret,
    setOutput,
    setFailed,
    writeSummary: async (markdown) => {
      if (process.env["GITHUB_STEP_SUMMARY"]) await summary.addRaw(markdown, true).write();
    }
  }
});
