import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  LineIndex,
  MAX_ALIASES,
  YamlReader,
  canonicalLanguage,
  decodeSource,
  didYouMean,
  parseBoundedYaml,
  platformId,
  require_dist,
  setOwn
} from "./chunk-IZPRORHO.js";
import {
  PLATFORM_IDS
} from "./chunk-L2G2ITLI.js";
import {
  __toESM
} from "./chunk-QKSMSPLC.js";

// src/core/config/dates.ts
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1970 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function termEnd(start, months) {
  const [year, month, day] = start.split("-").map(Number);
  const targetMonth = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  const next = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)));
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
}

// src/core/slug.ts
function slugify(title) {
  return title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
}

// src/core/feed-drafts/draft.ts
var TEMPLATE_FIELDS = ["title", "url", "summary", "feed"];
var SEEN_LIMIT = 1e3;
function selectEntries(entries, seen, limit) {
  const newestFirst = [...entries].sort(byNewest);
  const known = new Set(seen ?? []);
  const unseen = newestFirst.filter((e) => !known.has(e.id));
  const chosen = seen === void 0 ? unseen.slice(0, limit) : unseen.slice(-limit);
  const marked = seen === void 0 ? unseen.map((e) => e.id) : chosen.map((e) => e.id);
  return {
    drafts: [...chosen].reverse(),
    seen: [.../* @__PURE__ */ new Set([...marked, ...seen ?? []])].slice(0, SEEN_LIMIT)
  };
}
function templateProblems(template) {
  const fields = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  return fields.filter((f) => !TEMPLATE_FIELDS.includes(f)).map((f) => `unknown placeholder {${f}}: use ${TEMPLATE_FIELDS.map((t) => `{${t}}`).join(", ")}`);
}
function draftPost(entry, feed, today) {
  const values = { title: entry.title, url: entry.url, summary: entry.summary ?? "", feed: feed.name };
  const body = feed.template.replace(/\{(\w+)\}/g, (match, field) => values[field] ?? match).trim();
  const date = (entry.published ?? today).slice(0, 10);
  const slug = slugify(entry.title) || slugify(entry.url) || "news";
  const front = [`# drafted from the feed "${yamlComment(feed.name)}", entry ${yamlComment(entry.id)}`];
  const language = entry.language ?? feed.language;
  if (language) front.push(`language: ${JSON.stringify(language)}`);
  if (feed.platforms?.length) front.push(`platforms: [${feed.platforms.join(", ")}]`);
  return { path: `posts/${date}-${slug}.md`, content: `---
${front.join("\n")}
---
${body}
` };
}
function byNewest(a, b) {
  return (b.published ?? "").localeCompare(a.published ?? "");
}
function yamlComment(text) {
  return text.replace(/[\r\n]+/g, " ");
}

// src/core/config/parse.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/config/publish.ts
var PUBLISH_KEYS = ["require_vote", "vote_apps", "trusted_paths"];
var DEFAULT_VOTE_APPS = ["herald", "github-actions"];
function defaultPublishPolicy() {
  return { requireVote: true, voteApps: [...DEFAULT_VOTE_APPS], trustedPaths: [] };
}
function readPublish(reader, node, into) {
  const map = reader.map(node, "publish", "{ require_vote: true, vote_apps: [herald], trusted_paths: [posts/feeds/**] }");
  if (!map) return;
  for (const { key, value } of reader.entries(map, "publish", PUBLISH_KEYS)) {
    const path = `publish.${key}`;
    if (key === "require_vote") into.requireVote = reader.bool(value, path) ?? into.requireVote;
    else if (key === "vote_apps") {
      const apps = (reader.strings(value, path, "[herald-django]") ?? []).map((s) => s.value.trim().toLowerCase());
      if (apps.length === 0) reader.error(value, `${path}: name at least one app (its slug, e.g. herald), or set require_vote: false`);
      else into.voteApps = apps;
    } else {
      const globs = [];
      for (const item of reader.strings(value, path, "[posts/feeds/**]") ?? []) {
        const glob = item.value.trim();
        if (!glob.startsWith("posts/") || glob.split("/").includes(".."))
          reader.error(item.node, `${path}: "${glob.slice(0, 80)}" is not a path under posts/ (e.g. posts/feeds/**)`);
        else globs.push(glob);
      }
      into.trustedPaths = globs;
    }
  }
}

// src/core/config/defaults.ts
var DEFAULT_SHORTENERS = [
  "bit.ly",
  "bitly.com",
  "t.co",
  "tinyurl.com",
  "goo.gl",
  "ow.ly",
  "buff.ly",
  "is.gd",
  "v.gd",
  "rebrand.ly",
  "cutt.ly",
  "shorturl.at",
  "rb.gy",
  "tiny.cc",
  "bl.ink",
  "lnkd.in",
  "dlvr.it",
  "trib.al",
  "soo.gd",
  "s.id",
  "shorte.st",
  "adf.ly",
  "qr.ae",
  "amzn.to",
  "youtu.be",
  "fb.me",
  "wp.me",
  "ift.tt",
  "t.ly",
  "short.io"
];
var DEFAULT_TRACKING_PARAMETERS = [
  "utm_*",
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igshid",
  "yclid",
  "_hsenc",
  "_hsmi",
  "hsCtaTracking",
  "mkt_tok",
  "vero_id",
  "oly_anon_id",
  "oly_enc_id",
  "rb_clickid",
  "s_cid",
  "wickedid",
  "twclid",
  "ttclid",
  "li_fat_id",
  "epik",
  "ref_src",
  "ref_url",
  "si"
];
var NEEDS_DESTINATION = {
  facebook: "page",
  instagram: "user",
  reddit: "subreddit",
  pinterest: "board"
};
function defaultPlatform(id, enabled = true) {
  return { id, enabled, limits: {}, options: {} };
}
function defaultConfig(file = ".github/herald.yml") {
  return {
    file,
    timezone: "UTC",
    platforms: PLATFORM_IDS.map((id) => defaultPlatform(id, NEEDS_DESTINATION[id] === void 0)),
    roster: [],
    approval: {
      staleApprovals: "ignore",
      authorApproves: true,
      outsideGoalsLabel: "outside-goals",
      reviewedElsewhere: [],
      requestReviews: false
    },
    governance: { termMonths: 6, renewalNoticeDays: 14 },
    rules: {},
    words: {
      acronyms: [],
      hashtags: [],
      sponsors: [],
      shorteners: [...DEFAULT_SHORTENERS],
      trackingParameters: [...DEFAULT_TRACKING_PARAMETERS],
      sensitiveTopics: {},
      inclusiveIgnore: []
    },
    feeds: [],
    publish: defaultPublishPolicy()
  };
}

// src/core/config/platforms.ts
var import_yaml = __toESM(require_dist(), 1);
var PLATFORM_OPTIONS = {
  mastodon: [],
  bluesky: [],
  x: [],
  linkedin: ["organization", "api_version"],
  threads: ["media_base_url"],
  discord: ["username", "channel"],
  slack: ["channel"],
  discourse: ["category", "username"],
  facebook: ["page"],
  instagram: ["user", "media_base_url"],
  reddit: ["subreddit", "flair_id", "flair_text", "resubmit"],
  pinterest: ["board"]
};
var COMMON_KEYS = ["enabled", "retired", "server", "account", "limits"];
var NEEDS_SERVER = ["mastodon", "discourse"];
var LIMIT_KEYS = {
  characters: "characters",
  bytes: "bytes",
  alt_text: "altText",
  media: "media"
};
function readLimits(reader, node, field) {
  const limits = {};
  const map = reader.map(node, field, "{ characters: 500, alt_text: 1500 }");
  if (!map) return limits;
  for (const { key, value } of reader.entries(map, field, Object.keys(LIMIT_KEYS))) {
    const max = key === "media" ? 100 : 1e7;
    const n = reader.integer(value, `${field}.${key}`, 1, max);
    if (n !== void 0) limits[LIMIT_KEYS[key]] = n;
  }
  return limits;
}
function readRetired(reader, node, field) {
  const map = reader.map(node, field, "{ since: 2026-11-01, successor: bluesky }");
  if (!map) return void 0;
  let since;
  let successor;
  for (const { key, value } of reader.entries(map, field, ["since", "successor"])) {
    if (key === "since") {
      const text = reader.string(value, `${field}.since`, "a date, e.g. 2026-11-01");
      if (text !== void 0 && isCalendarDate(text)) since = text;
      else if (text !== void 0)
        reader.error(value, `${field}.since: expected a date YYYY-MM-DD, e.g. 2026-11-01 (got "${text.slice(0, 40)}")`);
    } else successor = reader.string(value, `${field}.successor`, "where the group moved, e.g. bluesky or https://example.org/@group");
  }
  if (since === void 0) {
    if (!reader.findings.some((f) => f.message.startsWith(`${field}.since`)))
      reader.error(map, `${field}: since is required: the date the platform was retired, e.g. since: 2026-11-01`);
    return void 0;
  }
  return successor === void 0 ? { since } : { since, successor };
}
function isLoopback(url) {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);
}
function readServer(reader, value, path, policy) {
  const text = reader.url(value, path, "https://fosstodon.org")?.replace(/\/+$/, "");
  if (text === void 0 || !/^http:/i.test(text)) return text;
  if (policy.loopbackHttp && isLoopback(new URL(text))) return text;
  reader.error(value, `${path}: "${text.slice(0, 80)}" is http://: the platform's token would be sent unencrypted; use https://`);
  return void 0;
}
function readPlatform(reader, id, node, policy) {
  const platform = defaultPlatform(id);
  const field = `platforms.${id}`;
  const map = reader.map(node, field, "{ enabled: true, server: https://fosstodon.org }");
  if (!map) return platform;
  let enabledNode;
  for (const { key, value } of reader.entries(map, field, [...COMMON_KEYS, ...PLATFORM_OPTIONS[id]])) {
    const path = `${field}.${key}`;
    if (key === "enabled") {
      platform.enabled = reader.bool(value, path) ?? true;
      enabledNode = value;
    } else if (key === "retired") {
      const retired = readRetired(reader, value, path);
      if (retired) platform.retired = retired;
    } else if (key === "server") platform.server = readServer(reader, value, path, policy);
    else if (key === "account") platform.account = reader.string(value, path, "the account name, e.g. @django@fosstodon.org")?.trim();
    else if (key === "limits") platform.limits = readLimits(reader, value, path);
    else if ((0, import_yaml.isScalar)(value) && ["string", "number", "boolean"].includes(typeof value.value)) {
      platform.options[key] = value.value;
    } else reader.error(value, `${path}: expected a single value (text, number, true or false)`);
  }
  if (platform.server === void 0) delete platform.server;
  if (platform.account === void 0) delete platform.account;
  if (platform.retired) {
    if (platform.enabled && enabledNode)
      reader.report("warn", enabledNode, `${field}.enabled: a retired platform gets nothing; enabled: true is ignored`);
    platform.enabled = false;
  }
  return platform;
}
function requireDiscourseUser(reader, platform, keyNode) {
  if (platform.id !== "discourse" || !platform.enabled || platform.options["username"] !== void 0) return;
  reader.error(
    keyNode,
    "platforms.discourse.username: required for discourse: the forum user the API key posts as (the key's user for a single-user key), e.g. username: herald-bot",
    "Discourse refuses a single-user key for any other user; an all-users key posts as the user named here."
  );
}
function requireServer(reader, platform, keyNode) {
  const id = platform.id;
  if (!platform.enabled || !NEEDS_SERVER.includes(id) || platform.server !== void 0) return;
  if (reader.findings.some((f) => f.message.startsWith(`platforms.${id}.server:`))) return;
  const example = id === "mastodon" ? "https://fosstodon.org" : "https://forum.djangoproject.com";
  reader.error(
    keyNode,
    `platforms.${id}.server: required for ${id}: the address of the ${id === "mastodon" ? "Mastodon server" : "Discourse forum"}, e.g. server: ${example}`
  );
}
var DESTINATION_EXAMPLES = {
  page: 'page: "104876543210987" (the Page id)',
  user: 'user: "17841400000000000" (the Instagram professional account id)',
  subreddit: "subreddit: django",
  board: 'board: "549755885175" (the board id)'
};
function requireDestination(reader, platform, keyNode) {
  const option = NEEDS_DESTINATION[platform.id];
  if (!platform.enabled || !option || platform.options[option] !== void 0) return;
  reader.error(
    keyNode,
    `platforms.${platform.id}.${option}: required for ${platform.id}: where Herald posts, e.g. ${DESTINATION_EXAMPLES[option]}`
  );
}
function readPlatforms(reader, node, policy) {
  const map = reader.map(node, "platforms", "{ mastodon: { server: https://fosstodon.org } }");
  const found = /* @__PURE__ */ new Map();
  if (map) {
    for (const { keyNode, value } of reader.entries(map, "platforms", void 0, {}, true)) {
      const id = platformId(reader, keyNode, "platforms");
      if (!id) continue;
      if (found.has(id)) reader.error(keyNode, `platforms: ${id} appears twice`);
      const flag = (0, import_yaml.isScalar)(value) && typeof value.value === "boolean" ? value.value : void 0;
      const bare = value === keyNode || reader.isNull(value) || flag !== void 0;
      if (!bare && (0, import_yaml.isScalar)(value) && typeof value.value === "string" && /^(?:yes|no|on|off|y|n|enabled|disabled)$/i.test(value.value)) {
        const meant = /^(?:yes|on|y|enabled)$/i.test(value.value);
        reader.error(
          value,
          `platforms.${id}: write ${meant}, not "${value.value}" (YAML reads it as text)`,
          `${id}: true enables it, ${id}: false disables it`
        );
        found.set(id, defaultPlatform(id, meant));
        continue;
      }
      const platform = bare ? defaultPlatform(id, flag ?? true) : readPlatform(reader, id, value, policy);
      requireServer(reader, platform, keyNode);
      requireDestination(reader, platform, keyNode);
      requireDiscourseUser(reader, platform, keyNode);
      found.set(id, platform);
    }
  }
  return PLATFORM_IDS.map((id) => found.get(id) ?? defaultPlatform(id, false));
}

// src/core/config/roster.ts
var ROLES = ["chair", "co-chair", "board-liaison", "member"];
var MEMBER_KEYS = ["login", "name", "role", "roles", "term", "admins"];
var MEMBER_ALIASES = { github: "login", user: "login", username: "login", platforms: "admins", admin: "admins" };
var GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function readDate(reader, node, field) {
  const text = reader.string(node, field, "a date YYYY-MM-DD, e.g. 2026-11-01");
  if (text === void 0) return void 0;
  if (isCalendarDate(text.trim())) return text.trim();
  reader.error(node, `${field}: expected a date YYYY-MM-DD, e.g. 2026-11-01 (got "${text.slice(0, 40)}")`);
  return void 0;
}
function readRoles(reader, node, field, list) {
  if (!list) {
    const role = reader.oneOf(node, field, ROLES);
    return role ? [role] : [];
  }
  const items = reader.seq(node, field, "[chair, board-liaison]") ?? { items: [] };
  const roles = [];
  items.items.forEach((raw, index) => {
    const item = reader.deref(raw);
    const role = item && reader.oneOf(item, `${field}[${index}]`, ROLES);
    if (role && !roles.includes(role)) roles.push(role);
  });
  return roles;
}
function readTerm(reader, node, field, termMonths) {
  const map = reader.map(node, field, "{ start: 2026-11-01, end: 2027-04-30 }");
  if (!map) return {};
  const term = {};
  let endNode;
  for (const { key, value } of reader.entries(map, field, ["start", "end"])) {
    const date = readDate(reader, value, `${field}.${key}`);
    if (key === "end") endNode = value;
    if (date) term[key] = date;
  }
  if (!term.start) {
    if (!map.items.some((p) => p.key?.value === "start")) {
      reader.error(map, `${field}.start: required: the first day of the term, e.g. start: 2026-11-01`);
    }
    return term;
  }
  term.end ??= termEnd(term.start, termMonths);
  if (term.end < term.start) reader.error(endNode, `${field}.end: the term ends (${term.end}) before it starts (${term.start})`);
  return term;
}
function readMember(reader, node, index, termMonths) {
  const field = `roster[${index}]`;
  const map = reader.map(node, field, "{ login: octocat, role: member, term: { start: 2026-11-01 } }");
  if (!map) return void 0;
  const member = { line: reader.position(map).line, admins: [] };
  let roleNode;
  let term = {};
  for (const { key, value, keyNode } of reader.entries(map, field, MEMBER_KEYS, MEMBER_ALIASES)) {
    const path = `${field}.${key}`;
    if (key === "login") {
      const login = reader.string(value, path, "a GitHub login, e.g. octocat");
      if (login !== void 0 && GITHUB_LOGIN.test(login.trim())) member.login = login.trim();
      else if (login !== void 0)
        reader.error(value, `${path}: "${login.slice(0, 40)}" is not a GitHub login (letters, digits and single hyphens, up to 39)`);
    } else if (key === "name") member.name = reader.string(value, path, "the member's name")?.trim();
    else if (key === "role" || key === "roles") {
      if (roleNode) reader.error(keyNode, `${path}: use either role or roles, not both`);
      roleNode = keyNode;
      member.roles = readRoles(reader, value, path, key === "roles");
    } else if (key === "term") term = readTerm(reader, value, path, termMonths);
    else if (key === "admins") {
      const list = reader.seq(value, path, "[mastodon, bluesky]");
      const admins = [];
      list?.items.forEach((raw, i) => {
        const item = reader.deref(raw);
        const id = item && platformId(reader, item, `${path}[${i}]`);
        if (id && !admins.includes(id)) admins.push(id);
      });
      member.admins = admins;
    }
  }
  if (!member.login) {
    if (!map.items.some((p) => p.key?.value === "login"))
      reader.error(map, `${field}.login: required: the member's GitHub login`);
    return void 0;
  }
  if (!term.start) {
    if (!map.items.some((p) => p.key?.value === "term")) {
      reader.error(map, `${field}.term: required: when the term starts (and optionally ends), e.g. term: { start: 2026-11-01 }`);
    }
    return void 0;
  }
  if (!member.roles || member.roles.length === 0) member.roles = roleNode ? [] : ["member"];
  if (member.name === void 0) delete member.name;
  return { ...member, termStart: term.start, termEnd: term.end };
}
function readRoster(reader, node, termMonths) {
  const list = reader.seq(node, "roster", "- { login: octocat, role: chair, term: { start: 2026-11-01 } }");
  if (!list) return [];
  const roster = [];
  const seen = /* @__PURE__ */ new Map();
  list.items.forEach((raw, index) => {
    const item = reader.deref(raw);
    const member = item && readMember(reader, item, index, termMonths);
    if (!member) return;
    const key = member.login.toLowerCase();
    if (seen.has(key)) {
      reader.error(item, `roster[${index}].login: ${member.login} is already on the roster (line ${seen.get(key)}): list each member once`);
      return;
    }
    seen.set(key, member.line);
    roster.push(member);
  });
  return roster;
}

// src/core/config/sections.ts
var import_yaml2 = __toESM(require_dist(), 1);
var SEVERITIES = ["off", "warn", "error"];
var APPROVAL_KEYS = [
  "stale_approvals",
  "author_approves",
  "outside_goals_label",
  "reviewed_elsewhere",
  "request_reviews"
];
var STALE_APPROVALS = ["ignore", "count"];
var GOVERNANCE_KEYS = ["term_months", "renewal_notice_days"];
var FEED_KEYS = ["name", "url", "template", "language", "trusted", "platforms"];
function readApproval(reader, node, into) {
  const map = reader.map(node, "approval", "{ stale_approvals: ignore, author_approves: true }");
  if (!map) return;
  for (const { key, value } of reader.entries(map, "approval", APPROVAL_KEYS)) {
    const path = `approval.${key}`;
    if (key === "stale_approvals") into.staleApprovals = reader.oneOf(value, path, STALE_APPROVALS) ?? into.staleApprovals;
    else if (key === "author_approves") into.authorApproves = reader.bool(value, path) ?? into.authorApproves;
    else if (key === "reviewed_elsewhere") into.reviewedElsewhere = readReviewedElsewhere(reader, value, path);
    else if (key === "request_reviews") into.requestReviews = reader.bool(value, path) ?? into.requestReviews ?? false;
    else into.outsideGoalsLabel = reader.string(value, path, "a label name, e.g. outside-goals")?.trim() ?? into.outsideGoalsLabel;
  }
}
var NEVER_ELSEWHERE = ["posts/", "published/", ".github/herald.yml"];
function readReviewedElsewhere(reader, node, path) {
  const globs = [];
  for (const { value, node: item } of reader.strings(node, path, "[docs/**, README.md]") ?? []) {
    const glob = value.trim();
    if (glob === "" || glob.startsWith("/") || glob.split("/").includes("..")) {
      reader.error(item, `${path}: "${glob.slice(0, 80)}" is not a repository path glob such as docs/** or README.md`);
    } else if (glob === "**" || glob === "*" || NEVER_ELSEWHERE.some((p) => glob === p.replace(/\/$/, "") || glob.startsWith(p))) {
      reader.error(
        item,
        `${path}: "${glob.slice(0, 80)}" would take posts, the ledger or the config out of Herald's vote; name only other paths (docs/**, README.md)`
      );
    } else globs.push(glob);
  }
  return globs;
}
function readGovernance(reader, node, into) {
  const map = reader.map(node, "governance", "{ term_months: 6, renewal_notice_days: 14 }");
  if (!map) return;
  for (const { key, value } of reader.entries(map, "governance", GOVERNANCE_KEYS)) {
    if (key === "term_months") into.termMonths = reader.integer(value, "governance.term_months", 1, 60) ?? into.termMonths;
    else into.renewalNoticeDays = reader.integer(value, "governance.renewal_notice_days", 0, 365) ?? into.renewalNoticeDays;
  }
}
function readRules(reader, node, doc, lines = {}) {
  const rules = {};
  const map = reader.map(node, "rules", "{ hashtag-case: error, emoji-count: [warn, { max: 3 }] }");
  if (!map) return rules;
  for (const { key, keyNode, value } of reader.entries(map, "rules")) {
    const path = `rules.${key}`;
    setOwn(lines, key, reader.position(keyNode));
    if ((0, import_yaml2.isScalar)(value)) {
      const severity2 = reader.oneOf(value, path, SEVERITIES);
      if (severity2) setOwn(rules, key, severity2);
      continue;
    }
    if (!(0, import_yaml2.isSeq)(value) || value.items.length < 1 || value.items.length > 2) {
      reader.error(value, `${path}: expected off, warn or error, or [severity, { options }], e.g. [warn, { max: 3 }]`);
      continue;
    }
    const first = reader.deref(value.items[0]);
    const severity = first && reader.oneOf(first, `${path}[0]`, SEVERITIES);
    const second = value.items[1] === void 0 ? void 0 : reader.deref(value.items[1]);
    const options = second === void 0 ? void 0 : reader.map(second, `${path}[1]`, "{ max: 3 }");
    if (!severity || second !== void 0 && options === void 0) continue;
    let plain = {};
    try {
      if (options) plain = options.toJS(doc, { maxAliasCount: MAX_ALIASES });
    } catch {
      reader.error(options, `${path}[1]: the options use too many aliases (*name): write them out`);
      continue;
    }
    setOwn(rules, key, [severity, plain]);
  }
  return rules;
}
function readFeed(reader, node, index) {
  const field = `feeds[${index}]`;
  const map = reader.map(node, field, "{ name: News, url: https://www.djangoproject.com/rss/weblog/ }");
  if (!map) return void 0;
  const feed = { template: "{title}\n\n{url}", trusted: false };
  for (const { key, value } of reader.entries(map, field, FEED_KEYS)) {
    const path = `${field}.${key}`;
    if (key === "name") feed.name = reader.string(value, path, "a name, e.g. Django news")?.trim();
    else if (key === "url") feed.url = reader.url(value, path, "https://www.djangoproject.com/rss/weblog/");
    else if (key === "trusted") feed.trusted = reader.bool(value, path) ?? false;
    else if (key === "template") {
      const template = reader.string(value, path, "the post text with {title}, {url}, {summary} or {feed}");
      for (const problem of template === void 0 ? [] : templateProblems(template)) reader.error(value, `${path}: ${problem}`);
      if (template !== void 0) feed.template = template;
    } else if (key === "language") {
      const text = reader.string(value, path, "a BCP 47 language tag, e.g. en");
      const tag = text === void 0 ? void 0 : canonicalLanguage(text);
      if (tag) feed.language = tag;
      else if (text !== void 0)
        reader.error(value, `${path}: expected a BCP 47 language tag such as en or pt-BR (got "${text.slice(0, 40)}")`);
    } else if (key === "platforms") {
      const platforms = [];
      reader.seq(value, path, "[mastodon, bluesky]")?.items.forEach((raw, i) => {
        const item = reader.deref(raw);
        const id = item && platformId(reader, item, `${path}[${i}]`);
        if (id && !platforms.includes(id)) platforms.push(id);
      });
      feed.platforms = platforms;
    }
  }
  for (const required of ["name", "url"]) {
    if (feed[required] === void 0 && !map.items.some((p) => p.key?.value === required)) {
      reader.error(map, `${field}.${required}: required`);
    }
  }
  if (feed.name === void 0 || feed.url === void 0) return void 0;
  return feed;
}
function readFeeds(reader, node) {
  const list = reader.seq(node, "feeds", "- { name: News, url: https://www.djangoproject.com/rss/weblog/ }");
  if (!list) return [];
  return list.items.flatMap((raw, index) => {
    const item = reader.deref(raw);
    const feed = item && readFeed(reader, item, index);
    return feed ? [feed] : [];
  });
}

// src/core/config/words.ts
var LIST_KEYS = {
  acronyms: "acronyms",
  hashtags: "hashtags",
  sponsors: "sponsors",
  shorteners: "shorteners",
  tracking_parameters: "trackingParameters",
  inclusive_ignore: "inclusiveIgnore"
};
var HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
var PARAMETER = /^[A-Za-z0-9_.\-[\]]+\*?$/;
function add(list, value) {
  if (!list.includes(value)) list.push(value);
}
function readWords(reader, node, into) {
  const map = reader.map(node, "words", "{ acronyms: [DSF, ORM], hashtags: [DjangoCon] }");
  if (!map) return;
  for (const { key, value } of reader.entries(map, "words", [...Object.keys(LIST_KEYS), "sensitive_topics"], {
    topics: "sensitive_topics"
  })) {
    const path = `words.${key}`;
    if (key === "sensitive_topics") {
      readTopics(reader, value, into);
      continue;
    }
    const target = LIST_KEYS[key];
    for (const item of reader.strings(value, path, "[DSF, PSF]") ?? []) {
      let word = item.value.trim();
      if (target === "hashtags") word = word.replace(/^#/, "");
      if (target === "shorteners") {
        word = word.toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, "");
        if (!HOST.test(word)) {
          reader.error(item.node, `${path}: "${item.value.slice(0, 40)}" is not a host name, e.g. bit.ly`);
          continue;
        }
      }
      if (target === "trackingParameters" && !PARAMETER.test(word)) {
        reader.error(
          item.node,
          `${path}: "${item.value.slice(0, 40)}" is not a query parameter name (a * at the end matches any suffix, e.g. utm_*)`
        );
        continue;
      }
      add(into[target], word);
    }
  }
}
function readTopics(reader, node, into) {
  const map = reader.map(node, "words.sensitive_topics", "{ burnout: [burnout, exhausted] }");
  if (!map) return;
  for (const { key, value } of reader.entries(map, "words.sensitive_topics")) {
    const words = (reader.strings(value, `words.sensitive_topics.${key}`, "[burnout, exhausted]") ?? []).map((w) => w.value.trim());
    if (words.length === 0) reader.error(value, `words.sensitive_topics.${key}: list at least one word`);
    const known = Object.hasOwn(into.sensitiveTopics, key) ? into.sensitiveTopics[key] ?? [] : [];
    setOwn(into.sensitiveTopics, key, [.../* @__PURE__ */ new Set([...known, ...words])]);
  }
}

// src/core/config/parse.ts
var CONFIG_KEYS = ["timezone", "platforms", "roster", "approval", "governance", "rules", "words", "feeds", "publish"];
var CONFIG_ALIASES = { tz: "timezone", time_zone: "timezone", members: "roster", voters: "roster", approvals: "approval", feed: "feeds" };
function readTimezone(reader, node) {
  const text = reader.string(node, "timezone", "an IANA time zone, e.g. Europe/Amsterdam");
  if (text === void 0) return void 0;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: text.trim() }).resolvedOptions().timeZone;
  } catch {
    reader.error(
      node,
      `timezone: "${text.slice(0, 40)}" is not an IANA time zone such as Europe/Amsterdam or America/Chicago.${didYouMean(text, Intl.supportedValuesOf("timeZone"))}`.replace(
        /\.$/,
        ""
      )
    );
    return void 0;
  }
}
function parseConfig(file, source, policy = { loopbackHttp: true }) {
  const decoded = decodeSource(file, source, "config");
  if (!decoded.ok) return decoded;
  const src = { file, ruleId: "config", offset: 0, lines: new LineIndex(decoded.text) };
  const bounded = parseBoundedYaml(src, decoded.text);
  if (!bounded.doc) return { ok: false, findings: bounded.findings };
  const reader = new YamlReader(src, bounded.doc);
  const config = defaultConfig(file);
  const root = bounded.root;
  if (root && !(0, import_yaml3.isMap)(root) && !((0, import_yaml3.isScalar)(root) && root.value === null)) {
    reader.error(root, "the config must be a mapping of sections, e.g. timezone: Europe/Amsterdam");
  }
  const sections = /* @__PURE__ */ new Map();
  if (root && (0, import_yaml3.isMap)(root)) {
    for (const { key, value } of reader.entries(root, "", CONFIG_KEYS, CONFIG_ALIASES)) sections.set(key, value);
  }
  for (const key of ["governance", ...CONFIG_KEYS.filter((k) => k !== "governance")]) {
    const node = sections.get(key);
    if (!node) continue;
    switch (key) {
      case "timezone":
        config.timezone = readTimezone(reader, node) ?? config.timezone;
        break;
      case "governance":
        readGovernance(reader, node, config.governance);
        break;
      case "platforms":
        config.platforms = readPlatforms(reader, node, policy);
        break;
      case "roster":
        config.roster = readRoster(reader, node, config.governance.termMonths);
        break;
      case "approval":
        readApproval(reader, node, config.approval);
        break;
      case "rules":
        config.rules = readRules(reader, node, bounded.doc, config.ruleLines = {});
        break;
      case "words":
        readWords(reader, node, config.words);
        break;
      case "feeds":
        config.feeds = readFeeds(reader, node);
        break;
      case "publish":
        readPublish(reader, node, config.publish);
        break;
    }
  }
  const findings = [...reader.findings].sort((a, b) => a.line - b.line || a.column - b.column);
  if (findings.some((f) => f.severity === "error")) return { ok: false, findings };
  return { ok: true, config, findings };
}

export {
  PUBLISH_KEYS,
  defaultConfig,
  isCalendarDate,
  PLATFORM_OPTIONS,
  COMMON_KEYS,
  LIMIT_KEYS,
  ROLES,
  MEMBER_KEYS,
  slugify,
  selectEntries,
  draftPost,
  SEVERITIES,
  APPROVAL_KEYS,
  STALE_APPROVALS,
  GOVERNANCE_KEYS,
  FEED_KEYS,
  LIST_KEYS,
  CONFIG_KEYS,
  parseConfig
};
