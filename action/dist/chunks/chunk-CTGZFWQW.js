import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PLATFORM_IDS
} from "./chunk-L2G2ITLI.js";
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// action/src/inputs.ts
import { readFile } from "node:fs/promises";
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function readInputs(env) {
  const dry = input(env, "dry-run").toLowerCase();
  if (!["", "true", "false"].includes(dry)) throw new HeraldError(`input dry-run: expected true or false, got "${dry}"`);
  const inputs = { configPath: input(env, "config") || ".github/herald.yml", dryRun: dry === "true" };
  const list = input(env, "platforms");
  if (list) {
    const names = list.split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((n) => !PLATFORM_IDS.includes(n));
    if (unknown.length) throw new HeraldError(`input platforms: unknown ${unknown.join(", ")} (known: ${PLATFORM_IDS.join(", ")})`);
    inputs.platforms = names;
  }
  const retry = input(env, "retry-post");
  if (retry) inputs.retryPost = retry;
  const token = input(env, "github-token");
  if (token) inputs.githubToken = token;
  return inputs;
}
async function readEvent(env, inputs, head) {
  const name = env["GITHUB_EVENT_NAME"] ?? "workflow_dispatch";
  const branch = env["GITHUB_REF_NAME"] || (env["GITHUB_REF"] ?? "").replace(/^refs\/heads\//, "") || "main";
  const base = { mode: inputs.retryPost ? "retry" : "schedule", after: head, branch };
  if (env["GITHUB_REPOSITORY"]) base.repository = env["GITHUB_REPOSITORY"];
  if (name !== "push" || inputs.retryPost) return base;
  const path = env["GITHUB_EVENT_PATH"];
  if (!path) throw new HeraldError("GITHUB_EVENT_PATH is not set: cannot read the push event");
  const payload = JSON.parse(await readFile(path, "utf8"));
  if (typeof payload.after !== "string") throw new HeraldError(`${path}: the push event has no "after" commit`);
  return { ...base, mode: "push", after: payload.after, ...typeof payload.before === "string" ? { before: payload.before } : {} };
}

export {
  input,
  readInputs,
  readEvent
};
