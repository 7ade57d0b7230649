import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  mergeFailures,
  parseLedger,
  serialiseLedger
} from "./chunk-YXY5G25S.js";
import {
  LEDGER_DIR,
  isPostPath,
  ledgerPath,
  postIdOfFile,
  postIdOfLedgerPath
} from "./chunk-RZ3CGBG7.js";
import {
  require_dist
} from "./chunk-IZPRORHO.js";
import {
  PLATFORM_IDS
} from "./chunk-L2G2ITLI.js";
import {
  HeraldError,
  InputError,
  __toESM
} from "./chunk-QKSMSPLC.js";

// src/git/run.ts
import { execFile } from "node:child_process";
function gitRaw(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "git",
      args,
      { cwd, encoding: "buffer", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : -1 : 0;
        if (error && code === -1)
          reject(
            new HeraldError(`git ${args[0]}: ${error.message}`, { cause: error, hint: "is git installed and is this a git repository?" })
          );
        else resolve({ stdout, stderr: stderr.toString("utf8"), code });
      }
    );
    if (input !== void 0) child.stdin?.end(input);
  });
}
async function git(cwd, args, input) {
  const result = await gitRaw(cwd, args, input);
  if (result.code !== 0) {
    throw new HeraldError(`git ${args.join(" ")} failed in ${cwd}: ${result.stderr.trim() || `exit ${result.code}`}`);
  }
  return result.stdout.toString("utf8");
}

// src/git/read.ts
async function listTree(cwd, rev, under) {
  const out = await git(cwd, ["ls-tree", "-r", "-z", "--full-tree", rev, ...under ? ["--", `${under}/`] : []]);
  const files = /* @__PURE__ */ new Map();
  for (const record of out.split("\0")) {
    if (!record) continue;
    const tab = record.indexOf("	");
    const [mode = "", type = "", oid = ""] = record.slice(0, tab).split(" ");
    if (type === "blob") files.set(record.slice(tab + 1), { mode, oid });
  }
  return files;
}
async function lastChange(cwd, rev, paths) {
  const out = await git(cwd, ["log", "-1", "--first-parent", "--format=%H", rev, "--", ...paths.map((p) => `:(literal)${p}`)]);
  return out.trim() || void 0;
}
async function fileModes(cwd, rev, paths) {
  const modes = /* @__PURE__ */ new Map();
  if (paths.length === 0) return modes;
  const out = await git(cwd, ["ls-tree", "-z", "--full-tree", rev, "--", ...paths]);
  for (const entry of out.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab > 0) modes.set(entry.slice(tab + 1), entry.split(" ")[0]);
  }
  return modes;
}
async function headCommit(cwd) {
  return (await git(cwd, ["rev-parse", "HEAD"])).trim();
}

// src/git/batch.ts
import { spawn } from "node:child_process";
function batchReader(cwd) {
  const child = spawn("git", ["cat-file", "--batch"], {
    cwd,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
  });
  const waiting = [];
  let buffer = Buffer.alloc(0);
  let stderr = "";
  let failure;
  const fail = (error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  child.on(
    "error",
    (e) => fail(new HeraldError(`git cat-file: ${e.message}`, { cause: e, hint: "is git installed and is this a git repository?" }))
  );
  child.stderr.on("data", (d) => stderr += d.toString("utf8"));
  child.on("close", () => fail(new HeraldError(`git cat-file --batch ended in ${cwd}: ${stderr.trim() || "no reason given"}`)));
  child.stdin.on("error", () => void 0);
  child.stdout.on("data", (chunk) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (; ; ) {
      const eol = buffer.indexOf(10);
      if (eol < 0 || waiting.length === 0) return;
      const header = buffer.subarray(0, eol).toString("utf8");
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        buffer = buffer.subarray(eol + 1);
        waiting.shift().resolve(void 0);
        continue;
      }
      const [oid, type, size] = header.split(" ");
      const end = eol + 1 + Number(size);
      if (buffer.length < end + 1) return;
      const bytes = Buffer.from(buffer.subarray(eol + 1, end));
      buffer = buffer.subarray(end + 1);
      waiting.shift().resolve({ oid, type, bytes });
    }
  });
  const object = (name) => {
    if (failure) return Promise.reject(failure);
    return new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      child.stdin.write(`${name}
`);
    });
  };
  return {
    object,
    async read(rev, path) {
      if (/[\n\r]/.test(rev + path)) {
        const result = await gitRaw(cwd, ["show", `${rev}:${path}`]);
        return result.code === 0 ? { oid: "", type: "blob", bytes: result.stdout } : void 0;
      }
      return object(`${rev}:${path}`);
    },
    close() {
      child.stdin.end();
    }
  };
}

// src/ledger/objects.ts
async function writeBlob(cwd, text) {
  return (await git(cwd, ["hash-object", "-w", "--stdin"], text)).trim();
}
async function updateTree(cwd, tree, changes) {
  const lines = /* @__PURE__ */ new Map();
  if (tree) {
    for (const record of (await git(cwd, ["ls-tree", "-z", tree])).split("\0")) {
      if (record) lines.set(record.slice(record.indexOf("	") + 1), record);
    }
  }
  for (const [name, { type, oid }] of changes) lines.set(name, `${type === "tree" ? "040000 tree" : "100644 blob"} ${oid}	${name}`);
  return (await git(cwd, ["mktree", "-z"], [...lines.values()].map((l) => `${l}\0`).join(""))).trim();
}
async function objectAt(cwd, rev, path, type) {
  const result = await gitRaw(cwd, ["rev-parse", "--verify", "--quiet", `${rev}:${path}`]);
  if (result.code !== 0) return void 0;
  const oid = result.stdout.toString("utf8").trim();
  const kind = (await git(cwd, ["cat-file", "-t", oid])).trim();
  return kind === type ? oid : void 0;
}
async function commitTree(cwd, tree, parent, message, author) {
  const identity = ["-c", `user.name=${author.name}`, "-c", `user.email=${author.email}`];
  return (await git(cwd, [...identity, "commit-tree", tree, ...parent ? ["-p", parent] : [], "-m", message])).trim();
}

// src/core/ledger/baseline.ts
var import_yaml = __toESM(require_dist(), 1);
var BASELINE_FILE = "baseline.yml";
var HEADER = "# Herald baseline: posts that were on the default branch before this ledger existed.\n# Herald never publishes them. Remove a line (on this branch) to let a run publish that post.\n";
function serialiseBaseline(baseline) {
  return HEADER + (0, import_yaml.stringify)({ commit: baseline.commit, created_at: baseline.createdAt, posts: baseline.posts }, { lineWidth: 0 });
}
function parseBaseline(text) {
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false });
  const value = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 0 }) : null;
  const posts = value?.["posts"] ?? [];
  const valid = value !== null && typeof value["commit"] === "string" && Array.isArray(posts) && posts.every((p) => typeof p === "object" && p !== null && typeof p.file === "string" && typeof p.blob === "string");
  if (!valid) {
    throw new InputError({ file: BASELINE_FILE, line: 1, column: 1 }, "expected commit, created_at and posts: [{ file, blob }]", {
      hint: "the baseline is written by Herald on the herald/ledger branch; restore it from that branch's history"
    });
  }
  return { commit: value["commit"], createdAt: String(value["created_at"] ?? ""), posts };
}
function baselineMatcher(baseline) {
  const files = new Set(baseline?.posts.map((p) => p.file));
  const blobs = new Set(baseline?.posts.map((p) => p.blob));
  return (file, blob) => files.has(file) || blobs.has(blob);
}

// src/core/ledger/revisions.ts
function revisionFor(entry, kind, content) {
  return entry?.revisions?.find((r) => r.kind === kind && r.content === content);
}
function retraction(entry) {
  return entry?.revisions?.find((r) => r.kind === "retraction");
}
function stepOf(revision, platform, part, action) {
  return revision?.steps.find((s) => s.platform === platform && s.part === part && s.action === action);
}
function withRevision(entry, revision) {
  const others = (entry.revisions ?? []).filter((r) => !(r.kind === revision.kind && r.content === revision.content));
  return { ...entry, revisions: [...others, revision].sort((a, b) => a.at.localeCompare(b.at)) };
}
function openRevision(entry, start) {
  const current = revisionFor(entry, start.kind, start.content);
  const revision = current ? { ...current } : { kind: start.kind, content: start.content, previous: entry.contentHash, run: start.run, at: start.at.toISOString(), steps: [] };
  if (start.approval) revision.approval = start.approval;
  if (start.reason !== void 0) revision.reason = start.reason;
  if (start.left?.length) revision.left = start.left;
  return withRevision(entry, revision);
}
function recordStepIntent(entry, kind, content, step) {
  const revision = revisionFor(entry, kind, content);
  if (!revision) throw new Error(`no ${kind} revision for ${content} to claim a step in (openRevision first)`);
  const current = stepOf(revision, step.platform, step.part, step.action);
  if (current?.state === "done") return entry;
  const claimed = {
    platform: step.platform,
    part: step.part,
    action: step.action,
    state: "intent",
    run: step.run,
    at: step.at.toISOString()
  };
  if (step.digest) claimed.digest = step.digest;
  return withRevision(entry, { ...revision, steps: replaceStep(revision.steps, claimed) });
}
function recordStepDone(entry, kind, content, step) {
  const revision = revisionFor(entry, kind, content);
  if (!revision) return entry;
  const current = stepOf(revision, step.platform, step.part, step.action);
  const done = {
    platform: step.platform,
    part: step.part,
    action: step.action,
    state: "done",
    run: current?.run ?? "",
    at: current?.at ?? step.at.toISOString(),
    doneAt: step.at.toISOString()
  };
  if (current?.digest) done.digest = current.digest;
  if (step.result) done.result = step.result;
  let next = withRevision(entry, { ...revision, steps: replaceStep(revision.steps, done) });
  if (step.action === "delete" && (step.result === "deleted" || step.result === "gone")) {
    const parts = (next.platforms[step.platform] ?? []).map(
      (p) => p.index === step.part ? { ...p, deletedAt: step.at.toISOString() } : p
    );
    next = { ...next, platforms: { ...next.platforms, [step.platform]: parts } };
  }
  return next;
}
function finishRevision(entry, kind, content, at) {
  const revision = revisionFor(entry, kind, content);
  if (!revision || revision.doneAt) return entry;
  const replyLive = (s) => entry.platforms[s.platform]?.some((p) => p.index === s.part && p.state === "live") ?? false;
  const unfinished = revision.steps.some((s) => s.action === "reply" ? !replyLive(s) : s.state !== "done");
  const partsLeft = kind === "correction" && Object.values(entry.platforms).some((parts) => parts?.some((p) => p.state === "intent"));
  if (unfinished || partsLeft) return entry;
  const next = withRevision(entry, { ...revision, doneAt: at.toISOString() });
  return kind === "correction" ? { ...next, contentHash: content } : next;
}
function mergeRevisions(ours, theirs) {
  if (!ours?.length) return theirs;
  if (!theirs?.length) return ours;
  const byKey = /* @__PURE__ */ new Map();
  for (const revision of theirs) byKey.set(`${revision.kind}\0${revision.content}`, revision);
  for (const revision of ours) {
    const key = `${revision.kind}\0${revision.content}`;
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, revision);
      continue;
    }
    let steps = other.steps;
    for (const step of revision.steps) {
      const theirStep = stepOf(other, step.platform, step.part, step.action);
      if (!theirStep || step.state === "done" && theirStep.state !== "done") steps = replaceStep(steps, step);
    }
    const doneAt = other.doneAt ?? revision.doneAt;
    byKey.set(key, { ...other, ...doneAt ? { doneAt } : {}, steps });
  }
  return [...byKey.values()].sort((a, b) => a.at.localeCompare(b.at));
}
function replaceStep(steps, step) {
  const others = steps.filter((s) => !(s.platform === step.platform && s.part === step.part && s.action === step.action));
  return [...others, step];
}

// src/core/ledger/merge.ts
function mergeLedger(base, ours, theirs) {
  if (!ours) return theirs;
  if (!theirs) return ours;
  const merged = {
    postId: ours.postId,
    file: pick(base?.file, ours.file, theirs.file),
    contentHash: pick(base?.contentHash, ours.contentHash, theirs.contentHash),
    platforms: {}
  };
  const blob = pick(base?.blob, ours.blob, theirs.blob);
  if (blob !== void 0) merged.blob = blob;
  const scheduledFor = pick(base?.scheduledFor, ours.scheduledFor, theirs.scheduledFor);
  if (scheduledFor !== void 0) merged.scheduledFor = scheduledFor;
  const failures = mergeFailures(ours.failures, theirs.failures);
  if (failures.length > 0) merged.failures = failures;
  const revisions = mergeRevisions(ours.revisions, theirs.revisions);
  if (revisions?.length) merged.revisions = revisions;
  for (const platform of PLATFORM_IDS) {
    const indices = /* @__PURE__ */ new Set();
    const byIndex = (entry) => new Map((entry?.platforms[platform] ?? []).map((p) => [p.index, p]));
    const [b, o, t] = [byIndex(base), byIndex(ours), byIndex(theirs)];
    for (const m of [o, t]) for (const i of m.keys()) indices.add(i);
    const parts = [...indices].sort((x, y) => x - y).flatMap((i) => {
      const part = mergePart(b.get(i), o.get(i), t.get(i));
      return part ? [part] : [];
    });
    if (parts.length > 0) merged.platforms[platform] = parts;
  }
  return merged;
}
function mergePart(base, ours, theirs) {
  if (!ours) return theirs;
  if (!theirs) return ours;
  if (theirs.state === "live" && ours.state === "live" && ours.deletedAt && !theirs.deletedAt) return ours;
  if (theirs.state === "live") return theirs;
  if (ours.state === "live") return ours;
  return samePart(base, theirs) ? ours : theirs;
}
function pick(base, ours, theirs) {
  return theirs !== base ? theirs : ours;
}
function samePart(a, b) {
  return a !== void 0 && a.state === b.state && a.run === b.run && a.intentAt === b.intentAt && a.id === b.id;
}

// src/core/ledger/summary.ts
var import_yaml2 = __toESM(require_dist(), 1);
var SUMMARY_PATTERNS = ["^file: ", "^content: ", "^blob: ", "^scheduled_for: ", "^ *state: intent$"];
function emptySummary(postId) {
  return { postId, scheduled: false, unfinished: false };
}
function addSummaryLine(summary, line) {
  if (/^ *state: intent$/.test(line)) return summary.unfinished = true;
  const [key, text] = keyAndValue(line) ?? [];
  if (typeof text !== "string" || text === "") return false;
  if (key === "file") summary.file = text;
  else if (key === "content") summary.contentHash = text;
  else if (key === "blob") summary.blob = text;
  else if (key === "scheduled_for") summary.scheduled = true;
  else return false;
  return true;
}
var PLAIN = /^(file|content|scheduled_for): ([A-Za-z][\w./:+-]*)$/;
function keyAndValue(line) {
  const oid = /^blob: ([0-9a-f]{40}|[0-9a-f]{64})$/.exec(line);
  if (oid) return ["blob", oid[1]];
  const plain = PLAIN.exec(line);
  if (plain && !plain[2].endsWith(":") && !/^(?:true|false|null)$/i.test(plain[2])) return [plain[1], plain[2]];
  try {
    return Object.entries((0, import_yaml2.parse)(line, { maxAliasCount: 0 }) ?? {})[0];
  } catch {
    return void 0;
  }
}
function summaryOf(entry) {
  return {
    postId: entry.postId,
    file: entry.file,
    contentHash: entry.contentHash,
    ...entry.blob ? { blob: entry.blob } : {},
    scheduled: entry.scheduledFor !== void 0,
    unfinished: Object.values(entry.platforms).some((parts) => parts?.some((p) => p.state === "intent")) || (entry.revisions ?? []).some((r) => r.steps.some((s) => s.state === "intent"))
  };
}
function summaryComplete(summary) {
  return summary.file !== void 0 && summary.contentHash !== void 0;
}

// src/ledger/store.ts
var LEDGER_BRANCH = "herald/ledger";
var LOCAL_REF = "refs/herald/ledger";
function gitLedgerStore(options) {
  const { cwd, remote } = options;
  const branch = options.branch ?? LEDGER_BRANCH;
  const author = options.author ?? { name: "herald[bot]", email: "herald@users.noreply.github.com" };
  const log = options.log ?? (() => {
  });
  const base = /* @__PURE__ */ new Map();
  let reader;
  let tip;
  let tree;
  const batch = () => reader ??= batchReader(cwd);
  const entryAt = async (at, postId) => {
    if (!at) return void 0;
    const path = ledgerPath(postId);
    const file = await batch().read(at, path);
    return file?.type === "blob" ? parseLedger(path, file.bytes.toString("utf8")) : void 0;
  };
  async function fetchTip() {
    if (options.offline) {
      for (const ref of [`refs/remotes/${remote}/${branch}`, `refs/heads/${branch}`]) {
        const found = await gitRaw(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
        if (found.code === 0) return found.stdout.toString("utf8").trim();
      }
      return void 0;
    }
    const result = await gitRaw(cwd, ["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:${LOCAL_REF}`]);
    if (result.code === 0) return (await git(cwd, ["rev-parse", LOCAL_REF])).trim();
    if (/couldn't find remote ref|no such ref|not our ref/i.test(result.stderr)) return void 0;
    throw new HeraldError(`git fetch of the ledger branch ${branch} from ${remote} failed: ${result.stderr.trim()}`, {
      hint: "the publish job needs `permissions: contents: write` and a checkout that can fetch and push"
    });
  }
  async function seedTree() {
    const changes = /* @__PURE__ */ new Map();
    const published = await objectAt(cwd, options.seed.from, LEDGER_DIR, "tree");
    if (published) changes.set(LEDGER_DIR, { type: "tree", oid: published });
    const ledgerIds = new Set(
      published ? (await git(cwd, ["ls-tree", "-z", "--name-only", published])).split("\0").flatMap((n) => postIdOfLedgerPath(`${LEDGER_DIR}/${n}`) ?? []) : []
    );
    const posts = options.seed.baselineFrom ? await listTree(cwd, options.seed.baselineFrom, "posts") : /* @__PURE__ */ new Map();
    const baseline = {
      commit: options.seed.baselineFrom ?? options.seed.from,
      createdAt: options.seed.now.toISOString(),
      posts: []
    };
    for (const [file, { oid }] of posts)
      if (isPostPath(file) && !ledgerIds.has(postIdOfFile(file))) baseline.posts.push({ file, blob: oid });
    changes.set(BASELINE_FILE, { type: "blob", oid: await writeBlob(cwd, serialiseBaseline(baseline)) });
    log(
      `herald: the ledger branch ${branch} does not exist yet: creating it` + (published ? ` from published/ on the default branch at ${options.seed.from.slice(0, 7)} (${ledgerIds.size} ledger files; a one-time migration, published/ there is never read again)` : "") + `; ${baseline.posts.length} post(s) already on the default branch form the baseline and are never published` + (baseline.posts.length ? ` (${baseline.posts.slice(0, 5).map((p) => p.file).join(", ")}${baseline.posts.length > 5 ? ", \u2026" : ""})` : "")
    );
    return updateTree(cwd, void 0, changes);
  }
  async function open() {
    base.clear();
    tip = await fetchTip();
    if (tip) {
      tree = (await git(cwd, ["rev-parse", `${tip}^{tree}`])).trim();
      return;
    }
    tree = await seedTree();
    if (options.write === false) return;
    const commit2 = await commitTree(cwd, tree, void 0, `herald: start the ledger`, author);
    if (await push(commit2)) return;
    tip = await fetchTip();
    if (!tip) throw new HeraldError(`the ledger branch ${branch} could neither be created nor fetched from ${remote}`);
    tree = (await git(cwd, ["rev-parse", `${tip}^{tree}`])).trim();
  }
  async function push(commit2) {
    await options.onPush?.("before");
    const result = await gitRaw(cwd, ["push", "--quiet", remote, `${commit2}:refs/heads/${branch}`]);
    if (result.code === 0) {
      await git(cwd, ["update-ref", LOCAL_REF, commit2]);
      tip = commit2;
      tree = (await git(cwd, ["rev-parse", `${commit2}^{tree}`])).trim();
      await options.onPush?.("after");
      return true;
    }
    if (/\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref/i.test(result.stderr)) return false;
    throw new HeraldError(`git push to ${remote} ${branch} failed: ${result.stderr.trim()}`, {
      hint: `the workflow needs \`permissions: contents: write\`, and a ruleset on ${branch} must let the publish job push (and nothing else)`
    });
  }
  async function read(postId) {
    if (!base.has(postId)) base.set(postId, await entryAt(tree, postId));
    return base.get(postId);
  }
  async function ids() {
    const dir = tree && await objectAt(cwd, tree, LEDGER_DIR, "tree");
    if (!dir) return [];
    return (await git(cwd, ["ls-tree", "-z", "--name-only", dir])).split("\0").flatMap((n) => postIdOfLedgerPath(`${LEDGER_DIR}/${n}`) ?? []);
  }
  async function summaries() {
    const found = new Map((await ids()).map((id) => [id, emptySummary(id)]));
    const odd = /* @__PURE__ */ new Set();
    if (found.size > 0) {
      const result = await gitRaw(cwd, ["grep", "-z", ...SUMMARY_PATTERNS.flatMap((p) => ["-e", p]), tree, "--", `${LEDGER_DIR}/`]);
      if (result.code > 1) throw new HeraldError(`git grep over the ledger failed: ${result.stderr.trim()}`);
      for (const line of result.stdout.toString("utf8").split("\n")) {
        const nul = line.indexOf("\0");
        const id = nul < 0 ? void 0 : postIdOfLedgerPath(line.slice(tree.length + 1, nul));
        const summary = id === void 0 ? void 0 : found.get(id);
        if (summary && !addSummaryLine(summary, line.slice(nul + 1))) odd.add(summary.postId);
      }
    }
    for (const summary of found.values()) {
      if (odd.has(summary.postId) || !summaryComplete(summary)) found.set(summary.postId, summaryOf(await read(summary.postId)));
    }
    return found;
  }
  async function inBaseline() {
    const file = tree ? await batch().read(tree, BASELINE_FILE) : void 0;
    return baselineMatcher(file?.type === "blob" ? parseBaseline(file.bytes.toString("utf8")) : void 0);
  }
  async function all() {
    const entries = [];
    for (const id of (await ids()).sort()) entries.push(await read(id));
    return entries;
  }
  async function commitOnce(entries, message) {
    const dir = tree && await objectAt(cwd, tree, LEDGER_DIR, "tree");
    const files = /* @__PURE__ */ new Map();
    for (const entry of entries) files.set(`${entry.postId}.yml`, { type: "blob", oid: await writeBlob(cwd, serialiseLedger(entry)) });
    const published = await updateTree(cwd, dir, files);
    const next = await updateTree(cwd, tree, /* @__PURE__ */ new Map([[LEDGER_DIR, { type: "tree", oid: published }]]));
    if (next === tree && tip) return "unchanged";
    return await push(await commitTree(cwd, next, tip, message, author)) ? "pushed" : "rejected";
  }
  async function commit(entries, message) {
    let ours = entries;
    const attempts = options.maxPushAttempts ?? 8;
    for (let attempt = 1; ; attempt++) {
      if (await commitOnce(ours, message) !== "rejected") break;
      if (attempt >= attempts) {
        throw new HeraldError(
          `could not push the ledger to ${remote} ${branch} after ${attempts} attempts: other pushes kept landing first`,
          {
            hint: "re-run the workflow: the ledger intents make the re-run safe"
          }
        );
      }
      const theirTip = await fetchTip();
      const merged = [];
      for (const entry of ours) {
        const theirs = await entryAt(theirTip, entry.postId);
        merged.push(mergeLedger(base.get(entry.postId), entry, theirs));
        base.set(entry.postId, theirs);
      }
      tip = theirTip;
      tree = theirTip && (await git(cwd, ["rev-parse", `${theirTip}^{tree}`])).trim();
      ours = merged;
    }
    for (const entry of ours) base.set(entry.postId, entry);
    return new Map(ours.map((e) => [e.postId, e]));
  }
  return { open, read, summaries, inBaseline, all, commit, close: () => reader?.close() };
}

export {
  revisionFor,
  retraction,
  stepOf,
  openRevision,
  recordStepIntent,
  recordStepDone,
  finishRevision,
  gitRaw,
  git,
  listTree,
  lastChange,
  fileModes,
  headCommit,
  batchReader,
  writeBlob,
  updateTree,
  commitTree,
  LEDGER_BRANCH,
  LOCAL_REF,
  gitLedgerStore
};
