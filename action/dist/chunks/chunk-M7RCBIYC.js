import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  AFTER_PUBLISH,
  canEdit
} from "./chunk-EPHW2ATS.js";
import {
  describeSchedule
} from "./chunk-XKWMTOEU.js";
import {
  readRepoFile
} from "./chunk-UGAMHB6D.js";
import {
  parseConfig
} from "./chunk-VI3XVR6Y.js";
import {
  batchReader,
  git,
  gitLedgerStore,
  gitRaw,
  headCommit,
  listTree,
  retraction,
  revisionFor,
  stepOf
} from "./chunk-63TP3FNY.js";
import {
  contentHash,
  isPostPath,
  partKey,
  postIdOfFile
} from "./chunk-RZ3CGBG7.js";
import {
  ADAPTER_LOADERS,
  loadersOf
} from "./chunk-G6UH3ZDM.js";
import {
  standInCredentials
} from "./chunk-HW6NH4IV.js";
import {
  CredentialsError,
  HeraldError,
  PlatformError
} from "./chunk-QKSMSPLC.js";

// src/core/ledger/record.ts
function findPart(entry, platform, index) {
  return entry?.platforms[platform]?.find((p) => p.index === index);
}
function withPart(entry, platform, part) {
  const others = (entry.platforms[platform] ?? []).filter((p) => p.index !== part.index);
  const parts = [...others, part].sort((a, b) => a.index - b.index);
  return { ...entry, platforms: { ...entry.platforms, [platform]: parts } };
}
function recordIntent(entry, platform, claim) {
  const current = findPart(entry, platform, claim.index);
  if (current?.state === "live") return entry;
  return withPart(entry, platform, {
    index: claim.index,
    key: claim.key,
    state: "intent",
    run: claim.run,
    intentAt: claim.at.toISOString()
  });
}
function recordLive(entry, platform, live, key, run, at) {
  const current = findPart(entry, platform, live.index);
  const part = {
    index: live.index,
    key,
    state: "live",
    run: current?.run ?? run,
    intentAt: current?.intentAt ?? at.toISOString(),
    id: live.id,
    url: live.url,
    liveAt: at.toISOString()
  };
  if (live.ref) part.ref = live.ref;
  return withPart(entry, platform, part);
}
function livePart(part) {
  if (part.state !== "live" || part.id === void 0 || part.url === void 0) return void 0;
  const live = { index: part.index, id: part.id, url: part.url };
  if (part.ref) live.ref = part.ref;
  return live;
}
function liveUrls(entry) {
  const out = {};
  for (const [platform, parts] of Object.entries(entry.platforms)) {
    const urls = parts.filter((p) => p.state === "live" && p.url && !p.deletedAt).map((p) => p.url);
    if (urls.length > 0) out[platform] = urls;
  }
  return out;
}
function hasLive(entry) {
  return Object.values(entry?.platforms ?? {}).some((parts) => parts?.some((p) => p.state === "live"));
}

// src/core/plan/after-publish.ts
function liveParts(entry, platform) {
  return (entry.platforms[platform] ?? []).filter((p) => p.state === "live" && !p.deletedAt).sort((a, b) => a.index - b.index);
}
function planRetraction(post, base, skip) {
  const { ledger, contentHash: contentHash2 } = base;
  const revision = revisionFor(ledger, "retraction", contentHash2) ?? retraction(ledger);
  const targets = [];
  const byHand = [];
  for (const platform of Object.keys(ledger.platforms)) {
    const live = liveParts(ledger, platform);
    if (live.length === 0) continue;
    const can = AFTER_PUBLISH[platform];
    const reason2 = skip(platform);
    if (!can.delete || reason2 || post.repost) {
      const note = post.repost ? "a repost is undone by hand (Herald deletes only posts it wrote)" : !can.delete ? can.note ?? `${platform} has no API to delete a post` : `${platform} is ${reason2} in this run`;
      byHand.push({ platform, urls: live.map((p) => p.url), note });
      continue;
    }
    const deletes = live.reverse().map((p) => ({ index: p.index, recover: stepOf(revision, platform, p.index, "delete")?.state === "intent" }));
    targets.push({ platform, deletes });
  }
  const reason = revision?.reason ?? post.retractReason ?? "";
  return { ...base, contentHash: revision?.content ?? contentHash2, status: "retract", reason, targets, byHand };
}
function planCorrection(post, candidate, base, skip) {
  const { ledger, contentHash: contentHash2, postId } = base;
  const revision = revisionFor(ledger, "correction", contentHash2);
  const targets = [];
  const skipped = [];
  for (const rendition of candidate.renditions) {
    const { platform } = rendition;
    const reason = skip(platform);
    if (reason) {
      skipped.push({ platform, reason });
      continue;
    }
    const live = liveParts(ledger, platform);
    const can = AFTER_PUBLISH[platform];
    const recorded = ledger.platforms[platform] ?? [];
    if (canEdit(platform, rendition.parts) && !rendition.repost) {
      const total = Math.max(rendition.parts.length, 1);
      const edits = live.filter((p) => p.index < total && stepOf(revision, platform, p.index, "edit")?.state !== "done").map((p) => ({ index: p.index, recover: stepOf(revision, platform, p.index, "edit")?.state === "intent" }));
      const missing = Array.from({ length: total }, (_, i) => i).filter((i) => !live.some((p) => p.index === i));
      const append2 = missing.length ? appendTarget(postId, rendition, missing, recorded, total) : void 0;
      const removed = live.filter((p) => p.index >= total).map((p) => p.index);
      targets.push({ platform, action: "edit", rendition, edits, ...append2 ? { append: append2 } : {}, removed });
      continue;
    }
    if (live.length === 0) {
      const all = Array.from({ length: rendition.repost ? 1 : Math.max(rendition.parts.length, 1) }, (_, i) => i);
      targets.push({
        platform,
        action: "edit",
        rendition,
        edits: [],
        append: appendTarget(postId, rendition, all, recorded, all.length),
        removed: []
      });
      continue;
    }
    const why = can.note ?? `${platform} cannot edit a live post`;
    const reply = typeof post.correction === "object" ? post.correction.reply : void 0;
    if (!reply || rendition.repost) {
      const hint = rendition.repost ? "a repost has no text to correct" : 'add correction: { reply: "\u2026" } to post a correction reply';
      targets.push({ platform, action: "leave", rendition, edits: [], removed: [], note: `${why}: left as it is (${hint})` });
      continue;
    }
    const claimed = revision?.steps.find((s) => s.platform === platform && s.action === "reply");
    const digest = contentHash(reply);
    const earlier = ledger.revisions?.find(
      (r) => r !== revision && r.kind === "correction" && r.steps.some((s) => s.platform === platform && s.action === "reply" && s.digest === digest)
    );
    if (!claimed && earlier) {
      targets.push({
        platform,
        action: "leave",
        rendition,
        edits: [],
        removed: [],
        note: `${why}: this correction reply is already posted (${earlier.at.slice(0, 10)})`
      });
      continue;
    }
    const index = claimed?.part ?? Math.max(...recorded.map((p) => p.index)) + 1;
    const replyRendition = withReply(rendition, index, reply);
    const append = recorded.some((p) => p.index === index && p.state === "live") ? void 0 : appendTarget(postId, replyRendition, [index], recorded, index + 1);
    targets.push({
      platform,
      action: "reply",
      rendition: replyRendition,
      edits: [],
      ...append ? { append } : {},
      removed: [],
      note: why
    });
  }
  for (const platform of Object.keys(ledger.platforms)) {
    if (candidate.renditions.some((r) => r.platform === platform) || liveParts(ledger, platform).length === 0) continue;
    const rendition = { platform, postId, file: base.file, parts: [], linkCard: false };
    targets.push({
      platform,
      action: "leave",
      rendition,
      edits: [],
      removed: [],
      note: "no longer among the post's platforms: left as it is (retract: true takes it down)"
    });
  }
  return { ...base, status: "correct", targets, skipped };
}
function appendTarget(postId, rendition, indices, recorded, total) {
  return {
    platform: rendition.platform,
    rendition,
    total,
    parts: indices.filter((index) => recorded.find((p) => p.index === index)?.state !== "live").map((index) => ({
      index,
      key: partKey(postId, rendition.platform, index),
      recover: recorded.find((p) => p.index === index)?.state === "intent"
    }))
  };
}
function withReply(rendition, index, text) {
  const reply = { text, media: [], facets: [], count: { used: [...text].length, limit: 0 }, line: 1, column: 1 };
  const parts = Array.from({ length: index + 1 }, (_, i) => i === index ? reply : rendition.parts[i] ?? reply);
  return { ...rendition, parts };
}

// src/core/plan/plan.ts
function planPublication(input) {
  const seen = /* @__PURE__ */ new Set();
  const posts = [];
  for (const candidate of input.candidates) {
    const plan = planPost(candidate, input);
    const key = plan.status === "refused" ? `file:${plan.file}` : plan.postId;
    if (seen.has(key)) continue;
    seen.add(key);
    posts.push(plan);
  }
  for (const postId of input.missing ?? []) {
    const ledger = input.ledgers[postId];
    if (ledger && !seen.has(postId)) posts.push({ postId, file: ledger.file, contentHash: ledger.contentHash, ledger, status: "missing" });
  }
  return { mode: input.mode, posts };
}
function withRefusals(plan, refusals) {
  return {
    ...plan,
    posts: plan.posts.map((post) => {
      const refusal = refusals.get(post.postId);
      if (!refusal || post.status !== "publish" && post.status !== "correct" && post.status !== "retract") return post;
      const { postId, file, contentHash: contentHash2, ledger } = post;
      return {
        postId,
        file,
        contentHash: contentHash2,
        ...ledger ? { ledger } : {},
        status: "refused",
        reason: refusal.reason,
        ...refusal.pull ? { pull: refusal.pull } : {}
      };
    })
  };
}
function withApprovals(plan, approvals) {
  return {
    ...plan,
    posts: plan.posts.map((post) => {
      const approvedBy = approvals.get(post.postId);
      return approvedBy && (post.status === "correct" || post.status === "retract") ? { ...post, approvedBy } : post;
    })
  };
}
function planPost(candidate, input) {
  const { post, file, contentHash: contentHash2 } = candidate;
  const postId = post?.id ?? postIdOfFile(file);
  const ledger = input.ledgers[postId];
  const base = { postId, file, contentHash: contentHash2, ...candidate.blob ? { blob: candidate.blob } : {}, ...ledger ? { ledger } : {} };
  if (!post) return { ...base, status: "invalid", findings: candidate.findings };
  if (candidate.refused) return { ...base, status: "refused", reason: candidate.refused };
  const plan = planParsed(candidate, post, input, base);
  const errors = candidate.findings.filter((f) => f.severity === "error");
  if (errors.length > 0 && (plan.status === "publish" || plan.status === "scheduled" || plan.status === "correct"))
    return { ...base, status: "invalid", findings: errors };
  return plan;
}
function planParsed(candidate, post, input, base) {
  const { contentHash: contentHash2 } = candidate;
  const { postId, ledger } = base;
  const moved = ledger ? void 0 : movedFrom(candidate, input);
  if (moved) return { ...base, ledger: moved, status: "renamed", previousId: moved.postId };
  const skip = (platform) => platformSkip(platform, input);
  const retracted = retraction(ledger);
  if (ledger && retracted?.doneAt) return { ...base, ledger, status: "retracted" };
  if (post.retract || retracted) {
    return planRetraction(post, { ...base, ledger: ledger ?? { postId, file: candidate.file, contentHash: contentHash2, platforms: {} } }, skip);
  }
  if (ledger && hasLive(ledger) && ledger.contentHash !== contentHash2) return planCorrection(post, candidate, { ...base, ledger }, skip);
  if (post.publishAt && post.publishAt.getTime() > input.now.getTime() && !hasLive(ledger)) {
    return { ...base, status: "scheduled", publishAt: post.publishAt };
  }
  const targets = [];
  const skipped = [];
  for (const rendition of candidate.renditions) {
    const reason = skip(rendition.platform);
    if (reason) {
      skipped.push({ platform: rendition.platform, reason });
      continue;
    }
    const target = plannedTarget(postId, rendition, ledger);
    if (target.parts.length === 0) skipped.push({ platform: rendition.platform, reason: "live" });
    else targets.push(target);
  }
  if (targets.length > 0) return { ...base, status: "publish", targets, skipped, edited: false };
  if (skipped.some((s) => s.reason === "live")) return { ...base, status: "published", skipped };
  return { ...base, status: "nothing", skipped };
}
function movedFrom(candidate, input) {
  const ids = [
    ...candidate.previousFile ? [postIdOfFile(candidate.previousFile)] : [],
    ...input.contentMatches[candidate.contentHash] ?? []
  ];
  for (const id of ids) {
    const entry = input.ledgers[id];
    if (entry && Object.keys(entry.platforms).length > 0) return entry;
  }
  return void 0;
}
function platformSkip(platform, input) {
  const config = input.config.platforms.find((p) => p.id === platform);
  if (config?.retired) return "retired";
  if (!config || !config.enabled) return "disabled";
  if (input.platforms && !input.platforms.includes(platform)) return "filtered";
  return void 0;
}
function plannedTarget(postId, rendition, ledger) {
  const total = rendition.repost ? 1 : Math.max(rendition.parts.length, 1);
  const recorded = ledger?.platforms[rendition.platform] ?? [];
  const parts = [];
  for (let index = 0; index < total; index++) {
    const record = recorded.find((p) => p.index === index);
    if (record?.state === "live") continue;
    parts.push({ index, key: partKey(postId, rendition.platform, index), recover: record?.state === "intent" });
  }
  return { platform: rendition.platform, rendition, parts, total };
}

// src/git/diff.ts
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
var ZERO = /^0+$/;
async function changedPosts(cwd, before, after, postsDir = "posts") {
  const from = before && !ZERO.test(before) && await hasCommit(cwd, before) ? before : EMPTY_TREE;
  const out = await git(cwd, ["diff", "--raw", "--no-abbrev", "-z", "-M", from, after, "--", `${postsDir}/`]);
  const fields = out.split("\0");
  const changes = [];
  for (let i = 0; i < fields.length - 1; ) {
    const [, mode = "", , blob = "", code = ""] = fields[i++].split(" ");
    if (code.startsWith("R") || code.startsWith("C")) {
      const previousFile = fields[i++];
      const file = fields[i++];
      if (isPostPath(file))
        changes.push({
          status: code.startsWith("R") ? "renamed" : "added",
          file,
          blob,
          mode,
          ...code.startsWith("R") ? { previousFile } : {}
        });
    } else {
      const file = fields[i++];
      if (!isPostPath(file)) continue;
      if (code === "A") changes.push({ status: "added", file, blob, mode });
      else if (code === "M" || code === "T") changes.push({ status: "modified", file, blob, mode });
    }
  }
  return changes;
}
async function hasCommit(cwd, rev) {
  const result = await gitRaw(cwd, ["cat-file", "-e", `${rev}^{commit}`]);
  return result.code === 0;
}
async function ensureCommit(cwd, remote, rev) {
  if (ZERO.test(rev)) return false;
  if (await hasCommit(cwd, rev)) return true;
  await gitRaw(cwd, ["fetch", "--quiet", "--no-tags", "--depth=1", remote, rev]);
  return hasCommit(cwd, rev);
}

// src/publish/adapters.ts
function plannedPlatforms(plan) {
  const ids = /* @__PURE__ */ new Set();
  for (const post of plan.posts) {
    if (post.status === "publish" || post.status === "retract") for (const t of post.targets) ids.add(t.platform);
    if (post.status === "correct") {
      for (const t of post.targets) if (t.action !== "leave") ids.add(t.platform);
    }
  }
  return [...ids];
}
async function buildAdapters(plan, config, loaders, env) {
  const adapters = {};
  const problems = [];
  for (const id of plannedPlatforms(plan)) {
    const load = loaders[id];
    const platformConfig = config.platforms.find((p) => p.id === id);
    if (!load || !platformConfig) {
      problems.push(`${id}: Herald has no adapter for this platform yet`);
      continue;
    }
    try {
      const factory = await load();
      adapters[id] = factory(platformConfig, env);
    } catch (error) {
      const hint = error instanceof HeraldError && error.hint ? ` ${error.hint}` : "";
      problems.push(`${error.message}.${hint}`);
      if (!(error instanceof CredentialsError || error instanceof HeraldError)) throw error;
    }
  }
  if (problems.length > 0) {
    throw new HeraldError(
      `nothing was sent: ${problems.length} platform${problems.length > 1 ? "s are" : " is"} not ready:
${problems.map((p) => `- ${p}`).join("\n")}`
    );
  }
  return adapters;
}

// src/publish/gather.ts
async function gatherPlanInput(options) {
  const { cwd, rev, ledger } = options;
  const tree = await listTree(cwd, rev);
  const posts = [...tree.keys()].filter(isPostPath);
  const summaries = await ledger.summaries();
  const byFile = new Map([...summaries.values()].flatMap((s) => s.file ? [[s.file, s]] : []));
  const baseline = await ledger.inBaseline();
  const sameId = /* @__PURE__ */ new Map();
  for (const file of posts) sameId.set(postIdOfFile(file), [...sameId.get(postIdOfFile(file)) ?? [], file]);
  const changed = /* @__PURE__ */ new Map();
  if (options.mode === "push" && options.before) {
    await ensureCommit(cwd, options.remote ?? "origin", options.before);
    for (const c of await changedPosts(cwd, options.before, rev)) changed.set(c.file, c.previousFile);
  }
  const sources = [];
  const refused = {};
  for (const file of posts) {
    const id = postIdOfFile(file);
    const byId = summaries.get(id);
    const summary = byFile.get(file) ?? (byId && !(byId.file && tree.has(byId.file)) ? byId : void 0);
    const collision = collisionOf(file, id, byId, sameId.get(id), tree);
    const wanted = options.mode === "retry" ? id === options.retryPost?.replace(/\.md$/, "").split("/").pop() : hasWork(summary) || !summary && !baseline(file, tree.get(file).oid) || changed.has(file) || edited(summary, tree.get(file).oid);
    if (!wanted) continue;
    if (collision) refused[file] = collision;
    const previousFile = changed.get(file);
    sources.push({
      file,
      change: previousFile ? "renamed" : summary?.scheduled ? "scheduled" : summary ? "retry" : "added",
      blob: tree.get(file).oid,
      ...previousFile ? { previousFile } : {}
    });
  }
  const present = new Set(posts);
  const missing = [...summaries.values()].filter((s) => hasWork(s) && s.file && !present.has(s.file) && !sameId.has(s.postId));
  const reader = batchReader(cwd);
  try {
    const candidates = [];
    if (sources.length > 0) {
      const { readCandidates } = await import("./candidate-ERYXJNYQ.js");
      candidates.push(...await readCandidates({ sources, refused, reader, tree, posts, config: options.config, now: options.now }));
    }
    const ids = new Set(candidates.flatMap((c) => [postIdOfFile(c.file), ...c.previousFile ? [postIdOfFile(c.previousFile)] : []]));
    const contentMatches = {};
    const hashes = new Set(candidates.map((c) => c.contentHash));
    for (const s of summaries.values()) {
      if (!s.contentHash || !hashes.has(s.contentHash)) continue;
      (contentMatches[s.contentHash] ??= []).push(s.postId);
      ids.add(s.postId);
    }
    for (const s of missing) ids.add(s.postId);
    const ledgers = {};
    for (const id of ids) {
      const entry = await ledger.read(id);
      if (entry) ledgers[id] = entry;
    }
    const input = {
      mode: options.mode,
      candidates,
      ledgers,
      contentMatches,
      config: options.config,
      now: options.now,
      missing: missing.map((s) => s.postId)
    };
    if (options.platforms) input.platforms = options.platforms;
    return { input, tree };
  } finally {
    reader.close();
  }
}
function edited(summary, blob) {
  return summary?.blob !== void 0 && summary.blob !== blob;
}
function hasWork(summary) {
  return summary !== void 0 && (summary.scheduled || summary.unfinished);
}
function collisionOf(file, id, entry, sameName, tree) {
  if (entry?.file && entry.file !== file && tree.has(entry.file)) {
    return `another post, ${entry.file}, already has the id "${id}" (post ids are file names; its ledger is published/${id}.yml): rename ${file}`;
  }
  const others = sameName.filter((f) => f !== file);
  if (others.length > 0 && entry?.file !== file)
    return `${others.join(", ")} ${others.length > 1 ? "have" : "has"} the same file name, so the same post id "${id}": rename one of them`;
  return void 0;
}

// src/publish/retry.ts
var DEFAULT_RETRY = { attempts: 5, maxTotalMs: 12e4, baseDelayMs: 1e3, maxDelayMs: 3e4 };
function ambiguous(error) {
  return !(error instanceof PlatformError && error.status === 429);
}
function isRetryable(error) {
  if (error instanceof PlatformError) return error.retryable;
  return error instanceof TypeError || error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}
async function withRetry(call, policy, hooks) {
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isRetryable(error) || attempt >= policy.attempts) throw error;
      const asked = error instanceof PlatformError && error.retryAfter !== void 0 ? error.retryAfter * 1e3 : void 0;
      const delay = asked ?? Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
      if (waited + delay > policy.maxTotalMs) throw error;
      hooks.log(`attempt ${attempt} failed (${error.message}); retrying in ${Math.round(delay / 100) / 10}s`);
      await hooks.sleep(delay);
      waited += delay;
      if (hooks.recheck && ambiguous(error)) {
        const found = await hooks.recheck();
        if (found !== void 0) return found;
      }
    }
  }
}

// src/publish/describe-revision.ts
function describeRevision(post) {
  const url = (platform, index) => findPart(post.ledger, platform, index)?.url ?? `part ${index + 1}`;
  const lines = [`${post.file}: ${post.status === "correct" ? "correction" : `retraction (${post.reason})`}`];
  if (post.status === "retract") {
    for (const t of post.targets) for (const d of t.deletes) lines.push(`  ${t.platform}: delete ${url(t.platform, d.index)}`);
    for (const b of post.byHand) lines.push(`  ${b.platform}: delete by hand ${b.urls.join(" ")} (${b.note})`);
    return lines;
  }
  for (const t of post.targets) {
    if (t.action === "leave") lines.push(`  ${t.platform}: ${t.note}`);
    for (const e of t.edits)
      lines.push(`  ${t.platform}: edit ${url(t.platform, e.index)} to ${JSON.stringify(t.rendition.parts[e.index]?.text ?? "")}`);
    for (const p of t.append?.parts ?? [])
      lines.push(
        `  ${t.platform}: ${t.action === "reply" ? "correction reply" : `new part ${p.index + 1}`} ${JSON.stringify(t.rendition.parts[p.index]?.text ?? "")}`
      );
    for (const r of t.removed) lines.push(`  ${t.platform}: ${url(t.platform, r)} is not in the corrected post: left as it is`);
  }
  for (const s of post.skipped) lines.push(`  ${s.platform}: skipped (${s.reason})`);
  return lines;
}

// src/publish/thread.ts
var EMPTY_PART = { text: "", media: [], facets: [], count: { used: 0, limit: 0 }, line: 1, column: 1 };
function partRequest(target, work, entry) {
  const { rendition } = target;
  const request = { rendition, part: rendition.parts[work.index] ?? EMPTY_PART, index: work.index, key: work.key };
  if (work.index > 0) {
    const parent = findPart(entry, target.platform, work.index - 1);
    const root = findPart(entry, target.platform, 0);
    const parentLive = parent && livePart(parent);
    const rootLive = root && livePart(root);
    if (parentLive) request.parent = parentLive;
    if (rootLive) request.root = rootLive;
  }
  return request;
}
async function publishThread(target, parts, deps) {
  const { adapter, ctx } = deps;
  let recovered = 0;
  for (const work of parts) {
    const request = partRequest(target, work, deps.entry());
    if (work.index > 0 && !request.parent) {
      throw new Error(`part ${work.index} cannot be sent: part ${work.index - 1} is not live (it is needed to reply to)`);
    }
    const find = () => withRetry(() => adapter.findPart(request, ctx), deps.retry, deps.hooks);
    let live = work.recover ? await find() : void 0;
    if (live) recovered++;
    live ??= await withRetry(() => send(adapter, target, request, ctx), deps.retry, { ...deps.hooks, recheck: find });
    await deps.onLive({ ...live, index: work.index }, work.key);
  }
  return { recovered };
}
function send(adapter, target, request, ctx) {
  const { repost } = target.rendition;
  if (!repost) return adapter.publishPart(request, ctx);
  if (!adapter.repost) throw new Error(`${adapter.id} cannot repost: the adapter has no repost`);
  return adapter.repost(repost, request.key, ctx);
}

// src/publish/dry-run.ts
function describePlan(plan, adapters, clock) {
  const lines = [];
  for (const post of plan.posts) {
    if (post.status === "correct" || post.status === "retract") {
      lines.push(...describeRevision(post));
      continue;
    }
    if (post.status !== "publish") {
      lines.push(`${post.file}: ${post.status === "scheduled" ? describeSchedule(post.publishAt, clock) : post.status}`);
      continue;
    }
    lines.push(`${post.file}:`);
    for (const target of post.targets) {
      const adapter = adapters[target.platform];
      lines.push(`  ${target.platform} (${target.parts.length} of ${target.total} part${target.total > 1 ? "s" : ""}):`);
      for (const work of target.parts) {
        const request = partRequest(target, work, post.ledger);
        for (const r of adapter?.describe(request) ?? []) {
          lines.push(`    ${r.method} ${r.url}${r.body === void 0 ? "" : ` ${JSON.stringify(r.body)}`}`);
        }
      }
    }
    for (const s of post.skipped) lines.push(`  ${s.platform}: skipped (${s.reason})`);
  }
  return lines.length ? lines.join("\n") + "\n" : "Nothing to publish.\n";
}
async function dryRun(repoDir, options = {}) {
  const configPath = options.configPath ?? ".github/herald.yml";
  const parsed = parseConfig(configPath, await readRepoFile(repoDir, configPath));
  if (!parsed.ok)
    throw new HeraldError(`${configPath} is invalid: ${parsed.findings.map((f) => `${f.line}:${f.column}: ${f.message}`).join("; ")}`);
  const rev = await headCommit(repoDir);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const ledger = gitLedgerStore({
    cwd: repoDir,
    remote: "origin",
    offline: true,
    write: false,
    seed: { from: rev, now, ...options.before ? { baselineFrom: options.before } : {} }
  });
  try {
    await ledger.open();
    const { input } = await gatherPlanInput({
      cwd: repoDir,
      mode: "push",
      rev,
      ledger,
      ...options.before ? { before: options.before } : {},
      config: parsed.config,
      now,
      ...options.platforms ? { platforms: options.platforms } : {}
    });
    const plan = planPublication(input);
    const adapters = await buildAdapters(
      plan,
      parsed.config,
      options.adapters ? loadersOf(options.adapters) : ADAPTER_LOADERS,
      standInCredentials()
    );
    return describePlan(plan, adapters, { timeZone: parsed.config.timezone, now });
  } finally {
    ledger.close();
  }
}

export {
  findPart,
  recordIntent,
  recordLive,
  livePart,
  liveUrls,
  planPublication,
  withRefusals,
  withApprovals,
  hasCommit,
  ensureCommit,
  buildAdapters,
  gatherPlanInput,
  DEFAULT_RETRY,
  withRetry,
  publishThread,
  describePlan,
  dryRun
};
