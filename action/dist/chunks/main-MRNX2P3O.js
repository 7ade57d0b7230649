import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  DEFAULT_RETRY,
  buildAdapters,
  describePlan,
  ensureCommit,
  findPart,
  gatherPlanInput,
  livePart,
  liveUrls,
  planPublication,
  publishThread,
  recordIntent,
  recordLive,
  withApprovals,
  withRefusals,
  withRetry
} from "./chunk-M7RCBIYC.js";
import {
  VOTE_CHECK_NAME,
  liveLink,
  liveLinkPolicy
} from "./chunk-DEE5ZCCO.js";
import "./chunk-EPHW2ATS.js";
import "./chunk-XKWMTOEU.js";
import {
  readRepoFile,
  repoFileSize
} from "./chunk-UGAMHB6D.js";
import {
  parseConfig
} from "./chunk-VI3XVR6Y.js";
import {
  codeSpan
} from "./chunk-C6CUBHRC.js";
import {
  CALENDAR_FILE,
  calendarDue
} from "./chunk-34YTQEKO.js";
import {
  LEDGER_BRANCH,
  fileModes,
  finishRevision,
  git,
  gitLedgerStore,
  gitRaw,
  headCommit,
  lastChange,
  listTree,
  openRevision,
  recordStepDone,
  recordStepIntent,
  revisionFor,
  stepOf
} from "./chunk-63TP3FNY.js";
import {
  recordFailure
} from "./chunk-YXY5G25S.js";
import {
  contentHash
} from "./chunk-RZ3CGBG7.js";
import "./chunk-IZPRORHO.js";
import "./chunk-G6UH3ZDM.js";
import {
  readEvent,
  readInputs
} from "./chunk-CTGZFWQW.js";
import "./chunk-L2G2ITLI.js";
import {
  secretValues
} from "./chunk-HW6NH4IV.js";
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// action/src/main.ts
import { randomUUID } from "node:crypto";

// src/publish/approval.ts
import { posix } from "node:path";
async function checkApprovals(plan, ctx) {
  const verdicts = /* @__PURE__ */ new Map();
  const cache = /* @__PURE__ */ new Map();
  const once = (key, make) => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key);
  };
  let deepened = false;
  for (const post of plan.posts) {
    if (post.status !== "publish" && post.status !== "correct" && post.status !== "retract") continue;
    const media = mediaOf(post);
    const files = [post.file, ...media.keys()];
    const unsafe = files.find((f) => !ctx.tree.has(f) || !/^1006[0-7]{2}$/.test(ctx.tree.get(f).mode));
    if (unsafe) {
      verdicts.set(post.postId, {
        ok: false,
        reason: `${unsafe} is ${ctx.tree.has(unsafe) ? "not a regular file (a symbolic link or submodule)" : "not on the default branch"}: nothing of this post is sent`
      });
      continue;
    }
    if (!ctx.policy.requireVote || ctx.policy.trustedPaths.some((glob) => posix.matchesGlob(post.file, glob))) {
      verdicts.set(post.postId, { ok: true });
      continue;
    }
    if (!deepened) {
      await deepen(ctx);
      deepened = true;
    }
    const verdict = await verify(post, files, media, ctx, once);
    if (verdict.ok && verdict.pull && post.status !== "publish")
      verdict.approvers = await approvers(ctx.github, verdict.pull, verdict.head);
    verdicts.set(post.postId, verdict);
  }
  return verdicts;
}
async function verify(post, files, media, ctx, once) {
  if (!ctx.github) {
    return {
      ok: false,
      reason: "the vote cannot be verified: the run has no GitHub token or repository (set the github-token input and give the job `checks: read` and `pull-requests: read`)"
    };
  }
  const github = ctx.github;
  const commit = await lastChange(ctx.cwd, ctx.tip, files);
  if (!commit) return { ok: false, reason: `no commit on ${ctx.branch} changed ${post.file}` };
  const pulls = (await once(`pulls:${commit}`, () => get(github, `/commits/${commit}/pulls?per_page=100`))).filter(
    (p) => p.merged_at && p.base.ref === ctx.branch
  );
  if (pulls.length === 0) {
    return {
      ok: false,
      reason: `${commit.slice(0, 7)}, the last commit that changed it, was not merged from a pull request (a direct push): Herald publishes only what a passed vote approved (publish.trusted_paths lists posts that may be pushed directly)`
    };
  }
  let first;
  for (const pull of pulls.sort((a, b) => b.number - a.number)) {
    const verdict = await verifyPull(pull, files, media, ctx, once);
    if (verdict.ok) return verdict;
    first ??= verdict;
  }
  return first;
}
async function verifyPull(pull, files, media, ctx, once) {
  const head = pull.head.sha;
  const at = `PR #${pull.number}'s head ${head.slice(0, 7)}`;
  const runs = await once(
    `checks:${head}`,
    () => get(
      ctx.github,
      `/commits/${head}/check-runs?check_name=${encodeURIComponent(VOTE_CHECK_NAME)}&per_page=100`
    )
  );
  const named = runs.check_runs.filter((r) => r.name === VOTE_CHECK_NAME);
  const ours = named.filter((r) => ctx.policy.voteApps.includes(r.app?.slug ?? "")).sort((a, b) => b.id - a.id);
  const latest = ours[0];
  if (!latest) {
    const others = [...new Set(named.map((r) => r.app?.slug ?? "unknown"))];
    const from = others.length ? ` (only from ${others.join(", ")}, not one of publish.vote_apps: ${ctx.policy.voteApps.join(", ")})` : "";
    return { ok: false, pull: pull.number, reason: `${at} has no "${VOTE_CHECK_NAME}" check run${from}: the vote was never passed` };
  }
  if (latest.status !== "completed" || latest.conclusion !== "success") {
    return { ok: false, pull: pull.number, reason: `"${VOTE_CHECK_NAME}" on ${at} is ${latest.conclusion ?? latest.status}, not passed` };
  }
  const approved = await once(`tree:${head}`, () => headTree(ctx, pull.number, head));
  for (const file of files) {
    const blob = approved.get(file);
    if (blob?.oid === ctx.tree.get(file).oid) continue;
    const what = media.has(file) ? `${media.get(file)} ${file}` : `the post ${file}`;
    return {
      ok: false,
      pull: pull.number,
      reason: `${what} is not what the vote approved: ${at} has ${blob ? "a different file" : "no such file"} (changed after the approvals?)`
    };
  }
  return { ok: true, pull: pull.number, head, checkRun: latest.id };
}
async function approvers(github, pull, head) {
  const latest = /* @__PURE__ */ new Map();
  for (let page = 1; page <= 10; page++) {
    const reviews = await get(github, `/pulls/${pull}/reviews?per_page=100&page=${page}`);
    for (const r of reviews) if (r.user && r.state !== "COMMENTED") latest.set(r.user.login, r);
    if (reviews.length < 100) break;
  }
  return [...latest].filter(([, r]) => r.state === "APPROVED" && (!head || r.commit_id === head)).map(([login]) => login).sort();
}
function mediaOf(post) {
  const media = /* @__PURE__ */ new Map();
  const renditions = post.status === "publish" ? post.targets.map((t) => t.rendition) : post.status === "correct" ? post.targets.map((t) => t.rendition) : [];
  for (const rendition of renditions) for (const part of rendition.parts) for (const m of part.media) media.set(m.path, m.kind);
  return media;
}
async function headTree(ctx, number, head) {
  const present = async () => (await gitRaw(ctx.cwd, ["cat-file", "-e", `${head}^{commit}`])).code === 0;
  if (!await present())
    await gitRaw(ctx.cwd, ["fetch", "--quiet", "--no-tags", ctx.remote, `+refs/pull/${number}/head:refs/herald/pull/${number}`]);
  if (!await present()) await gitRaw(ctx.cwd, ["fetch", "--quiet", "--no-tags", ctx.remote, head]);
  if (!await present())
    throw new HeraldError(
      `cannot fetch ${head.slice(0, 7)}, the head of PR #${number}, from ${ctx.remote}: its approved files cannot be compared`
    );
  return listTree(ctx.cwd, head);
}
async function deepen(ctx) {
  if ((await git(ctx.cwd, ["rev-parse", "--is-shallow-repository"])).trim() !== "true") return;
  await git(ctx.cwd, ["fetch", "--quiet", "--no-tags", "--unshallow", ctx.remote, ctx.branch]);
}
async function get(target, path) {
  const url = `${target.apiUrl}/repos/${target.repository}${path}`;
  const res = await target.fetch(url, {
    headers: {
      authorization: `Bearer ${target.token}`,
      accept: "application/vnd.github+json",
      "x-github-api-version": "2022-11-28",
      "user-agent": "herald-action"
    }
  });
  if (!res.ok) {
    throw new HeraldError(`GitHub: GET ${path.split("?")[0]} failed: ${res.status}`, {
      hint: "the publish job needs `permissions: checks: read, pull-requests: write, contents: write`"
    });
  }
  return await res.json();
}

// src/publish/media.ts
import { resolve } from "node:path";
var CACHE_BYTES = 64 * 1024 * 1024;
var PUBLISH = { links: "refuse" };
function repoMediaReader(root, cacheBytes = CACHE_BYTES) {
  const cache = /* @__PURE__ */ new Map();
  let cached = 0;
  return (path) => {
    const full = resolve(root, path);
    const hit = cache.get(full);
    if (hit) return hit;
    const reading = readInside(root, path);
    cache.set(full, reading);
    reading.then(
      (bytes) => {
        if (cached + bytes.length <= cacheBytes) cached += bytes.length;
        else cache.delete(full);
      },
      () => cache.delete(full)
    );
    return reading;
  };
}
function repoMediaSize(root) {
  return (path) => repoFileSize(root, path, PUBLISH);
}
async function readInside(root, path) {
  return readRepoFile(root, path, PUBLISH);
}

// src/publish/report.ts
var RETRY_HOW = 'To retry, run the "Herald schedule" workflow from the Actions tab (Run workflow) with `retry-post` set to the post id; parts that are already live are never sent again.';
function publishedJson(run2) {
  return run2.posts.map((o) => {
    const out = { post: o.postId, file: o.file, status: o.plan.status, platforms: o.platforms.map(platformJson) };
    if (o.plan.status === "scheduled") out.publishAt = o.plan.publishAt.toISOString();
    if (o.plan.status === "refused" || o.plan.status === "retract") out.reason = o.plan.reason;
    if (o.plan.status === "invalid") out.reason = o.plan.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join("; ");
    if (o.plan.status === "edited" || o.plan.status === "renamed" || o.plan.status === "published" || o.plan.status === "missing") {
      for (const [platform, urls] of Object.entries(o.plan.ledger ? liveUrls(o.plan.ledger) : {}))
        out.platforms.push({ platform, status: "live", urls: urls ?? [] });
    }
    return out;
  });
}
function platformJson(p) {
  if (p.status === "live") return { platform: p.platform, status: "live", urls: p.urls };
  if (p.status === "failed") return { platform: p.platform, status: "failed", urls: p.urls, error: p.error };
  if (p.status === "corrected") {
    const status = p.action === "edit" ? "edited" : p.action === "reply" ? "correction reply" : "left as it is";
    return {
      platform: p.platform,
      status,
      urls: p.urls,
      ...p.appended.length ? { appended: p.appended } : {},
      ...p.removed.length ? { removed: p.removed } : {},
      ...p.note ? { note: p.note } : {}
    };
  }
  if (p.status === "deleted") return { platform: p.platform, status: "deleted", urls: p.urls };
  if (p.status === "by-hand") return { platform: p.platform, status: "delete by hand", urls: p.urls, note: p.note };
  return { platform: p.platform, status: p.status, urls: [] };
}
var NOTE = {
  publish: "",
  scheduled: "scheduled",
  published: "already live everywhere",
  edited: "edited after publication: not re-posted",
  renamed: "renamed or moved: already published, not re-posted",
  nothing: "no platform to publish to",
  invalid: "invalid post",
  refused: "refused",
  missing: "file deleted with parts unpublished",
  correct: "corrected",
  retract: "retracted",
  retracted: "retracted earlier: nothing is sent"
};
function attentionLines(plan) {
  return plan.posts.flatMap((p) => {
    if (p.status === "refused") return [`refused ${p.file}: ${p.reason}`];
    if (p.status === "invalid")
      return [
        `refused ${p.file}: \`herald check\` finds errors: ${p.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join("; ")}`
      ];
    if (p.status === "missing")
      return [
        `${p.file} was deleted before all of it was published (${liveSummary(p)}); nothing more is sent. Restore the file to finish it.`
      ];
    return [];
  });
}
function liveSummary(plan) {
  const live = Object.entries(plan.ledger ? liveUrls(plan.ledger) : {});
  return live.length ? `live on ${live.map(([platform]) => platform).join(", ")}` : "nothing of it is live";
}
var FIXED_HOSTS_ONLY = liveLinkPolicy({ platforms: [] });
function summaryMarkdown(run2, links = FIXED_HOSTS_ONLY) {
  const rows = ["| Post | Platform | Status | Links |", "| --- | --- | --- | --- |"];
  for (const post of publishedJson(run2)) {
    const note = NOTE[post.status] + (post.publishAt ? ` for ${post.publishAt}` : "") + (post.reason ? `: ${cell(post.reason)}` : "");
    if (post.platforms.length === 0) rows.push(`| ${cell(post.file)} | | ${note} | |`);
    for (const p of post.platforms) {
      const status = p.status === "failed" ? `\u274C ${cell(p.error ?? "")}` : p.status === "live" ? `\u2705 live${note ? ` (${note})` : ""}` : `${p.status}${p.note ? `: ${cell(p.note)}` : ""}${p.appended ? ` (+${p.appended.length} part(s))` : ""}${p.removed ? ` (${p.removed.length} part(s) no longer in the post, left)` : ""}`;
      const shown = p.status === "deleted" ? p.urls.map((u) => codeSpan(u, true)) : p.urls.map((u, i) => liveLink(u, String(i + 1), links(p.platform, u), true));
      rows.push(`| ${cell(post.file)} | ${p.platform} | ${status} | ${shown.join(" ")} |`);
    }
  }
  const failures = failureLines(run2);
  return `## Herald publish

${rows.join("\n")}
${failures.length ? `
**Failed:**
${failures.map((l) => `- ${codeSpan(l)}`).join("\n")}

${RETRY_HOW}
` : ""}`;
}
function pullRequestComment(posts, runUrl, links = FIXED_HOSTS_ONLY) {
  const lines = [];
  for (const post of posts) {
    const shown = post.platforms.filter(
      (p) => p.status === "failed" || p.status === "live" && p.urls.length > 0 || REVISED.has(p.status)
    );
    const attention = attentionLines({ posts: [post.plan] });
    if (shown.length === 0 && attention.length === 0) continue;
    lines.push(`**${codeSpan(post.file)}**`);
    if (post.plan.status === "retract") lines.push(`- retracted, because: ${codeSpan(post.plan.reason)}`);
    for (const line of attention) lines.push(`- \u26A0\uFE0F ${codeSpan(line)}`);
    for (const p of shown) {
      if (p.status === "failed") lines.push(`- ${p.platform}: failed \u2014 ${codeSpan(p.error)}`);
      else if (p.status === "live")
        lines.push(
          `- ${p.platform}: ${p.urls.map((u, i) => liveLink(u, p.urls.length > 1 ? `part ${i + 1}` : void 0, links(p.platform, u))).join(" \xB7 ")}`
        );
      else lines.push(revisedLine(p, links));
    }
  }
  if (lines.length === 0) return void 0;
  const failed = posts.some((p) => p.platforms.some((x) => x.status === "failed"));
  const published = posts.some((p) => p.platforms.some((x) => x.status === "live" || REVISED.has(x.status)));
  const revised = posts.some((p) => p.plan.status === "correct" || p.plan.status === "retract");
  const headline = revised ? published ? "Herald revised the live posts" : "Herald did not revise this" : published ? "Published by Herald" : "Herald did not publish this";
  return `<!-- herald:published -->
\u{1F4E3} ${headline}${runUrl ? ` ([run](${runUrl}))` : ""}:

${lines.join("\n")}
${failed ? `
${RETRY_HOW}
` : ""}`;
}
var REVISED = /* @__PURE__ */ new Set(["corrected", "deleted", "by-hand"]);
function revisedLine(p, links) {
  const list = (urls) => urls.map((u, i) => liveLink(u, urls.length > 1 ? `part ${i + 1}` : void 0, links(p.platform, u))).join(" \xB7 ");
  if (p.status === "deleted") return `- ${p.platform}: deleted ${p.urls.length} part(s) (${p.urls.map((u) => codeSpan(u)).join(", ")})`;
  if (p.status === "by-hand") return `- ${p.platform}: \u26A0\uFE0F delete by hand: ${list(p.urls)} \u2014 ${codeSpan(p.note)}`;
  if (p.status !== "corrected") return `- ${p.platform}: ${p.status}`;
  const extra = [
    ...p.appended.length ? [`${p.action === "reply" ? "correction reply" : "added"}: ${list(p.appended)}`] : [],
    ...p.removed.length ? [`\u26A0\uFE0F no longer in the post, left live: ${list(p.removed)}`] : []
  ];
  const head = p.action === "edit" ? p.urls.length ? `edited ${list(p.urls)}` : "nothing to edit" : p.action === "reply" ? `cannot edit (${codeSpan(p.note ?? "")})` : `left as it is: ${list(p.urls)} (${codeSpan(p.note ?? "")})`;
  return `- ${p.platform}: ${[head, ...extra].join("; ")}`;
}
function failureLines(run2) {
  return run2.posts.flatMap((o) => {
    if (o.plan.status === "invalid") return o.plan.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
    if (o.plan.status === "refused") return [`${o.file}: refused: ${o.plan.reason}`];
    return o.platforms.flatMap((p) => p.status === "failed" ? [p.error] : []);
  });
}
function cell(text) {
  return text ? codeSpan(text, true) : "";
}

// src/publish/pull-request.ts
var headers = (target) => ({
  authorization: `Bearer ${target.token}`,
  accept: "application/vnd.github+json",
  "x-github-api-version": "2022-11-28",
  "user-agent": "herald-action"
});
async function commentOnPullRequests(target, posts, pulls, pushed, style) {
  const byPull = /* @__PURE__ */ new Map();
  const rest = [];
  for (const post of posts) {
    const number = pulls.get(post.postId) ?? (post.plan.status === "refused" ? post.plan.pull : void 0);
    if (number === void 0) rest.push(post);
    else byPull.set(number, [...byPull.get(number) ?? [], post]);
  }
  if (rest.length > 0 && pushed && pullRequestComment(rest, style.runUrl, style.links)) {
    for (const number of await mergedPullRequests(target, pushed)) byPull.set(number, [...byPull.get(number) ?? [], ...rest]);
  }
  const commented = [];
  for (const [number, group] of [...byPull].sort(([a], [b]) => a - b)) {
    const comment = pullRequestComment(group, style.runUrl, style.links);
    if (!comment) continue;
    const body = style.scrub(comment);
    const res = await target.fetch(`${target.apiUrl}/repos/${target.repository}/issues/${number}/comments`, {
      method: "POST",
      headers: { ...headers(target), "content-type": "application/json" },
      body: JSON.stringify({ body })
    });
    if (!res.ok)
      throw new HeraldError(`GitHub: commenting on #${number} failed: ${res.status}`, {
        hint: "the workflow needs `permissions: pull-requests: write`"
      });
    commented.push(number);
  }
  return commented;
}
async function mergedPullRequests(target, sha) {
  const res = await target.fetch(`${target.apiUrl}/repos/${target.repository}/commits/${sha}/pulls`, { headers: headers(target) });
  if (!res.ok) throw new HeraldError(`GitHub: listing the pull requests of ${sha} failed: ${res.status}`);
  const pulls = await res.json();
  return pulls.filter((p) => p.merged_at).map((p) => p.number);
}

// src/core/scrub.ts
var REDACTED = "***";
var MIN_SECRET = 4;
var MIN_BASE64_SECRET = 8;
var MIN_TOKEN_SEGMENT = 16;
function secretScrubber(secrets) {
  const literals = /* @__PURE__ */ new Set();
  const base64 = [];
  for (const raw of secrets) {
    for (const secret of /* @__PURE__ */ new Set([raw ?? "", (raw ?? "").trim()])) {
      if (secret.length < MIN_SECRET) continue;
      for (const part of [secret, ...urlParts(secret)]) {
        for (const form of encodedForms(part)) literals.add(form);
      }
      if (new TextEncoder().encode(secret).length >= MIN_BASE64_SECRET) base64.push(...base64Cores(secret));
    }
  }
  const alternatives = [...literals].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const literal = alternatives.length > 0 ? new RegExp(alternatives.join("|"), "g") : void 0;
  const cores = [...new Set(base64)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const core = cores.length > 0 ? new RegExp(cores.join("|"), "g") : void 0;
  return (text) => {
    const plain = literal ? text.replace(literal, REDACTED) : text;
    return core ? redactBase64Runs(plain, core) : plain;
  };
}
var BASE64_CHAR = /[A-Za-z0-9+/_-]/;
function redactBase64Runs(text, core) {
  let out = "";
  let done = 0;
  for (const match of text.matchAll(core)) {
    let start = match.index;
    let end = start + match[0].length;
    if (start < done) continue;
    while (start > done && BASE64_CHAR.test(text[start - 1])) start -= 1;
    while (end < text.length && BASE64_CHAR.test(text[end])) end += 1;
    while (end < text.length && text[end] === "=") end += 1;
    out += text.slice(done, start) + REDACTED;
    done = end;
  }
  return done === 0 ? text : out + text.slice(done);
}
function scrubValue(value, scrub) {
  if (typeof value === "string") return scrub(value);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, scrub));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), scrubValue(v, scrub)]));
  }
  return value;
}
function encodedForms(secret) {
  const url = [
    secret,
    encodeURIComponent(secret),
    encodeURI(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    encodeURIComponent(encodeURIComponent(secret)),
    rfc3986(secret)
  ];
  const withLowerHex = url.flatMap((form) => [form, form.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase())]);
  return [...new Set(withLowerHex)].flatMap((form) => [
    form,
    ...jsonForms(form),
    htmlForm(form),
    htmlForm(form, "&#x27;"),
    htmlForm(form, "&#039;"),
    htmlForm(form, "&apos;")
  ]);
}
function rfc3986(text) {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function jsonForms(text) {
  const json = JSON.stringify(text).slice(1, -1);
  const ascii = json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return [
    json,
    json.replace(/\//g, "\\/"),
    ascii,
    ascii.replace(/\//g, "\\/"),
    ascii.replace(/\\u([0-9a-f]{4})/g, (_, h) => `\\u${h.toUpperCase()}`)
  ];
}
function htmlForm(text, apostrophe = "&#39;") {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, apostrophe);
}
function urlParts(secret) {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(secret)) return [];
  let url;
  try {
    url = new URL(secret);
  } catch {
    return [];
  }
  const parts = [`${url.pathname}${url.search}`];
  for (const segment of url.pathname.split("/")) if (segment.length >= MIN_TOKEN_SEGMENT) parts.push(segment, decodeURIComponent(segment));
  for (const value of url.searchParams.values()) if (value.length >= MIN_TOKEN_SEGMENT) parts.push(value);
  if (url.password) parts.push(url.password, decodeURIComponent(url.password));
  return parts.filter((part) => part.length >= MIN_TOKEN_SEGMENT);
}
function base64Cores(secret) {
  const bytes = new TextEncoder().encode(secret);
  const cores = [];
  for (let shift = 0; shift < 3; shift++) {
    const padded = new Uint8Array(shift + bytes.length);
    padded.set(bytes, shift);
    const encoded = btoa(String.fromCharCode(...padded)).replace(/=+$/, "");
    const first = shift === 0 ? 0 : Math.ceil(shift * 8 / 6);
    const last = Math.floor((shift + bytes.length) * 8 / 6);
    const core = encoded.slice(first, last);
    cores.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return cores;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/publish/revise-claims.ts
var kindOf = (post) => post.status === "correct" ? "correction" : "retraction";
function reviseClaim(post, run2, at) {
  const kind = kindOf(post);
  const content = post.contentHash;
  let entry = {
    ...post.ledger ?? { postId: post.postId, file: post.file, contentHash: content, platforms: {} },
    file: post.file
  };
  delete entry.scheduledFor;
  const left = [];
  if (post.status === "correct") {
    for (const t of post.targets) {
      if (t.action === "leave") left.push({ platform: t.platform, parts: [], note: t.note ?? "left as it is" });
      if (t.removed.length) left.push({ platform: t.platform, parts: t.removed, note: "not in the corrected post: left as they are" });
    }
  } else {
    for (const b of post.byHand) left.push({ platform: b.platform, parts: [], note: `delete by hand: ${b.note}` });
  }
  entry = openRevision(entry, {
    kind,
    content,
    run: run2,
    at,
    ...post.approvedBy ? { approval: post.approvedBy } : {},
    ...post.status === "retract" ? { reason: post.reason } : {},
    left
  });
  const step = (platform, part, action) => {
    entry = recordStepIntent(entry, kind, content, { platform, part, action, run: run2, at });
  };
  if (post.status === "retract") {
    for (const t of post.targets) for (const d of t.deletes) step(t.platform, d.index, "delete");
  } else {
    for (const t of post.targets) {
      for (const e of t.edits) step(t.platform, e.index, "edit");
      for (const part of t.append?.parts ?? []) {
        if (t.action === "reply") {
          const digest = contentHash(t.rendition.parts[part.index]?.text ?? "");
          entry = recordStepIntent(entry, kind, content, { platform: t.platform, part: part.index, action: "reply", run: run2, at, digest });
        }
        entry = recordIntent(entry, t.platform, { index: part.index, key: part.key, run: run2, at });
      }
    }
  }
  return withBlob(finishRevision(entry, kind, content, at), post);
}
function stepClaim(entry, post, platform, part, action, run2) {
  const step = stepOf(revisionFor(entry, kindOf(post), post.contentHash), platform, part, action);
  if (step?.state === "done") return "done";
  return step?.state === "intent" && step.run === run2 ? "ours" : "taken";
}

// src/publish/claims.ts
function newEntry(plan) {
  return { postId: plan.postId, file: plan.file, contentHash: plan.contentHash, ...plan.blob ? { blob: plan.blob } : {}, platforms: {} };
}
function withBlob(entry, plan) {
  return plan.blob && entry.contentHash === plan.contentHash && entry.blob !== plan.blob ? { ...entry, blob: plan.blob } : entry;
}
function claimEntries(plan, run2, at) {
  const entries = [];
  for (const post of plan.posts) {
    if (post.status === "publish") {
      let entry = withBlob({ ...post.ledger ?? newEntry(post), file: post.file }, post);
      delete entry.scheduledFor;
      for (const target of post.targets) {
        for (const part of target.parts) {
          entry = recordIntent(entry, target.platform, { index: part.index, key: part.key, run: run2, at });
        }
      }
      entries.push(entry);
    } else if (post.status === "correct" || post.status === "retract") {
      entries.push(reviseClaim(post, run2, at));
    } else if (post.status === "renamed" && post.ledger && post.ledger.file !== post.file) {
      entries.push({ ...post.ledger, file: post.file });
    } else if (post.status === "scheduled") {
      const scheduledFor = post.publishAt.toISOString();
      if (post.ledger?.scheduledFor === scheduledFor && post.ledger.file === post.file) continue;
      entries.push(withBlob({ ...post.ledger ?? newEntry(post), file: post.file, contentHash: post.contentHash, scheduledFor }, post));
    } else if ((post.status === "published" || post.status === "retracted") && post.ledger && post.blob && post.ledger.blob !== post.blob) {
      if (post.status === "retracted" || post.ledger.contentHash === post.contentHash) entries.push({ ...post.ledger, blob: post.blob });
    }
  }
  return entries;
}
function claimOf(entry, platform, index, run2) {
  const part = findPart(entry, platform, index);
  if (part?.state === "live") return "live";
  return part?.state === "intent" && part.run === run2 ? "ours" : "taken";
}

// src/publish/failure.ts
function failureMessage(file, platform, error) {
  const message = error instanceof Error ? error.message : String(error);
  const own = message.startsWith(`${platform}: `) ? message.slice(platform.length + 2) : message;
  const hint = error instanceof HeraldError && error.hint ? ` (${error.hint})` : "";
  return `${file} \u2192 ${platform}: ${own}${hint}`;
}

// src/publish/revise.ts
var urlOf = (entry, platform, index) => findPart(entry, platform, index)?.url;
async function correctOn(post, target, deps) {
  const { platform } = target;
  const removed = target.removed.flatMap((i) => urlOf(deps.entry(), platform, i) ?? []);
  const outcome = (appended) => ({
    platform,
    status: "corrected",
    action: target.action,
    urls: target.action === "edit" ? target.edits.flatMap((e) => urlOf(deps.entry(), platform, e.index) ?? []) : liveUrls2(deps.entry(), platform, target),
    appended,
    removed,
    ...target.note ? { note: target.note } : {}
  });
  if (target.action === "leave") return outcome([]);
  const adapter = required(deps.adapter, platform);
  for (const edit of target.edits) {
    if (stepClaim(deps.entry(), post, platform, edit.index, "edit", deps.runId) !== "ours") continue;
    if (!adapter.editPart) throw new Error(`${platform} cannot edit a live post (the adapter has no editPart)`);
    const live = liveOf(deps.entry(), platform, edit.index);
    const part = target.rendition.parts[edit.index];
    const result = await withRetry(
      () => adapter.editPart({ rendition: target.rendition, part, index: edit.index, live, recover: edit.recover }, deps.ctx),
      deps.retry,
      deps.hooks
    );
    deps.update(
      recordStepDone(deps.entry(), kindOf(post), post.contentHash, { platform, part: edit.index, action: "edit", result, at: deps.now() })
    );
  }
  const append = target.append;
  if (!append || append.parts.length === 0) return outcome([]);
  const mine = append.parts.filter((p) => claimOf(deps.entry(), platform, p.index, deps.runId) === "ours");
  await publishThread(append, mine, {
    adapter,
    ctx: deps.ctx,
    retry: deps.retry,
    hooks: deps.hooks,
    entry: deps.entry,
    onLive: async (live, key) => {
      let entry = recordLive(deps.entry(), platform, scrubValue(live, deps.scrub), key, deps.runId, deps.now());
      if (target.action === "reply")
        entry = recordStepDone(entry, kindOf(post), post.contentHash, { platform, part: live.index, action: "reply", at: deps.now() });
      deps.update(entry);
    }
  });
  return outcome(append.parts.flatMap((p) => urlOf(deps.entry(), platform, p.index) ?? []));
}
async function retractOn(post, target, deps) {
  const { platform } = target;
  const adapter = required(deps.adapter, platform);
  if (!adapter.deletePart) throw new Error(`${platform} cannot delete a live post (the adapter has no deletePart)`);
  const urls = [];
  for (const work of target.deletes) {
    const claim = stepClaim(deps.entry(), post, platform, work.index, "delete", deps.runId);
    if (claim === "taken") continue;
    const live = liveOf(deps.entry(), platform, work.index);
    urls.push(live.url);
    if (claim === "done") continue;
    const result = await withRetry(() => adapter.deletePart(live, deps.ctx), deps.retry, deps.hooks);
    deps.update(
      recordStepDone(deps.entry(), kindOf(post), post.contentHash, {
        platform,
        part: work.index,
        action: "delete",
        result,
        at: deps.now()
      })
    );
  }
  return { platform, status: "deleted", urls };
}
function required(adapter, platform) {
  if (!adapter) throw new Error(`no adapter is registered for ${platform}`);
  return adapter;
}
function liveOf(entry, platform, index) {
  const part = findPart(entry, platform, index);
  const live = part && livePart(part);
  if (!live) throw new Error(`part ${index} on ${platform} is not live in the ledger: nothing to change`);
  return live;
}
function liveUrls2(entry, platform, target) {
  return (entry.platforms[platform] ?? []).filter((p) => p.state === "live" && !p.deletedAt && p.url && !target.append?.parts.some((a) => a.index === p.index)).map((p) => p.url);
}

// src/publish/runner.ts
async function executePlan(plan, deps) {
  const claims = claimEntries(plan, deps.runId, deps.now());
  const entries = /* @__PURE__ */ new Map();
  if (claims.length > 0) {
    const pushed = await deps.store.commit(claims, commitMessage("claim", claims));
    for (const [id, entry] of pushed) entries.set(id, entry);
  }
  const outcomes = new Map(
    plan.posts.map((p) => [p.postId, { postId: p.postId, file: p.file, plan: p, platforms: [] }])
  );
  const byPlatform = /* @__PURE__ */ new Map();
  const add = (platform, job) => byPlatform.set(platform, [...byPlatform.get(platform) ?? [], job]);
  for (const post of plan.posts) {
    if (post.status === "publish") for (const target of post.targets) add(target.platform, { post, target });
    if (post.status === "correct") for (const correction of post.targets) add(correction.platform, { post, correction });
    if (post.status === "retract") for (const retraction of post.targets) add(retraction.platform, { post, retraction });
  }
  for (const post of plan.posts) {
    if (post.status !== "retract") continue;
    const outcome = outcomes.get(post.postId);
    for (const b of post.byHand) outcome.platforms.push({ platform: b.platform, status: "by-hand", urls: b.urls, note: b.note });
  }
  const runPlatform = async (platform, jobs) => {
    const adapter = deps.adapters[platform];
    for (const job of jobs) {
      const { post } = job;
      const outcome = outcomes.get(post.postId);
      const entryOf = () => entries.get(post.postId);
      if (!("target" in job)) {
        outcome.platforms.push(await revise(job, platform, adapter, entryOf));
        continue;
      }
      const { target } = job;
      const mine = target.parts.filter((p) => claimOf(entryOf(), platform, p.index, deps.runId) === "ours");
      const result = await (async () => {
        if (mine.length === 0 && target.parts.some((p) => claimOf(entryOf(), platform, p.index, deps.runId) === "taken")) {
          return { platform, status: "taken" };
        }
        try {
          if (!adapter) throw new Error(`no adapter is registered for ${platform}`);
          const { recovered } = await publishThread(target, mine, {
            adapter,
            ctx: deps.ctx,
            retry: deps.retry,
            hooks: { sleep: deps.sleep, log: (m) => deps.log(`${post.file} \u2192 ${platform}: ${m}`) },
            entry: entryOf,
            onLive: async (live, key) => {
              entries.set(post.postId, recordLive(entryOf(), platform, scrubValue(live, deps.scrub), key, deps.runId, deps.now()));
            }
          });
          return { platform, status: "live", urls: urlsOf(entryOf(), platform), recovered };
        } catch (error) {
          const message = deps.scrub(failureMessage(post.file, platform, error));
          entries.set(post.postId, { ...entryOf(), failures: recordFailure(entryOf(), platform, deps.runId, message, deps.now()) });
          return { platform, status: "failed", error: message, urls: urlsOf(entryOf(), platform) };
        }
      })();
      outcome.platforms.push(result);
    }
  };
  const revise = async (job, platform, adapter, entryOf) => {
    const { post } = job;
    const reviseDeps = {
      adapter,
      ctx: deps.ctx,
      retry: deps.retry,
      hooks: { sleep: deps.sleep, log: (m) => deps.log(`${post.file} \u2192 ${platform}: ${m}`) },
      runId: deps.runId,
      now: deps.now,
      scrub: deps.scrub,
      entry: entryOf,
      update: (entry) => void entries.set(post.postId, entry)
    };
    try {
      return "correction" in job ? await correctOn(job.post, job.correction, reviseDeps) : await retractOn(job.post, job.retraction, reviseDeps);
    } catch (error) {
      const message = deps.scrub(failureMessage(post.file, platform, error));
      entries.set(post.postId, { ...entryOf(), failures: recordFailure(entryOf(), platform, deps.runId, message, deps.now()) });
      return { platform, status: "failed", error: message, urls: [] };
    }
  };
  await Promise.allSettled([...byPlatform].map(([platform, jobs]) => runPlatform(platform, jobs)));
  for (const post of plan.posts) {
    if ((post.status === "correct" || post.status === "retract") && entries.has(post.postId))
      entries.set(post.postId, withBlob(finishRevision(entries.get(post.postId), kindOf(post), post.contentHash, deps.now()), post));
  }
  const results = [...new Set([...byPlatform.values()].flat().map((j) => j.post.postId))].map((id) => entries.get(id));
  let failed = [...outcomes.values()].some(
    (o) => o.plan.status === "invalid" || o.plan.status === "refused" || o.platforms.some((p) => p.status === "failed")
  );
  if (results.length > 0) {
    try {
      await deps.store.commit(results, commitMessage("record", results));
    } catch (error) {
      failed = true;
      deps.log(`the results could not be pushed (${error.message}); a re-run recovers them from the platforms`);
    }
  }
  return { posts: [...outcomes.values()], failed };
}
function urlsOf(entry, platform) {
  return (entry.platforms[platform] ?? []).filter((p) => p.state === "live" && p.url).map((p) => p.url);
}
function commitMessage(kind, entries) {
  const ids = entries.map((e) => e.postId);
  const list = ids.length <= 3 ? ids.join(", ") : `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more`;
  return kind === "claim" ? `herald: about to publish ${list}` : `herald: published ${list}`;
}

// src/publish/scrubbed.ts
var JOB_TOKENS = ["INPUT_GITHUB-TOKEN", "GITHUB_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
function jobScrubber(env) {
  return secretScrubber([...secretValues(env), ...JOB_TOKENS.map((name) => env[name])]);
}
function scrubbedCore(core, scrub) {
  return {
    ...core,
    info: (message) => core.info(scrub(message)),
    warning: (message) => core.warning(scrub(message)),
    // The runner's log masking needs the value itself; it never reaches the displayed log.
    setSecret: (secret) => core.setSecret(secret),
    setOutput: (name, value) => core.setOutput(name, scrubOutput(value, scrub)),
    setFailed: (message) => core.setFailed(scrub(message)),
    writeSummary: (markdown) => core.writeSummary(scrub(markdown))
  };
}
function scrubOutput(value, scrub) {
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    return scrub(value);
  }
  return JSON.stringify(scrubValue(parsed, scrub));
}

// action/src/main.ts
async function run(deps) {
  const scrub = jobScrubber(deps.env);
  const core = scrubbedCore(deps.core, scrub);
  try {
    await publish({ ...deps, core }, scrub);
  } catch (error) {
    const hint = error instanceof HeraldError && error.hint ? `
${error.hint}` : "";
    core.setFailed(`${error.message}${hint}`);
  }
}
async function publish(deps, scrub) {
  const { env, core } = deps;
  for (const secret of secretValues(env)) core.setSecret(secret);
  const cwd = env["GITHUB_WORKSPACE"] || process.cwd();
  const inputs = readInputs(env);
  const event = await readEvent(env, inputs, await headCommit(cwd));
  const tip = inputs.dryRun ? await headCommit(cwd) : await moveToTip(cwd, event.branch);
  const config = await configAt(cwd, tip, inputs.configPath);
  const now = deps.now();
  const baselineFrom = await baselineCommit(cwd, event, tip);
  const store = gitLedgerStore({
    cwd,
    remote: "origin",
    seed: { from: tip, now, ...baselineFrom ? { baselineFrom } : {} },
    write: !inputs.dryRun,
    log: (m) => core.info(m),
    ...deps.onPush ? { onPush: deps.onPush } : {}
  });
  try {
    await store.open();
    const gathered = await gatherPlanInput({
      cwd,
      mode: event.mode,
      rev: tip,
      ledger: store,
      ...event.before ? { before: event.before } : {},
      ...inputs.retryPost ? { retryPost: inputs.retryPost } : {},
      config,
      now,
      ...inputs.platforms ? { platforms: inputs.platforms } : {}
    });
    const github = githubTarget(env, inputs, event, deps.fetch);
    const planned = planPublication(gathered.input);
    const approvals = inputs.dryRun ? /* @__PURE__ */ new Map() : await checkApprovals(planned, {
      cwd,
      remote: "origin",
      branch: event.branch,
      tip,
      tree: gathered.tree,
      policy: config.publish,
      ...github ? { github } : {}
    });
    const plan = withApprovals(withRefusals(planned, refusalsOf(approvals)), approvedBy(approvals));
    core.info(
      `herald: ${event.mode} run at ${tip.slice(0, 7)} (${event.branch}): ${plan.posts.map((p) => `${p.postId} (${p.status})`).join(", ") || "nothing to publish"}`
    );
    for (const line of attentionLines(plan)) core.warning(`herald: ${line}`);
    const adapters = await buildAdapters(plan, config, deps.adapters, env);
    if (inputs.dryRun) {
      core.info(describePlan(plan, adapters, { timeZone: config.timezone, now }));
      if (config.publish.requireVote) core.info("herald: dry run: the votes were not verified (a real run does, before sending anything)");
      core.setOutput(
        "published",
        JSON.stringify(
          publishedJson({ posts: plan.posts.map((p) => ({ postId: p.postId, file: p.file, plan: p, platforms: [] })), failed: false })
        )
      );
      return;
    }
    const outcome = await executePlan(plan, {
      store,
      adapters,
      ctx: { fetch: deps.fetch, readMedia: repoMediaReader(cwd), mediaSize: repoMediaSize(cwd), log: (m) => core.info(m) },
      runId: env["GITHUB_RUN_ID"] ? `${env["GITHUB_RUN_ID"]}-${env["GITHUB_RUN_ATTEMPT"] ?? "1"}` : randomUUID(),
      retry: DEFAULT_RETRY,
      now: deps.now,
      sleep: deps.sleep,
      log: (m) => core.info(m),
      scrub
    });
    core.setOutput("published", JSON.stringify(publishedJson(outcome)));
    const links = liveLinkPolicy(config);
    await core.writeSummary(summaryMarkdown(outcome, links));
    if (github) {
      try {
        const pulls = new Map([...approvals].flatMap(([id, a]) => a.pull ? [[id, a.pull]] : []));
        const numbers = await commentOnPullRequests(github, outcome.posts, pulls, event.mode === "push" ? event.after : void 0, {
          ...runLink(env),
          links,
          scrub
        });
        if (numbers.length) core.info(`herald: commented on #${numbers.join(", #")}`);
      } catch (error) {
        core.warning(`herald: the PR comment failed: ${error.message}`);
      }
    }
    await keepCalendar(cwd, tip, config, deps.now(), event, core, plan.posts.length > 0);
    if (outcome.failed) core.setFailed(`Herald could not publish everything:
${failureLines(outcome).join("\n")}
${RETRY_HOW}`);
  } finally {
    store.close();
  }
}
async function keepCalendar(cwd, tip, config, now, event, core, planned) {
  try {
    if (!await calendarDue(cwd, planned, now)) return;
    const { writeCalendar } = await import("./calendar-VHL24AFZ.js");
    const result = await writeCalendar({ cwd, remote: "origin", tip, config, now, name: `${event.repository ?? "Herald"} posts` });
    if (result.kind === "written") core.info(`herald: ${CALENDAR_FILE} on ${LEDGER_BRANCH} updated (${result.events} events)`);
  } catch (error) {
    core.warning(`herald: the calendar was not updated: ${error.message}`);
  }
}
async function moveToTip(cwd, branch) {
  await git(cwd, ["fetch", "--quiet", "--no-tags", "origin", branch]);
  await git(cwd, ["reset", "--quiet", "--hard", "FETCH_HEAD"]);
  return headCommit(cwd);
}
async function configAt(cwd, tip, path) {
  const mode = (await fileModes(cwd, tip, [path])).get(path);
  if (mode !== void 0 && !/^1006[0-7]{2}$/.test(mode)) {
    throw new HeraldError(
      `${path}: not a regular file at ${tip.slice(0, 7)} (git mode ${mode}${mode === "120000" ? ", a symbolic link" : ""}); the publisher reads only regular files`,
      { hint: "commit the config itself, not a link to it" }
    );
  }
  const shown = await gitRaw(cwd, ["show", `${tip}:${path}`]);
  if (shown.code !== 0)
    throw new HeraldError(`${path}: cannot read the Herald config at ${tip.slice(0, 7)} (${shown.stderr.trim()})`, {
      hint: "set the `config` input to its path"
    });
  const parsed = parseConfig(path, shown.stdout);
  if (!parsed.ok)
    throw new HeraldError(`${path} is invalid:
${parsed.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join("\n")}`);
  return parsed.config;
}
async function baselineCommit(cwd, event, tip) {
  if (event.mode !== "push") return tip;
  if (!event.before || /^0+$/.test(event.before)) return void 0;
  return await ensureCommit(cwd, "origin", event.before) ? event.before : tip;
}
function githubTarget(env, inputs, event, fetch) {
  const token = inputs.githubToken ?? env["GITHUB_TOKEN"];
  return token && event.repository ? { apiUrl: env["GITHUB_API_URL"] || "https://api.github.com", token, repository: event.repository, fetch } : void 0;
}
function refusalsOf(approvals) {
  return new Map(
    [...approvals].flatMap(([id, a]) => a.ok ? [] : [[id, { reason: a.reason, ...a.pull ? { pull: a.pull } : {} }]])
  );
}
function approvedBy(approvals) {
  return new Map(
    [...approvals].flatMap(([id, a]) => {
      if (!a.ok) return [];
      const by = {
        ...a.pull ? { pull: a.pull } : {},
        ...a.head ? { head: a.head } : {},
        ...a.checkRun ? { checkRun: a.checkRun } : {},
        ...a.approvers ? { approvers: a.approvers } : {}
      };
      return [[id, by]];
    })
  );
}
function runLink(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? { runUrl: `${server}/${repo}/actions/runs/${id}` } : {};
}
export {
  run
};
