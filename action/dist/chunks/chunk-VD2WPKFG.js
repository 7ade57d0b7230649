import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  RepoFileError,
  readRepoFileSync,
  refusalOf
} from "./chunk-UGAMHB6D.js";
import {
  defaultConfig,
  parseConfig
} from "./chunk-VI3XVR6Y.js";
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/cli/repo.ts
import { readdirSync, realpathSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
var CONFIG_PATH = ".github/herald.yml";
var READ_CAP = 256 * 1024 + 1;
function findRoot(start) {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (statSync(join(dir, ".git"), { throwIfNoEntry: false }) || statSync(join(dir, CONFIG_PATH), { throwIfNoEntry: false })?.isFile())
      return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}
function fromHere(root, here, path) {
  return here ? relative(root, resolve(here, path)) || "." : path;
}
function loadConfig(root, path = CONFIG_PATH) {
  let source;
  try {
    source = readRepoFileSync(root, path, { maxBytes: READ_CAP });
  } catch (error) {
    if (error instanceof RepoFileError && error.reason === "missing") {
      if (path !== CONFIG_PATH)
        throw new HeraldError(`--config ${path}: no such file`, { hint: `Name the repository's config file, usually ${CONFIG_PATH}.` });
      return { config: defaultConfig(path), findings: [], found: false };
    }
    throw error;
  }
  const result = parseConfig(path, source);
  if (result.ok) return { config: result.config, findings: result.findings, found: true };
  return { config: defaultConfig(path), findings: result.findings, found: true };
}
function loadValidConfig(root, path = CONFIG_PATH) {
  const loaded = loadConfig(root, path);
  const errors = loaded.findings.filter((f) => f.severity === "error");
  if (errors.length === 0) return loaded;
  const list = errors.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`).join("\n");
  throw new HeraldError(`${path} has ${errors.length === 1 ? "an error" : `${errors.length} errors`}, so nothing was done:
${list}`, {
    hint: "Fix the config first: herald check shows each problem with what to do."
  });
}
function findPostFiles(root, paths) {
  const found = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const full = resolve(root, path);
    const rel = relative(root, full);
    if (rel.startsWith("..") || resolve(rel) === rel) {
      throw new HeraldError(`${path}: outside the repository ${root}`);
    }
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat)
      throw new HeraldError(`${path}: no such file or directory`, {
        hint: "Name post files or folders inside the repository, e.g. posts/"
      });
    if (stat.isDirectory()) {
      const inside = relative(realpathSync(root), realpathSync(full));
      if (inside.startsWith("..") || resolve(inside) === inside)
        throw new HeraldError(`${path}: a symbolic link to a folder outside the repository`);
      walk(full, (file) => found.add(toRepoPath(root, file)));
    } else if (!full.endsWith(".md"))
      throw new HeraldError(`${path}: not a post (posts are .md files)`, {
        hint: "Name the post that uses this file, or a folder such as posts/"
      });
    else found.add(toRepoPath(root, full));
  }
  return [...found].sort();
}
function readPostFiles(root, paths) {
  return paths.map((path) => ({ path, content: readRepoFileSync(root, path, { maxBytes: READ_CAP }) }));
}
function mediaChecker(root) {
  return (path) => refusalOf(root, path) === void 0;
}
function walk(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(".md") && entry.name.toLowerCase() !== "readme.md")
      visit(full);
  }
}
function toRepoPath(root, full) {
  return relative(root, full).split(sep).join("/");
}

export {
  CONFIG_PATH,
  findRoot,
  fromHere,
  loadConfig,
  loadValidConfig,
  findPostFiles,
  readPostFiles,
  mediaChecker
};
