import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  readLedgerEntries
} from "./chunk-PAKEGLS7.js";
import {
  datesPeriod,
  lastCompleteQuarter,
  periodBounds,
  periodFileLabel,
  quarterPeriod
} from "./chunk-PQE3WWFS.js";
import {
  tally
} from "./chunk-6PMUARAO.js";
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  githubFromEnv
} from "./chunk-74HDVKGH.js";
import "./chunk-3CHZTI3E.js";
import {
  CONFIG_PATH,
  loadValidConfig
} from "./chunk-VD2WPKFG.js";
import {
  PLATFORM_NAMES
} from "./chunk-5OAOWV7G.js";
import {
  localDate,
  localDateFormatter
} from "./chunk-3LIYO7YQ.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-C6CUBHRC.js";
import "./chunk-63TP3FNY.js";
import "./chunk-YXY5G25S.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-IZPRORHO.js";
import {
  ADAPTER_LOADERS
} from "./chunk-G6UH3ZDM.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-QKSMSPLC.js";

// src/cli/report-command.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/core/quarterly-report/chart.ts
var COLOURS = {
  mastodon: "#0072B2",
  bluesky: "#E69F00",
  x: "#000000",
  linkedin: "#009E73",
  threads: "#CC79A7",
  discord: "#56B4E9",
  slack: "#F0E442",
  discourse: "#D55E00",
  // Four more, from Paul Tol's muted scheme (also built for colour-vision deficiencies), for groups on more than eight platforms.
  facebook: "#332288",
  instagram: "#882255",
  reddit: "#999933",
  pinterest: "#44AA99"
};
var WIDTH = 640;
var HEIGHT = 320;
var PLOT = { left: 48, right: 150, top: 40, bottom: 48 };
function barChartSvg(title, months, series) {
  const platforms = [...series.keys()];
  const max = Math.max(1, ...[...series.values()].flat());
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const groupWidth = plotWidth / Math.max(1, months.length);
  const barWidth = Math.max(2, groupWidth * 0.8 / Math.max(1, platforms.length));
  const y = (value) => PLOT.top + plotHeight - value / top * plotHeight;
  const parts = [];
  for (let tick = 0; tick <= top; tick += step) {
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.left + plotWidth}" y1="${fmt(y(tick))}" y2="${fmt(y(tick))}" stroke="#ddd"/>`);
    parts.push(`<text x="${PLOT.left - 6}" y="${fmt(y(tick) + 4)}" text-anchor="end">${tick}</text>`);
  }
  months.forEach((month, m) => {
    const groupX = PLOT.left + m * groupWidth + groupWidth * 0.1;
    platforms.forEach((platform, p) => {
      const value = series.get(platform)?.[m] ?? 0;
      const x = groupX + p * barWidth;
      parts.push(
        `<rect x="${fmt(x)}" y="${fmt(y(value))}" width="${fmt(barWidth)}" height="${fmt(y(0) - y(value))}" fill="${COLOURS[platform]}" stroke="#333" stroke-width="0.5"><title>${escapeXml(`${PLATFORM_NAMES[platform]}, ${month}: ${value}`)}</title></rect>`
      );
    });
    parts.push(
      `<text x="${fmt(PLOT.left + (m + 0.5) * groupWidth)}" y="${HEIGHT - PLOT.bottom + 18}" text-anchor="middle">${escapeXml(month)}</text>`
    );
  });
  platforms.forEach((platform, p) => {
    const ly = PLOT.top + p * 20;
    parts.push(
      `<rect x="${WIDTH - PLOT.right + 16}" y="${ly}" width="12" height="12" fill="${COLOURS[platform]}" stroke="#333" stroke-width="0.5"/>`
    );
    parts.push(`<text x="${WIDTH - PLOT.right + 34}" y="${ly + 10}">${escapeXml(PLATFORM_NAMES[platform])}</text>`);
  });
  const summary = platforms.map((p) => `${PLATFORM_NAMES[p]} ${sum(series.get(p) ?? [])}`).join(", ") || "no posts";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="title desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="title">${escapeXml(title)}</title>`,
    `<desc id="desc">${escapeXml(`Posts per month: ${summary}`)}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${PLOT.left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    ...parts,
    `<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${fmt(y(0))}" stroke="#333"/>`,
    `<line x1="${PLOT.left}" x2="${PLOT.left + plotWidth}" y1="${fmt(y(0))}" y2="${fmt(y(0))}" stroke="#333"/>`,
    "</svg>",
    ""
  ].join("\n");
}
function niceStep(max) {
  const rough = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  return Math.max(1, step);
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}
function fmt(value) {
  return String(Math.round(value * 10) / 10);
}
function escapeXml(text) {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]);
}

// src/core/quarterly-report/published.ts
function deliveries(ledger, period, timezone) {
  const found = [];
  const localDate2 = localDateFormatter(timezone);
  for (const entry of ledger) {
    for (const [platform, parts] of Object.entries(entry.platforms)) {
      const live = (parts ?? []).filter((p) => p.state === "live" && p.liveAt);
      const first = live.find((p) => p.index === 0) ?? live[0];
      if (!first?.liveAt) continue;
      const date = localDate2(new Date(first.liveAt));
      if (date < period.start || date > period.end) continue;
      found.push({ postId: entry.postId, platform, date, url: first.url ?? "", parts: live.length });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.postId.localeCompare(b.postId) || a.platform.localeCompare(b.platform));
}
function monthsOf(period) {
  const months = [];
  let [year, month] = period.start.split("-").map(Number);
  const last = period.end.slice(0, 7);
  for (; ; ) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}
function countByPlatformAndMonth(list, months) {
  const counts = /* @__PURE__ */ new Map();
  for (const delivery of list) {
    const row = counts.get(delivery.platform) ?? months.map(() => 0);
    const index = months.indexOf(delivery.date.slice(0, 7));
    if (index >= 0) row[index] = (row[index] ?? 0) + 1;
    counts.set(delivery.platform, row);
  }
  return counts;
}

// src/core/quarterly-report/revisions.ts
function revisionRecords(ledger, period, timezone) {
  const localDate2 = localDateFormatter(timezone);
  const out = [];
  for (const entry of ledger) {
    for (const r of entry.revisions ?? []) {
      const date = localDate2(new Date(r.doneAt ?? r.at));
      if (date < period.start || date > period.end) continue;
      out.push({
        date,
        postId: entry.postId,
        kind: r.kind,
        ...r.approval?.pull ? { pull: r.approval.pull } : {},
        ...r.reason ? { reason: r.reason } : {},
        done: r.doneAt !== void 0
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.postId.localeCompare(b.postId));
}
function revisionSummary(records) {
  const count = (kind) => records.filter((r2) => r2.kind === kind).length;
  const [c, r] = [count("correction"), count("retraction")];
  return `- ${c} correction${c === 1 ? "" : "s"} and ${r} retraction${r === 1 ? "" : "s"} of live posts`;
}
function revisionsSection(records, oneLine2) {
  if (records.length === 0) return "## Corrections and retractions\n\nNo live post was corrected or retracted.";
  const rows = records.map(
    (r) => `| ${r.date} | ${r.postId} | ${r.kind} | ${r.pull ? `#${r.pull}` : ""} | ${r.done ? "done" : "**unfinished**"} | ${r.reason ? oneLine2(r.reason) : ""} |`
  );
  return [
    "## Corrections and retractions",
    "",
    "| Date | Post | Change | Approved in | Outcome | Reason |",
    "|---|---|---|---|---|---|",
    ...rows
  ].join("\n");
}

// src/core/quarterly-report/votes.ts
function quorumReachedAt(vote, roster, policy, timezone) {
  const submitted = vote.reviews.filter((r) => r.submittedAt !== null).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  const localDate2 = localDateFormatter(timezone);
  const moments = [vote.openedAt, ...submitted.map((r) => r.submittedAt)];
  for (const moment of moments) {
    const result = tally({
      roster,
      policy,
      today: localDate2(new Date(moment)),
      prAuthor: vote.author,
      reviews: submitted.filter((r) => r.submittedAt <= moment),
      contentChangedSince: () => false,
      needsBoard: [],
      membershipVote: false
    });
    if (result.status === "passed") return moment;
  }
  return void 0;
}
function median(values) {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function participation(votes, roster, timezone) {
  const logins = [...new Set(roster.map((m) => m.login))];
  const localDate2 = logins.length > 0 ? localDateFormatter(timezone) : void 0;
  const days = localDate2 ? votes.map((v) => localDate2(new Date(v.openedAt))) : [];
  return logins.map((login) => {
    const terms = roster.filter((m) => m.login.toLowerCase() === login.toLowerCase());
    const eligibleVotes = votes.filter((_v, i) => {
      const day = days[i];
      return terms.some((t) => t.termStart <= day && day <= t.termEnd);
    });
    const took = eligibleVotes.filter(
      (v) => v.author.toLowerCase() === login.toLowerCase() || v.reviews.some((r) => r.state !== "PENDING" && r.author.toLowerCase() === login.toLowerCase())
    ).length;
    return { login, eligible: eligibleVotes.length, took };
  }).filter((p) => p.eligible > 0);
}

// src/core/quarterly-report/render.ts
var nameOf = (id) => PLATFORM_NAMES[id] ?? id;
var withoutPlatform = (message2, id) => message2.replace(new RegExp(`^(?:${id}|${nameOf(id)})(?: API)?:\\s*`, "i"), "");
function renderReport(input) {
  const list = deliveries(input.ledger, input.period, input.timezone);
  const months = monthsOf(input.period);
  const order = input.platforms.map((p) => p.id);
  const counts = new Map([...countByPlatformAndMonth(list, months)].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
  const svg = barChartSvg(`Posts per month, ${input.period.label}`, months, counts);
  const revisions = revisionRecords(input.ledger, input.period, input.timezone);
  const sections = [
    `# Herald report ${input.period.label}`,
    `${input.period.start} to ${input.period.end} (${input.timezone}).`,
    summarySection(input, list, revisionSummary(revisions)),
    publishedSection(input, months, counts),
    votesSection(input),
    failuresSection(input),
    revisionsSection(revisions, oneLine),
    engagementSection(input, list)
  ];
  return { markdown: sections.join("\n\n") + "\n", svg };
}
function summarySection(input, list, revisions) {
  const posts = new Set(list.map((d) => d.postId)).size;
  const retired = input.platforms.filter((p) => p.retired);
  const lines = [
    "## Summary",
    "",
    `- ${posts} post${posts === 1 ? "" : "s"} published, ${list.length} deliver${list.length === 1 ? "y" : "ies"} across platforms`,
    input.votesMissing ? `- Votes not counted: ${oneLine(input.votesMissing)}` : `- ${input.votes.length} pull request${input.votes.length === 1 ? "" : "s"} voted and merged`,
    failureSummary(input),
    revisions
  ];
  for (const platform of retired) {
    lines.push(
      `- ${nameOf(platform.id)} retired since ${platform.retired?.since}${platform.retired?.successor ? ` (moved to ${nameOf(platform.retired.successor)})` : ""}; its history stays in this report`
    );
  }
  return lines.join("\n");
}
function publishedSection(input, months, counts) {
  const header = `| Platform | ${months.join(" | ")} | Total |`;
  const rule = `|---|${months.map(() => "---:").join("|")}|---:|`;
  const rows = [...counts.entries()].map(
    ([platform, row]) => `| ${nameOf(platform)} | ${row.join(" | ")} | ${row.reduce((a, b) => a + b, 0)} |`
  );
  const body = rows.length ? [header, rule, ...rows].join("\n") : "_Nothing was published in this period._";
  return ["## Posts published per platform and month", "", `![Posts per month per platform](${input.chartFile})`, "", body].join("\n");
}
function votesSection(input) {
  const hours = input.votes.flatMap((vote) => {
    const at = quorumReachedAt(vote, input.roster, input.policy, input.timezone);
    return at ? [(Date.parse(at) - Date.parse(vote.openedAt)) / 36e5] : [];
  });
  const mid = median(hours);
  const lines = ["## Votes", ""];
  if (input.votesMissing) return [...lines, `_The votes could not be read: ${oneLine(input.votesMissing)}._`].join("\n");
  lines.push(
    mid === void 0 ? "- Median time from pull request to quorum: no PR reached quorum in this period" : `- Median time from pull request to quorum: ${formatHours(mid)} (${hours.length} PRs)`
  );
  const people = participation(input.votes, input.roster, input.timezone);
  if (people.length) {
    lines.push("", "| Member | Took part | Of PRs during their term |", "|---|---:|---:|");
    for (const p of people) lines.push(`| @${p.login} | ${p.took} | ${p.eligible} |`);
  }
  return lines.join("\n");
}
function failureSummary(input) {
  const attempts = input.failures.reduce((n2, f) => n2 + f.attempts, 0);
  const recovered = input.failures.filter((f) => f.recovered).length;
  if (attempts === 0) return "- No failed attempt to publish";
  const pairs = input.failures.length;
  return `- ${attempts} failed attempt${attempts === 1 ? "" : "s"} to publish, for ${pairs} post${pairs === 1 ? "" : "s"} on a platform; ${recovered} of ${pairs} published on a retry`;
}
function failuresSection(input) {
  if (input.failures.length === 0) return "## Failures and retries\n\nNo publish attempt failed.";
  const rows = input.failures.map(
    (f) => `| ${f.at.slice(0, 10)} | ${f.postId} | ${nameOf(f.platform)} | ${f.attempts} | ${f.recovered ? "published on retry" : "**not published**"} | ${oneLine(withoutPlatform(f.message, f.platform))} |`
  );
  return [
    "## Failures and retries",
    "",
    "| Date | Post | Platform | Failed attempts | Outcome | Message |",
    "|---|---|---|---:|---|---|",
    ...rows
  ].join("\n");
}
function engagementSection(input, list) {
  const lines = ["## Engagement", ""];
  const followers = Object.entries(input.followers);
  if (followers.length) {
    lines.push("| Platform | Followers |", "|---|---:|", ...followers.map(([p, n2]) => `| ${nameOf(p)} | ${n2} |`), "");
  }
  const inPeriod = new Set(list.map((d) => `${d.postId}/${d.platform}`));
  const rows = input.engagement.filter((e) => inPeriod.has(`${e.postId}/${e.platform}`));
  if (rows.length) {
    lines.push("| Post | Platform | Likes | Reposts | Replies |", "|---|---|---:|---:|---:|");
    for (const e of rows)
      lines.push(`| [${e.postId}](${e.url}) | ${nameOf(e.platform)} | ${n(e.likes)} | ${n(e.reposts)} | ${n(e.replies)} |`);
  } else {
    lines.push("_No engagement figures were available._");
  }
  if (input.missing.length) {
    lines.push("", "**Missing numbers**", "");
    for (const m of input.missing) lines.push(`- ${nameOf(m.platform)}: ${m.what}: ${oneLine(withoutPlatform(m.reason, m.platform))}`);
  }
  return lines.join("\n");
}
function formatHours(hours) {
  return hours < 48 ? `${Math.round(hours * 10) / 10} hours` : `${Math.round(hours / 24 * 10) / 10} days`;
}
function n(value) {
  return value === void 0 ? "\u2013" : String(value);
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

// src/core/quarterly-report/failures.ts
function failureRecords(ledger, period, timezone) {
  const records = [];
  const localDate2 = localDateFormatter(timezone);
  for (const entry of ledger) {
    const inPeriod = (entry.failures ?? []).filter((f) => {
      const day = localDate2(new Date(f.at));
      return day >= period.start && day <= period.end;
    });
    for (const platform of [...new Set(inPeriod.map((f) => f.platform))]) {
      const mine = inPeriod.filter((f) => f.platform === platform);
      const parts = entry.platforms[platform] ?? [];
      const last = mine[mine.length - 1];
      records.push({
        postId: entry.postId,
        platform,
        at: mine[0].at,
        message: last.message,
        attempts: mine.length,
        recovered: parts.length > 0 && parts.every((p) => p.state === "live")
      });
    }
  }
  return records.sort((a, b) => a.at.localeCompare(b.at) || a.postId.localeCompare(b.postId) || a.platform.localeCompare(b.platform));
}

// src/quarterly-report/metrics.ts
async function collectMetrics(deliveries2, ledgerIds, adapters, ctx) {
  const result = { engagement: [], followers: {}, missing: [] };
  const platforms = [...new Set(deliveries2.map((d) => d.platform))];
  await Promise.all(
    platforms.map(
      (platform) => collectFor(
        platform,
        deliveries2.filter((d) => d.platform === platform),
        ledgerIds,
        adapters.get(platform),
        ctx,
        result
      )
    )
  );
  result.engagement.sort((a, b) => a.postId.localeCompare(b.postId) || a.platform.localeCompare(b.platform));
  result.missing.sort((a, b) => a.platform.localeCompare(b.platform) || a.what.localeCompare(b.what));
  return result;
}
async function collectFor(platform, list, ledgerIds, adapter, ctx, result) {
  if (adapter === void 0 || typeof adapter === "string") {
    result.missing.push({ platform, what: "engagement and followers", reason: adapter ?? "no adapter configured" });
    return;
  }
  if (adapter.followers) {
    try {
      result.followers[platform] = await adapter.followers(ctx);
    } catch (error) {
      result.missing.push({ platform, what: "followers", reason: message(error) });
    }
  } else {
    result.missing.push({ platform, what: "followers", reason: `${platform} has no API for follower counts` });
  }
  const metrics = adapter.metrics?.bind(adapter);
  if (!metrics) {
    result.missing.push({ platform, what: "engagement", reason: `${platform} has no API for engagement figures` });
    return;
  }
  const failures = [];
  for (const delivery of list) {
    const id = ledgerIds.get(`${delivery.postId}/${platform}`);
    if (!id) continue;
    const logged = [];
    const own = { ...ctx, log: (m) => (logged.push(m), ctx.log(m)) };
    try {
      const figures = await metrics({ index: 0, id, url: delivery.url }, own);
      if (figures.likes === void 0 && figures.reposts === void 0 && figures.replies === void 0) {
        failures.push(`${delivery.postId}: ${logged.at(-1) ?? `${platform} returned no figures`}`);
      } else {
        result.engagement.push({ postId: delivery.postId, platform, url: delivery.url, ...figures });
      }
    } catch (error) {
      failures.push(`${delivery.postId}: ${message(error)}`);
    }
  }
  if (failures.length)
    result.missing.push({
      platform,
      what: `engagement of ${failures.length} post${failures.length === 1 ? "" : "s"}`,
      reason: failures.slice(0, 3).join("; ")
    });
}
function message(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/quarterly-report/votes-from-github.ts
var PAGE = 50;
var FILES = "files(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { path } }";
var REVIEWS = "reviews(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { author { login __typename } state submittedAt commit { oid } } }";
var PULLS = `query($owner: String!, $name: String!, $cursor: String, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: [MERGED], first: ${PAGE}, after: $cursor, orderBy: { field: UPDATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number title createdAt mergedAt updatedAt author { login __typename } ${FILES} ${REVIEWS} }
    }
  }
}`;
var MORE = (field) => `query($owner: String!, $name: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $name) { pullRequest(number: $number) { ${field} } }
}`;
async function rest(octokit, repo, number, field, first) {
  const items = [...first?.nodes ?? []];
  let page = first;
  while (page?.pageInfo.hasNextPage) {
    const data = await octokit.graphql(
      MORE(field === "files" ? FILES : REVIEWS),
      {
        owner: repo.owner,
        name: repo.repo,
        number,
        after: page.pageInfo.endCursor
      }
    );
    page = data.repository.pullRequest[field] ?? null;
    items.push(...page?.nodes ?? []);
  }
  return items;
}
async function votesFromGitHub(octokit, repo, since, until) {
  const votes = [];
  let cursor = null;
  for (; ; ) {
    const data = await octokit.graphql(PULLS, {
      owner: repo.owner,
      name: repo.repo,
      cursor,
      after: null
    });
    const page = data.repository.pullRequests;
    for (const pull of page.nodes) {
      const merged = pull.mergedAt ? new Date(pull.mergedAt) : void 0;
      if (!merged || merged < since || merged > until) continue;
      const files = await rest(octokit, repo, pull.number, "files", pull.files);
      if (!files.some((f) => f.path.startsWith("posts/"))) continue;
      const reviews = await rest(octokit, repo, pull.number, "reviews", pull.reviews);
      votes.push({
        number: pull.number,
        title: pull.title,
        author: pull.author?.login ?? "",
        openedAt: pull.createdAt,
        mergedAt: pull.mergedAt,
        reviews: reviews.map((r) => ({
          author: r.author?.login ?? "",
          isBot: r.author?.__typename === "Bot",
          state: r.state,
          submittedAt: r.submittedAt,
          commitOid: r.commit?.oid ?? null
        }))
      });
    }
    const last = page.nodes[page.nodes.length - 1];
    if (!page.pageInfo.hasNextPage || last && new Date(last.updatedAt) < since) break;
    cursor = page.pageInfo.endCursor;
  }
  return votes.sort((a, b) => a.number - b.number);
}

// src/quarterly-report/gather-report.ts
async function gatherReport(config, period, deps) {
  const ledger = await readLedgerEntries(deps.root);
  const list = deliveries(ledger, period, config.timezone);
  const ids = /* @__PURE__ */ new Map();
  for (const entry of ledger) {
    for (const [platform, parts] of Object.entries(entry.platforms)) {
      const first = parts?.find((p) => p.index === 0 && p.state === "live" && !p.deletedAt);
      if (first?.id) ids.set(`${entry.postId}/${platform}`, first.id);
    }
  }
  const ctx = {
    fetch: deps.fetch,
    log: deps.log,
    readMedia: () => Promise.reject(new Error("the report reads no media"))
  };
  const [votes, metrics] = await Promise.all([
    readVotes(config, period, deps),
    adaptersFor(config, [...new Set(list.map((d) => d.platform))], deps).then((adapters) => collectMetrics(list, ids, adapters, ctx))
  ]);
  return {
    period,
    timezone: config.timezone,
    platforms: config.platforms,
    roster: config.roster,
    policy: config.approval,
    ledger,
    ...votes,
    failures: failureRecords(ledger, period, config.timezone),
    ...metrics,
    chartFile: deps.chartFile
  };
}
async function readVotes(config, period, deps) {
  if (typeof deps.github === "string")
    return { votes: [], votesMissing: `${deps.github} (the scheduled workflow sets GITHUB_TOKEN and GITHUB_REPOSITORY)` };
  const { since, until } = periodBounds(period, config.timezone);
  try {
    return { votes: await votesFromGitHub(deps.github.octokit, deps.github.repo, since, until) };
  } catch (error) {
    return { votes: [], votesMissing: `GitHub answered: ${error.message}` };
  }
}
async function adaptersFor(config, platforms, deps) {
  const adapters = /* @__PURE__ */ new Map();
  for (const id of platforms) {
    const platform = config.platforms.find((p) => p.id === id);
    const load = deps.adapters[id];
    if (platform?.retired) adapters.set(id, `retired since ${platform.retired.since}: figures are no longer fetched`);
    else if (!platform) adapters.set(id, "no longer in the config");
    else if (!load) adapters.set(id, "Herald has no adapter for this platform yet");
    else {
      try {
        adapters.set(id, (await load())(platform, deps.env));
      } catch (error) {
        adapters.set(id, error.message);
      }
    }
  }
  return adapters;
}

// src/cli/report-command.ts
var REPORT_HELP = `Usage: herald report [--quarter <YYYYQn> | --since <date> --until <date>] [options]

Writes the report to the board: posts published per platform and month (with a chart), the votes
(median time from pull request to quorum, participation per member), failures and retries, and
engagement and followers from every platform that exposes them. Reads the ledger in published/;
votes come from GitHub when GITHUB_TOKEN and GITHUB_REPOSITORY are set; engagement uses the same
platform secrets as publishing. A number that cannot be fetched is listed as missing, with why.

Options:
  --quarter <q>    a calendar quarter, e.g. 2026Q3 (default: the last complete one, in the config's timezone)
  --since <date>   first day, e.g. 2026-07-01 (with --until)
  --until <date>   last day, inclusive
  --out <dir>      where to write <label>.md and <label>.svg (default: reports)
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;
async function reportCommand(argv, io, deps = {}) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quarter: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      out: { type: "string", default: "reports" },
      config: { type: "string", default: CONFIG_PATH },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(REPORT_HELP);
    return 0;
  }
  const byDates = values.since !== void 0 || values.until !== void 0;
  if (values.quarter !== void 0 && byDates) throw new UsageError("give either --quarter or --since/--until, not both");
  if (byDates && (values.since === void 0 || values.until === void 0)) {
    throw new UsageError("give both --since and --until, e.g. --since 2026-07-01 --until 2026-09-30");
  }
  const { config } = loadValidConfig(io.cwd, values.config);
  const quarter = values.quarter ?? (byDates ? void 0 : lastCompleteQuarter(localDate(io.now, config.timezone)));
  const period = quarter !== void 0 ? quarterPeriod(quarter) : datesPeriod(values.since, values.until);
  if (typeof period === "string") throw new UsageError(period);
  const label = periodFileLabel(period);
  const input = await gatherReport(config, period, {
    root: io.cwd,
    env: io.env,
    github: githubFromEnv(io.env),
    adapters: deps.adapters ?? ADAPTER_LOADERS,
    fetch: deps.fetch ?? globalThis.fetch,
    log: (m) => io.err(`${m}
`),
    chartFile: `${label}.svg`
  });
  const report = renderReport(input);
  const dir = resolve(io.cwd, values.out);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${label}.md`), report.markdown);
  writeFileSync(join(dir, `${label}.svg`), report.svg);
  io.out(`Wrote ${join(values.out, `${label}.md`)} and ${join(values.out, `${label}.svg`)}
`);
  const missing = input.missing.length + (input.votesMissing ? 1 : 0);
  if (missing > 0) io.out(`${missing} group${missing === 1 ? "" : "s"} of numbers missing: see "Missing numbers" in the report
`);
  return 0;
}
export {
  REPORT_HELP,
  reportCommand
};
