import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  isPostPath
} from "./chunk-RZ3CGBG7.js";
import {
  require_dist
} from "./chunk-IZPRORHO.js";
import {
  PLATFORM_IDS
} from "./chunk-L2G2ITLI.js";
import {
  InputError,
  __toESM
} from "./chunk-QKSMSPLC.js";

// src/core/ledger/format.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/ledger/failures.ts
var MESSAGE_LIMIT = 300;
function recordFailure(entry, platform, run, message, at) {
  const line = message.replace(/\s+/g, " ").trim();
  const failure = {
    platform,
    run,
    at: at.toISOString(),
    message: line.length > MESSAGE_LIMIT ? `${line.slice(0, MESSAGE_LIMIT - 1)}\u2026` : line
  };
  return mergeFailures(entry.failures, [failure]);
}
function mergeFailures(a, b) {
  const byKey = /* @__PURE__ */ new Map();
  for (const f of [...a ?? [], ...b ?? []]) byKey.set(`${f.platform}\0${f.run}`, f);
  return [...byKey.values()].sort((x, y) => x.at.localeCompare(y.at) || x.platform.localeCompare(y.platform));
}
function failuresToYaml(failures) {
  return failures.map((f) => ({ platform: f.platform, run: f.run, at: f.at, message: f.message }));
}
function failuresFromYaml(raw) {
  if (!Array.isArray(raw)) return "failures: expected a list";
  const out = [];
  for (const [i, item] of raw.entries()) {
    const f = item;
    if (typeof f !== "object" || f === null) return `failures.${i}: expected a mapping`;
    if (!PLATFORM_IDS.includes(f.platform)) return `failures.${i}.platform: unknown platform`;
    for (const key of ["run", "at", "message"])
      if (typeof f[key] !== "string" && typeof f[key] !== "number") return `failures.${i}.${key}: expected a string`;
    out.push({ platform: f.platform, run: String(f.run), at: String(f.at), message: String(f.message) });
  }
  return out;
}

// src/core/ledger/revisions-yaml.ts
function revisionsToYaml(revisions) {
  return revisions.map((r) => {
    const out = { kind: r.kind, content: r.content, previous: r.previous, run: r.run, at: r.at };
    if (r.reason !== void 0) out["reason"] = r.reason;
    if (r.approval) out["approval"] = approvalToYaml(r.approval);
    out["steps"] = r.steps.map((s) => {
      const step = { platform: s.platform, part: s.part, action: s.action, state: s.state, run: s.run, at: s.at };
      if (s.digest !== void 0) step["digest"] = s.digest;
      if (s.doneAt !== void 0) step["done_at"] = s.doneAt;
      if (s.result !== void 0) step["result"] = s.result;
      return step;
    });
    if (r.left?.length) out["left"] = r.left.map((l) => ({ platform: l.platform, parts: l.parts, note: l.note }));
    if (r.doneAt !== void 0) out["done_at"] = r.doneAt;
    return out;
  });
}
function approvalToYaml(a) {
  const out = {};
  if (a.pull !== void 0) out["pull"] = a.pull;
  if (a.head !== void 0) out["head"] = a.head;
  if (a.checkRun !== void 0) out["check_run"] = a.checkRun;
  if (a.approvers !== void 0) out["approvers"] = a.approvers;
  return out;
}
var KINDS = ["correction", "retraction"];
var ACTIONS = ["edit", "delete", "reply"];
var RESULTS = ["edited", "deleted", "gone", "unchanged"];
function revisionsFromYaml(raw) {
  if (!Array.isArray(raw)) return "revisions: expected a list";
  const out = [];
  for (const [i, item] of raw.entries()) {
    const at = `revisions.${i}`;
    const r = item;
    if (typeof r !== "object" || r === null) return `${at}: expected a mapping`;
    if (!KINDS.includes(r["kind"])) return `${at}.kind: expected correction or retraction`;
    for (const key of ["content", "previous", "at"]) if (!text(r[key])) return `${at}.${key}: expected a string`;
    if (!Array.isArray(r["steps"])) return `${at}.steps: expected a list`;
    const revision = {
      kind: r["kind"],
      content: String(r["content"]),
      previous: String(r["previous"]),
      run: String(r["run"] ?? ""),
      at: String(r["at"]),
      steps: []
    };
    if (r["reason"] !== void 0) revision.reason = String(r["reason"]);
    if (r["done_at"] !== void 0) revision.doneAt = String(r["done_at"]);
    if (r["approval"] !== void 0) {
      const a = r["approval"];
      if (typeof a !== "object" || a === null) return `${at}.approval: expected a mapping`;
      const approval = {};
      if (a["pull"] !== void 0) approval.pull = Number(a["pull"]);
      if (a["head"] !== void 0) approval.head = String(a["head"]);
      if (a["check_run"] !== void 0) approval.checkRun = Number(a["check_run"]);
      if (Array.isArray(a["approvers"])) approval.approvers = a["approvers"].map(String);
      revision.approval = approval;
    }
    for (const [j, rawStep] of r["steps"].entries()) {
      const where = `${at}.steps.${j}`;
      const s = rawStep;
      if (typeof s !== "object" || s === null) return `${where}: expected a mapping`;
      if (!isPlatform(s["platform"])) return `${where}.platform: unknown platform`;
      if (!Number.isInteger(s["part"]) || s["part"] < 0) return `${where}.part: expected a part number \u2265 0`;
      if (!ACTIONS.includes(s["action"])) return `${where}.action: expected edit, delete or reply`;
      if (s["state"] !== "intent" && s["state"] !== "done") return `${where}.state: expected "intent" or "done"`;
      if (s["result"] !== void 0 && !RESULTS.includes(s["result"])) return `${where}.result: expected ${RESULTS.join(", ")}`;
      const step = {
        platform: s["platform"],
        part: s["part"],
        action: s["action"],
        state: s["state"],
        run: String(s["run"] ?? ""),
        at: String(s["at"] ?? "")
      };
      if (s["digest"] !== void 0) step.digest = String(s["digest"]);
      if (s["done_at"] !== void 0) step.doneAt = String(s["done_at"]);
      if (s["result"] !== void 0) step.result = s["result"];
      revision.steps.push(step);
    }
    if (r["left"] !== void 0) {
      if (!Array.isArray(r["left"])) return `${at}.left: expected a list`;
      const left = [];
      for (const [j, l] of r["left"].entries()) {
        if (typeof l !== "object" || l === null || !isPlatform(l["platform"])) return `${at}.left.${j}: expected { platform, parts, note }`;
        left.push({
          platform: l["platform"],
          parts: Array.isArray(l["parts"]) ? l["parts"].map(Number) : [],
          note: String(l["note"] ?? "")
        });
      }
      revision.left = left;
    }
    out.push(revision);
  }
  return out;
}
var text = (value) => typeof value === "string" && value !== "" || typeof value === "number";
var isPlatform = (value) => PLATFORM_IDS.includes(value);

// src/core/ledger/format.ts
var HEADER = '# Herald publication ledger: what is live where. Written by the publish Action (docs/publishing.md).\n# A part in state "live" is never sent again; "intent" means a run may have sent it (it is recovered).\n# revisions: corrections and retractions after publication, each step an intent before the request and done after.\n';
function serialiseLedger(entry) {
  const platforms = {};
  for (const id of PLATFORM_IDS) {
    const parts = entry.platforms[id];
    if (!parts || parts.length === 0) continue;
    platforms[id] = [...parts].sort((a, b) => a.index - b.index).map(partToYaml);
  }
  const doc = { post: entry.postId, file: entry.file, content: entry.contentHash };
  if (entry.blob) doc["blob"] = entry.blob;
  if (entry.scheduledFor) doc["scheduled_for"] = entry.scheduledFor;
  doc["platforms"] = platforms;
  if (entry.failures?.length) doc["failures"] = failuresToYaml(entry.failures);
  if (entry.revisions?.length) doc["revisions"] = revisionsToYaml(entry.revisions);
  return HEADER + (0, import_yaml.stringify)(doc, { lineWidth: 0 });
}
function partToYaml(part) {
  const out = { part: part.index, state: part.state, key: part.key };
  if (part.url !== void 0) out["url"] = part.url;
  if (part.id !== void 0) out["id"] = part.id;
  if (part.ref !== void 0) out["ref"] = part.ref;
  out["run"] = part.run;
  out["intent_at"] = part.intentAt;
  if (part.liveAt !== void 0) out["live_at"] = part.liveAt;
  if (part.deletedAt !== void 0) out["deleted_at"] = part.deletedAt;
  return out;
}
function parseLedger(file, text2) {
  const doc = (0, import_yaml.parseDocument)(text2, { prettyErrors: false });
  const fail = (message, offset = 0) => {
    const { line, column } = position(text2, offset);
    throw new InputError({ file, line, column }, message, {
      hint: "ledger files are written by Herald on the herald/ledger branch; restore this one from that branch's history"
    });
  };
  if (doc.errors.length > 0) fail(`not valid YAML: ${doc.errors[0].message}`, doc.errors[0].pos[0]);
  if (!(0, import_yaml.isMap)(doc.contents)) fail("expected a mapping with post, file, content and platforms");
  const offsetOf = (path) => {
    const node = doc.getIn(path, true);
    return node?.range?.[0] ?? 0;
  };
  let value;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return fail(`not a plain ledger: ${error.message}`);
  }
  return entryOf(value, (message, path) => fail(message, offsetOf(path)));
}
function entryOf(root, fail) {
  const str = (value, path) => {
    if (typeof value !== "string" || value === "") fail(`${path().join(".")}: expected a non-empty string`, path());
    return value;
  };
  const entry = {
    postId: str(root["post"], () => ["post"]),
    file: postFile(
      str(root["file"], () => ["file"]),
      () => fail("file: expected a post under posts/ (a ledger never names another file)", ["file"])
    ),
    contentHash: str(root["content"], () => ["content"]),
    platforms: {}
  };
  if (root["blob"] !== void 0) entry.blob = str(root["blob"], () => ["blob"]);
  if (root["scheduled_for"] !== void 0) entry.scheduledFor = str(root["scheduled_for"], () => ["scheduled_for"]);
  const platforms = root["platforms"] ?? {};
  if (typeof platforms !== "object" || platforms === null || Array.isArray(platforms)) fail("platforms: expected a mapping", ["platforms"]);
  for (const [platform, parts] of Object.entries(platforms)) {
    if (!PLATFORM_IDS.includes(platform))
      fail(`platforms.${platform}: unknown platform (known: ${PLATFORM_IDS.join(", ")})`, ["platforms", platform]);
    if (!Array.isArray(parts)) fail(`platforms.${platform}: expected a list of parts`, ["platforms", platform]);
    entry.platforms[platform] = parts.map((raw, i) => {
      const path = ["platforms", platform, i];
      if (typeof raw !== "object" || raw === null) return fail(`${path.join(".")}: expected a mapping`, path);
      const p = raw;
      if (!Number.isInteger(p["part"]) || p["part"] < 0) fail(`${path.join(".")}.part: expected a part number \u2265 0`, path);
      if (p["state"] !== "intent" && p["state"] !== "live") fail(`${path.join(".")}.state: expected "intent" or "live"`, path);
      const part = {
        index: p["part"],
        state: p["state"],
        key: str(p["key"], () => [...path, "key"]),
        run: str(String(p["run"] ?? ""), () => [...path, "run"]),
        intentAt: str(p["intent_at"], () => [...path, "intent_at"])
      };
      if (p["id"] !== void 0) part.id = String(p["id"]);
      if (p["url"] !== void 0) part.url = str(p["url"], () => [...path, "url"]);
      if (p["live_at"] !== void 0) part.liveAt = str(p["live_at"], () => [...path, "live_at"]);
      if (p["deleted_at"] !== void 0) part.deletedAt = str(p["deleted_at"], () => [...path, "deleted_at"]);
      if (p["ref"] !== void 0)
        part.ref = stringRecord(p["ref"], () => fail(`${path.join(".")}.ref: expected a mapping of strings`, path));
      if (part.state === "live" && (part.id === void 0 || part.url === void 0))
        fail(`${path.join(".")}: a live part needs id and url`, path);
      return part;
    });
  }
  if (root["failures"] !== void 0) {
    const failures = failuresFromYaml(root["failures"]);
    if (typeof failures === "string") fail(failures, ["failures"]);
    else if (failures.length > 0) entry.failures = failures;
  }
  if (root["revisions"] !== void 0) {
    const revisions = revisionsFromYaml(root["revisions"]);
    if (typeof revisions === "string") fail(revisions, ["revisions"]);
    else if (revisions.length > 0) entry.revisions = revisions;
  }
  return entry;
}
function postFile(file, fail) {
  return isPostPath(file) ? file : fail();
}
function stringRecord(value, fail) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) fail();
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}
function position(text2, offset) {
  const before = text2.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

export {
  recordFailure,
  mergeFailures,
  serialiseLedger,
  parseLedger
};
