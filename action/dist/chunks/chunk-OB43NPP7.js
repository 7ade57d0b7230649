import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PROPOSAL_LABEL,
  proposalIssueForm
} from "./chunk-FG3BCAKT.js";
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  lintRoster
} from "./chunk-PFFRYQV4.js";
import {
  localDate
} from "./chunk-3LIYO7YQ.js";
import {
  parseConfig
} from "./chunk-VI3XVR6Y.js";
import {
  didYouMean
} from "./chunk-IZPRORHO.js";
import {
  PLATFORM_IDS
} from "./chunk-L2G2ITLI.js";
import {
  CREDENTIAL_VARIABLES,
  OPTIONAL_CREDENTIAL_VARIABLES
} from "./chunk-HW6NH4IV.js";

// src/cli/init-command.ts
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/init/pins.ts
var CHECKOUT = { uses: "actions/checkout", sha: "08c6903cd8c0fde910a37f88322edcfb5dd907a8", version: "v5.0.0" };
var APP_TOKEN = {
  uses: "actions/create-github-app-token",
  sha: "df432ceedc7162793a195dd1713ff69aefc7379e",
  version: "v2.0.6"
};
function pinned(action) {
  return `${action.uses}@${action.sha} # ${action.version}`;
}
var FULL_SHA = /^[0-9a-f]{40}$/;
function parseActionRef(ref, version) {
  const match = /^([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)(?:\/action)?@([0-9a-fA-F]+)$/.exec(ref.trim());
  if (!match) return `"${ref}" is not owner/repository@<commit sha>, e.g. herald-social/herald@${"0".repeat(40)}`;
  const sha = match[2].toLowerCase();
  if (!FULL_SHA.test(sha)) return `"${ref}": pin the full 40-character commit SHA (a tag or a short SHA can be moved to other code)`;
  return { kind: "released", repository: match[1], sha, version };
}

// package.json
var package_default = {
  name: "herald",
  version: "0.1.0",
  private: true,
  description: "Run an open-source community's social media as code review.",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/herald-social/herald.git"
  },
  engines: {
    node: ">=20.11"
  },
  bin: {
    herald: "dist/herald.js"
  },
  scripts: {
    test: "sh scripts/with-node24.sh vitest run",
    demo: "sh scripts/with-node24.sh node src/cli.ts demo",
    herald: "sh scripts/with-node24.sh node src/cli.ts",
    "preview-comment": "sh scripts/with-node24.sh node scripts/preview-comment.ts",
    bench: "sh scripts/with-node24.sh node bench/run.ts",
    build: "sh scripts/with-node24.sh node scripts/build.ts",
    typecheck: "sh scripts/with-node24.sh tsc --noEmit",
    start: "sh scripts/with-node24.sh node src/server.ts",
    prepack: "sh scripts/with-node24.sh node scripts/build.ts cli",
    lint: "sh scripts/with-node24.sh eslint .",
    format: "sh scripts/with-node24.sh prettier --write .",
    "format:check": "sh scripts/with-node24.sh prettier --check ."
  },
  allowScripts: {
    node: true,
    "better-sqlite3": true,
    esbuild: true,
    sharp: true,
    protobufjs: true,
    "core-js": false
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@atproto/api": "^0.20.44",
    "@atproto/dev-env": "^0.6.7",
    "@eslint/js": "^10.0.1",
    "@inquirer/prompts": "^8.8.1",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@types/node": "^24.19.2",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    bottleneck: "^2.19.5",
    esbuild: "^0.28.2",
    eslint: "^10.16.0",
    "fast-xml-parser": "^5.12.1",
    "github-markdown-css": "^5.9.0",
    globals: "^17.15.0",
    graphql: "^17.1.0",
    "gray-matter": "^4.0.3",
    htmlparser2: "^12.0.0",
    "ical-generator": "^11.1.2",
    "ical.js": "^2.2.1",
    marked: "^18.3.0",
    masto: "^7.12.0",
    prettier: "^3.10.1",
    probot: "^14.3.2",
    retext: "^9.0.0",
    "retext-equality": "^7.1.0",
    "retext-profanities": "^8.0.0",
    "twitter-text": "^3.1.0",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0",
    vfile: "^6.0.3",
    vitest: "^5.1.1",
    yaml: "^2.9.1"
  },
  files: [
    "dist/",
    "README.md",
    "docs/"
  ]
};

// src/init/release.ts
var HERALD_VERSION = `v${package_default.version}`;
function builtRelease() {
  return typeof __HERALD_RELEASE__ === "string" ? JSON.parse(__HERALD_RELEASE__) : void 0;
}

// src/init/workflow-parts.ts
var LOCAL_NOTE = `# Herald's own repository runs the Action from its checkout of the default branch (uses: ./action): a commit
# cannot name its own SHA. A group's repository pins the released Action instead (herald init writes
# uses: <owner>/herald/action@<40-hex sha> # <version>).`;
function heraldStep(o, command, lines, id = "herald") {
  const uses = o.action.kind === "local" ? "./action" : `${o.action.repository}/action@${o.action.sha} # ${o.action.version}`;
  return [
    `      - id: ${id}`,
    `        uses: ${uses}`,
    "        with:",
    `          command: ${command}`,
    ...lines.map((l) => `          ${l}`)
  ].join("\n");
}
function checkout(o, needed, extra = []) {
  if (needed === "none" && o.action.kind === "released") return "";
  const withLines = [...extra, ...needed === "push" ? [] : ["persist-credentials: false"]];
  return [`      - uses: ${pinned(CHECKOUT)}`, ...withLines.length ? ["        with:", ...withLines.map((l) => `          ${l}`)] : []].join(
    "\n"
  ) + "\n";
}
function secrets(platforms, indent = "          ") {
  const names = platforms.flatMap((p) => [...CREDENTIAL_VARIABLES[p], ...OPTIONAL_CREDENTIAL_VARIABLES[p] ?? []]);
  return names.map((n) => `${indent}${n}: \${{ secrets.${n} }}`).join("\n");
}
var header = (o, text) => o.action.kind === "local" ? `${text}
${LOCAL_NOTE}` : text;

// src/init/workflows-scheduled.ts
function feeds(o) {
  return `name: Herald feeds
${header(
    o,
    `# Turns new entries of the news feeds in .github/herald.yml into draft posts: one pull request each (voted
# like any post), or a direct commit for a feed marked trusted: true. A small GitHub App's token
# (secrets HERALD_FEEDS_APP_ID, HERALD_FEEDS_APP_PRIVATE_KEY) makes the drafts start the Herald workflows;
# without it the job uses GITHUB_TOKEN and says so (docs/governance.md, "Feeds").`
  )}
on:
  schedule:
    - cron: '17 * * * *'
  workflow_dispatch:
    inputs:
      limit:
        description: Most drafts per feed in this run
        default: '5'
      dry-run:
        description: Only print the drafts it would make
        type: boolean
        default: false

# Two runs at once could both draft the same entry before either writes the state.
concurrency:
  group: herald-feeds
  cancel-in-progress: false

permissions:
  contents: write        # the feed state on herald/ledger (and trusted posts, on the fallback token)
  pull-requests: write   # draft PRs (on the fallback token)

jobs:
  feeds:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    env:
      HAS_APP: \${{ secrets.HERALD_FEEDS_APP_ID != '' }}
    steps:
${checkout(o, "read")}      - name: App token (so the drafts and trusted commits start the Herald workflows)
        id: app
        if: env.HAS_APP == 'true'
        uses: ${pinned(APP_TOKEN)}
        with:
          app-id: \${{ secrets.HERALD_FEEDS_APP_ID }}
          private-key: \${{ secrets.HERALD_FEEDS_APP_PRIVATE_KEY }}
      - name: Fallback notice
        if: env.HAS_APP != 'true'
        run: echo "::warning::No HERALD_FEEDS_APP_ID secret; using GITHUB_TOKEN. Draft PRs get their Herald check on the first review or push, and trusted feed posts wait for the next push to be published."
${heraldStep(o, "feeds", ["limit: ${{ inputs.limit || '5' }}", "dry-run: ${{ inputs.dry-run || false }}", "github-token: ${{ steps.app.outputs.token || github.token }}"])}
`;
}
function governance(o) {
  return `name: Herald governance
${header(
    o,
    `# Every day: check the roster against the charter as of today in the config's time zone, and open or update
# one issue per member whose term ends within governance.renewal_notice_days. The run fails (and GitHub
# emails the maintainers) when the roster breaks a rule set to error.`
  )}
on:
  schedule:
    - cron: '5 6 * * *'
  workflow_dispatch:
    inputs:
      dry-run:
        description: Only print what it would open or update
        type: boolean
        default: false

concurrency:
  group: herald-governance
  cancel-in-progress: false

permissions:
  contents: read
  issues: write   # the renewal issues

jobs:
  governance:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
${checkout(o, "read")}${heraldStep(o, "governance", ["dry-run: ${{ inputs.dry-run || false }}"])}
`;
}
function report(o) {
  const reportPlatforms = o.platforms.filter((p) => p !== "discord" && p !== "slack");
  return `name: Herald report
${header(
    o,
    `# At each quarter's end, write the report for the quarter that just ended and open it as a pull request to
# reports/, so the group can correct and merge it before it goes to the board. Engagement figures use the
# publishing secrets (read only), so the job runs in the same environment as the publisher.`
  )}
on:
  schedule:
    - cron: '0 7 1 1,4,7,10 *'
  workflow_dispatch:
    inputs:
      quarter:
        description: Quarter to report on, e.g. 2026Q3 (empty means the one that just ended)
        default: ''

concurrency:
  group: herald-report
  cancel-in-progress: false

permissions:
  contents: write        # the report branch
  pull-requests: write   # the report PR (votes are read from merged PRs and their reviews)

jobs:
  report:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    environment: social
    steps:
${checkout(o, "read")}${heraldStep(o, "report", ["quarter: ${{ inputs.quarter }}"])}
${reportPlatforms.length ? `        env:
${secrets(reportPlatforms)}
` : ""}`;
}
function propose(o) {
  return `name: Herald propose
${header(
    o,
    `# A post proposal without git (docs/members.md): an issue opened with the "Propose a post" form (label
# "${PROPOSAL_LABEL}"), or this workflow's own form, becomes a draft pull request with the post, voted like any
# other. The answers reach Herald as inputs, never inside a script.`
  )}
on:
  issues:
    types: [opened, edited, labeled]
  workflow_dispatch:
    inputs:
      title:
        description: The post's title (names the file)
        required: true
      text:
        description: The post text
        required: true
      platforms:
        description: Platforms, comma separated (empty means every platform)
        default: ''
      publish-at:
        description: When to publish, e.g. 2026-12-15T17:00:00+01:00 (empty publishes on merge)
        default: ''

# One run per issue at a time; an edit while a run is under way is read by the next run.
concurrency:
  group: herald-propose-\${{ github.event.issue.number || github.run_id }}
  cancel-in-progress: false

permissions:
  contents: write        # the proposal's branch with the post
  pull-requests: write   # the draft pull request
  issues: write          # the comment back on the proposal issue

jobs:
  propose:
    if: github.event_name == 'workflow_dispatch' || contains(github.event.issue.labels.*.name, '${PROPOSAL_LABEL}')
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
${checkout(o, "none", ["ref: ${{ github.event.repository.default_branch }}"])}${heraldStep(o, "propose", ["issue: ${{ github.event.issue.number }}", "title: ${{ inputs.title }}", "text: ${{ inputs.text }}", "platforms: ${{ inputs.platforms }}", "publish-at: ${{ inputs.publish-at }}"])}
`;
}

// src/init/workflows.ts
var PUBLISH_PERMISSIONS = `permissions:
  contents: write        # the ledger branch herald/ledger and its calendar.ics (written only by the publish and schedule jobs)
  pull-requests: write   # the live links on the merged PR
  checks: read           # the "Herald vote" of the PR that merged each post`;
var PUBLISH_CONCURRENCY = `# One publisher at a time, shared by Herald publish and Herald schedule; never cancel one mid-way. GitHub keeps
# one pending run per group and drops an older pending one: that loses nothing, because every run publishes
# everything that is due and not yet live, whatever commit started it.
concurrency:
  group: herald-publish
  cancel-in-progress: false`;
function publish(o) {
  return `name: Herald publish
${header(o, "# Publishes every merged post that is due and not yet live, exactly once, and links the live posts on the PR.")}
on:
  push:
    branches: [${o.branch}]
    paths: ['posts/**']

${PUBLISH_CONCURRENCY}

${PUBLISH_PERMISSIONS}

jobs:
  publish:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    environment: social   # the platform secrets, in an environment with required reviewers
    steps:
${checkout(o, "push")}${heraldStep(o, "publish", [])}
        env:
${secrets(o.platforms)}
`;
}
function schedule(o) {
  return `name: Herald schedule
${header(o, "# Publishes scheduled posts whose publish_at has come (and anything a cancelled run left), and keeps the\n# posting calendar, calendar.ics on the herald/ledger branch, up to date (members subscribe to its raw URL,\n# docs/members.md). Run it by hand (Actions \u2192 Herald schedule \u2192 Run workflow) to preview (dry run) or to retry one post.")}
on:
  schedule:
    - cron: '*/15 * * * *'
  workflow_dispatch:
    inputs:
      retry-post:
        description: Post id to retry (file name without .md); empty publishes what is due
        default: ''
      dry-run:
        description: Only print what would be sent
        type: boolean
        default: false
      platforms:
        description: Only these platforms (comma separated); empty means all
        default: ''

${PUBLISH_CONCURRENCY}

${PUBLISH_PERMISSIONS}

jobs:
  schedule:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    environment: social
    steps:
${checkout(o, "push")}${heraldStep(o, "schedule", ["retry-post: ${{ inputs.retry-post }}", "dry-run: ${{ inputs.dry-run || false }}", "platforms: ${{ inputs.platforms }}"])}
        env:
${secrets(o.platforms)}
`;
}
function pr(o) {
  return `name: Herald PR
${header(
    o,
    `# Herald without hosting: previews, guideline checks and the vote on every PR that touches posts/.
# pull_request_target runs THIS file from the default branch with a token that can write even for PRs from
# forks. That is safe because nothing from the PR is checked out or run: Herald reads the PR's files through
# the API, as data. Never add a step that checks out github.event.pull_request.head.*.`
  )}
on:
  pull_request_target:
    types: [opened, synchronize, reopened, edited, ready_for_review, labeled, unlabeled]
  pull_request_review:
    types: [submitted, edited, dismissed]
  check_run:
    types: [rerequested]

# One run per PR at a time; a burst of events coalesces into one more evaluation of the latest state.
concurrency:
  group: herald-pr-\${{ github.event.pull_request.number || github.event.check_run.pull_requests[0].number || github.run_id }}
  cancel-in-progress: false

permissions:
  contents: read
  pull-requests: write
  checks: write

jobs:
  herald:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
${checkout(o, "none", ["ref: ${{ github.event.repository.default_branch }}"])}${heraldStep(o, "pr", [])}
`;
}
function heraldWorkflows(options) {
  return {
    ".github/workflows/publish.yml": publish(options),
    ".github/workflows/schedule.yml": schedule(options),
    ".github/workflows/herald-pr.yml": pr(options),
    ".github/workflows/feeds.yml": feeds(options),
    ".github/workflows/governance.yml": governance(options),
    ".github/workflows/report.yml": report(options),
    ".github/workflows/propose.yml": propose(options)
  };
}

// src/init/scaffold.ts
var PLATFORM_SETTINGS = {
  mastodon: [{ key: "server", question: "Mastodon server", example: "https://fosstodon.org" }],
  discourse: [
    { key: "server", question: "Discourse forum", example: "https://forum.example.org" },
    { key: "username", question: "Discourse user the API key posts as", example: "herald-bot" }
  ],
  slack: [{ key: "channel", question: "Slack channel ID (C\u2026)", example: "C05EXAMPLE1" }],
  linkedin: [{ key: "organization", question: "LinkedIn organization id (numeric)", example: "2847345" }],
  facebook: [{ key: "page", question: "Facebook Page id", example: "104876543210987" }],
  instagram: [{ key: "user", question: "Instagram professional account id", example: "17841400000000000" }],
  reddit: [{ key: "subreddit", question: "Subreddit (without r/)", example: "django" }],
  pinterest: [{ key: "board", question: "Pinterest board id", example: "549755885175" }]
};
var q = (text) => JSON.stringify(text);
function admins(members, platforms) {
  const byMember = new Map(members.map((m) => [m.login, []]));
  platforms.forEach((platform, i) => {
    const chosen = /* @__PURE__ */ new Set([members[2 * i % members.length].login, members[(2 * i + 1) % members.length].login]);
    for (const login of chosen) byMember.get(login).push(platform);
  });
  return byMember;
}
function configText(a, rules) {
  const lines = [
    `# Herald configuration for ${a.group}. Every key is described in https://github.com/herald-social/herald/blob/main/docs/configuration.md`,
    `# Changes to this file are voted like posts; who votes (the roster) changes by a membership vote.`,
    "",
    `timezone: ${q(a.timezone)}`,
    "",
    "platforms:"
  ];
  for (const platform of a.platforms) {
    const settings = Object.entries(a.settings[platform] ?? {});
    lines.push(settings.length ? `  ${platform}:` : `  ${platform}: {}`);
    for (const [key, value] of settings) lines.push(`    ${key}: ${q(value)}`);
  }
  const adminsOf = admins(a.members, a.platforms);
  lines.push("", "roster:");
  for (const member of a.members) {
    const roles = member.roles.length ? member.roles : ["member"];
    lines.push(`  - login: ${member.login}`, roles.length === 1 ? `    role: ${roles[0]}` : `    roles: [${roles.join(", ")}]`);
    lines.push(
      `    term: { start: ${a.termStart} }   # ends after governance.term_months`,
      `    admins: [${adminsOf.get(member.login).join(", ")}]`
    );
  }
  lines.push("", "governance:", "  term_months: 12", "  renewal_notice_days: 14");
  if (rules.length) {
    lines.push(
      "",
      "rules:",
      "  # herald init: the charter asks for these, and the roster does not meet them yet. Set each back to",
      '  # error once it does (docs/governance.md, "Roles and admins").'
    );
    for (const id of rules) lines.push(`  ${id}: warn`);
  }
  return `${lines.join("\n")}
`;
}
function heraldConfig(a) {
  const parsed = parseConfig(".github/herald.yml", configText(a, []));
  if (!parsed.ok) return configText(a, []);
  const failing = [
    ...new Set(
      lintRoster(parsed.config, a.termStart).filter((f) => f.severity === "error" && f.ruleId.startsWith("roster-")).map((f) => f.ruleId)
    )
  ];
  return configText(a, failing);
}
function codeowners(a) {
  const leads = a.members.filter((m) => m.roles.includes("chair") || m.roles.includes("co-chair"));
  const owners = (leads.length ? leads : a.members).map((m) => `@${m.login}`).join(" ");
  return `# Posts are decided by the group's vote (Herald). Everything else (workflows, the Herald config, the
# ledger, media) needs a review by the chairs: turn on "Require review from Code Owners" in the branch
# ruleset of ${a.branch}. The last matching line wins.
*                ${owners}
/.github/        ${owners}
/published/      ${owners}
/posts/media/    ${owners}
/posts/**/*.md
`;
}
function examplePost(a) {
  return {
    path: `posts/${a.termStart}-hello.md`,
    text: `---
language: en
# publish_at: ${a.termStart}T09:00:00Z   # omit to publish when the pull request is merged
---
Hello! ${a.group} now runs its social media as code review: every post is a pull request, and the group votes on it.
`
  };
}
function contributing(a) {
  return `# Contributing to ${a.group}'s social media

Every post is a file in \`posts/\`, proposed in a pull request and published when the group has voted.

## How to propose a post

1. Create \`posts/<date>-<name>.md\` (or run \`npx herald new "Title"\`): front matter between \`---\` lines,
   then the text. A line with only \`---\` starts the next part of a thread; images are
   \`![what the image shows](media/photo.png "Credit: who made it, licence")\`.
2. Open a pull request. Herald comments a preview for every platform (${a.platforms.join(", ")}) with the
   exact character counts, and the guideline findings. Fix what it marks as an error.
3. When the vote passes, a member of the roster merges it; Herald publishes it once on every platform and
   comments the links.

## How to vote

Members of the roster in \`.github/herald.yml\` vote with ordinary GitHub reviews: **Approve** is a yes,
**Request changes** a no. The latest review of each active member counts; the post is ready at 50%+1 of the
active members, shown in the "Herald vote" check. A change to the post after your approval asks you again.
`;
}
function scaffoldFiles(a) {
  const post = examplePost(a);
  return {
    ".github/herald.yml": heraldConfig(a),
    ...heraldWorkflows({ action: a.action, platforms: a.platforms, branch: a.branch }),
    ".github/CODEOWNERS": codeowners(a),
    // The "Propose a post" issue form, for members without git (the propose workflow reads it).
    ".github/ISSUE_TEMPLATE/post.yml": proposalIssueForm(a.platforms),
    [post.path]: post.text,
    "posts/media/.gitkeep": "",
    "CONTRIBUTING.md": contributing(a)
  };
}

// src/cli/init-command.ts
var ROLES = ["chair", "co-chair", "board-liaison", "member"];
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var SETTING_FLAGS = Object.entries(PLATFORM_SETTINGS).flatMap(
  ([platform, list]) => list.map((s) => ({ flag: `${platform}-${s.key}`, platform, ...s }))
);
var INIT_HELP = `Usage: herald init [dir] [options]

Sets up a working group's repository in dir (default: here): .github/herald.yml, the workflows (pinned to
Herald's released Action), CODEOWNERS, an example post and CONTRIBUTING.md. Asks for what is missing when
run in a terminal; with --yes (or no terminal) every answer comes from the options. Existing files are
never overwritten unless --force. Then follow docs/setup.md: add the secrets, merge, post.

Options:
  --group <name>              the group's name (default: the folder's name)
  --platforms <list>          comma-separated: ${PLATFORM_IDS.join(", ")}
  --member <login[:roles]>    a member of the roster, roles joined by + (${ROLES.join(", ")}); repeat it
${SETTING_FLAGS.map((s) => `  --${s.flag.padEnd(26)}${s.question}, e.g. ${s.example}`).join("\n")}
  --timezone <zone>           IANA time zone of the group (default: this computer's)
  --branch <name>             the default branch (default: main)
  --action <owner/repo@sha>   the Herald Action to pin (default: the release this herald was packed from)
  --force                     overwrite existing files
  --yes                       ask nothing
  -h, --help                  show this help
`;
async function initCommand(argv, io, prompter) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      group: { type: "string" },
      platforms: { type: "string" },
      member: { type: "string", multiple: true },
      timezone: { type: "string" },
      branch: { type: "string", default: "main" },
      action: { type: "string" },
      force: { type: "boolean", default: false },
      yes: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
      ...Object.fromEntries(SETTING_FLAGS.map((s) => [s.flag, { type: "string" }]))
    }
  });
  if (values.help) {
    io.out(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`one folder at most, got ${positionals.length}`);
  const dir = resolve(io.here ?? io.cwd, positionals[0] ?? ".");
  const action = releasedAction(values.action);
  const flags = values;
  let answers = {
    ...values.group ? { group: values.group } : {},
    ...values.platforms ? { platforms: parsePlatforms(values.platforms) } : {},
    ...values.member?.length ? { members: values.member.map(parseMember) } : {},
    ...values.timezone ? { timezone: checkTimezone(values.timezone) } : {},
    settings: settingsFromFlags(flags)
  };
  const defaults = { group: basename(dir), timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC" };
  if (io.interactive && !values.yes) {
    try {
      answers = { ...answers, ...await (prompter ?? (await import("./init-prompts-SIVSEY75.js")).inquirer).ask(answers, defaults) };
    } catch (error) {
      if (error.name !== "ExitPromptError") throw error;
      io.err("herald init: cancelled, nothing was written\n");
      return 130;
    }
  }
  const complete = completeAnswers(answers, defaults, values.branch, action, io.now);
  const files = scaffoldFiles(complete);
  const existing = Object.keys(files).filter((path) => existsSync(join(dir, path)));
  if (existing.length && !values.force) {
    throw new UsageError(
      `${existing.join(", ")} ${existing.length === 1 ? "exists" : "exist"} in ${dir}: nothing was written (--force overwrites)`
    );
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
    io.out(`${existing.includes(path) ? "overwrote" : "wrote"} ${path}
`);
  }
  const secrets2 = complete.platforms.flatMap((p) => CREDENTIAL_VARIABLES[p]);
  io.out(
    `
Next (docs/setup.md): create the environment "social" with the secrets ${secrets2.join(", ")};
allow GitHub Actions to create pull requests (Settings \u2192 Actions \u2192 General); commit, push, and open a first post.
`
  );
  return 0;
}
function releasedAction(flag) {
  const release = builtRelease();
  if (flag) {
    const parsed = parseActionRef(flag, release?.version ?? HERALD_VERSION);
    if (typeof parsed === "string") throw new UsageError(`--action ${parsed}`);
    return parsed;
  }
  if (!release)
    throw new UsageError(
      "this herald was not built from a release: name the Action to pin, e.g. --action herald-social/herald@<40-hex commit sha>"
    );
  return { kind: "released", repository: release.repository, sha: release.sha, version: release.version };
}
function parsePlatforms(list) {
  const ids = list.split(",").map((p) => p.trim().toLowerCase()).filter(Boolean);
  for (const id of ids) {
    if (!PLATFORM_IDS.includes(id))
      throw new UsageError(
        `--platforms: unknown platform "${id}".${didYouMean(id, PLATFORM_IDS)} Platforms are: ${PLATFORM_IDS.join(", ")}`
      );
  }
  if (!ids.length) throw new UsageError("--platforms: name at least one platform");
  return [...new Set(ids)];
}
function parseMember(text) {
  const [login = "", roleList] = text.trim().replace(/^@/, "").split(":");
  if (!LOGIN.test(login)) throw new UsageError(`--member "${text}": "${login}" is not a GitHub login`);
  const roles = (roleList ? roleList.split("+") : []).map((r) => r.trim()).filter(Boolean);
  for (const role of roles) {
    if (!ROLES.includes(role))
      throw new UsageError(`--member "${text}": unknown role "${role}" (roles: ${ROLES.join(", ")})`);
  }
  return { login, roles };
}
function checkTimezone(zone) {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError(`--timezone "${zone}" is not an IANA time zone such as Europe/Amsterdam`);
  }
}
function settingsFromFlags(flags) {
  const settings = {};
  for (const s of SETTING_FLAGS) {
    const value = flags[s.flag]?.trim();
    if (!value) continue;
    if (s.key === "server" && !/^https:\/\/[^\s/]+/.test(value))
      throw new UsageError(`--${s.flag}: expected an https:// URL, e.g. ${s.example}`);
    (settings[s.platform] ??= {})[s.key] = value;
  }
  return settings;
}
function completeAnswers(a, defaults, branch, action, now) {
  if (!a.platforms) throw new UsageError("say which platforms: --platforms mastodon,bluesky");
  if (!a.members?.length) throw new UsageError("name the roster: --member ada:chair --member grace:co-chair+board-liaison");
  const logins = a.members.map((m) => m.login.toLowerCase());
  const twice = logins.find((l, i) => logins.indexOf(l) !== i);
  if (twice) throw new UsageError(`--member ${twice} is named twice`);
  const missing = a.platforms.flatMap(
    (p) => (PLATFORM_SETTINGS[p] ?? []).filter((s) => !a.settings?.[p]?.[s.key]).map((s) => `--${p}-${s.key} (${s.question}, e.g. ${s.example})`)
  );
  if (missing.length) throw new UsageError(`also needed: ${missing.join(", ")}`);
  const timezone = a.timezone ?? defaults.timezone;
  return {
    group: a.group ?? defaults.group,
    platforms: a.platforms,
    settings: a.settings ?? {},
    members: a.members,
    timezone,
    termStart: localDate(now, timezone),
    branch,
    action
  };
}

export {
  PLATFORM_SETTINGS,
  INIT_HELP,
  initCommand,
  parseMember,
  checkTimezone
};
