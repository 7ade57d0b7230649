// The workflows of a group's repository, as `herald init` writes them and as Herald's own repository runs
// them (tests/workflows/ checks that .github/workflows/ is exactly this with the local Action). Every job runs
// Herald's released Action by commit SHA: no install step, no Herald sources, nothing a PR can change.
import { CREDENTIAL_VARIABLES, OPTIONAL_CREDENTIAL_VARIABLES } from '../platforms/credentials.ts';
import { PROPOSAL_LABEL } from '../core/proposal.ts';
import type { PlatformId } from '../core/types.ts';
import { APP_TOKEN, CHECKOUT, pinned, type HeraldAction } from './pins.ts';

export interface WorkflowOptions {
  action: HeraldAction;
  platforms: readonly PlatformId[];
  branch: string;
}

const LOCAL_NOTE = `# Herald's own repository runs the Action from its checkout of the default branch (uses: ./action): a commit
# cannot name its own SHA. A group's repository pins the released Action instead (herald init writes
# uses: <owner>/herald/action@<40-hex sha> # <version>).`;

function heraldStep(o: WorkflowOptions, command: string, lines: string[], id = 'herald'): string {
  const uses = o.action.kind === 'local' ? './action' : `${o.action.repository}/action@${o.action.sha} # ${o.action.version}`;
  return [`      - id: ${id}`, `        uses: ${uses}`, '        with:', `          command: ${command}`, ...lines.map((l) => `          ${l}`)].join('\n');
}

/** The checkout the job needs; in Herald's own repository also the one that brings the local Action. */
function checkout(o: WorkflowOptions, needed: 'read' | 'push' | 'none', extra: string[] = []): string {
  if (needed === 'none' && o.action.kind === 'released') return '';
  const withLines = [...extra, ...(needed === 'push' ? [] : ['persist-credentials: false'])];
  return [`      - uses: ${pinned(CHECKOUT)}`, ...(withLines.length ? ['        with:', ...withLines.map((l) => `          ${l}`)] : [])].join('\n') + '\n';
}

function secrets(platforms: readonly PlatformId[], indent = '          '): string {
  const names = platforms.flatMap((p) => [...CREDENTIAL_VARIABLES[p], ...(OPTIONAL_CREDENTIAL_VARIABLES[p] ?? [])]);
  return names.map((n) => `${indent}${n}: \${{ secrets.${n} }}`).join('\n');
}

const header = (o: WorkflowOptions, text: string) => (o.action.kind === 'local' ? `${text}\n${LOCAL_NOTE}` : text);

const PUBLISH_PERMISSIONS = `permissions:
  contents: write        # the ledger branch herald/ledger (written only by the publish and schedule jobs)
  pull-requests: write   # the live links on the merged PR
  checks: read           # the "Herald vote" of the PR that merged each post`;

// GitHub keeps one pending run per concurrency group and cancels an older pending one. Nothing is lost by
// that: every publish or schedule run publishes everything that is due and not live yet.
const PUBLISH_CONCURRENCY = `# One publisher at a time, shared by Herald publish and Herald schedule; never cancel one mid-way. GitHub keeps
# one pending run per group and drops an older pending one: that loses nothing, because every run publishes
# everything that is due and not yet live, whatever commit started it.
concurrency:
  group: herald-publish
  cancel-in-progress: false`;

function publish(o: WorkflowOptions): string {
  return `name: Herald publish
${header(o, '# Publishes every merged post that is due and not yet live, exactly once, and links the live posts on the PR.')}
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
${checkout(o, 'push')}${heraldStep(o, 'publish', [])}
        env:
${secrets(o.platforms)}
`;
}

function schedule(o: WorkflowOptions): string {
  return `name: Herald schedule
${header(o, '# Publishes scheduled posts whose publish_at has come (and anything a cancelled run left). Run it by hand\n# (Actions → Herald schedule → Run workflow) to preview (dry run) or to retry one post.')}
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
${checkout(o, 'push')}${heraldStep(o, 'schedule', ["retry-post: ${{ inputs.retry-post }}", 'dry-run: ${{ inputs.dry-run || false }}', 'platforms: ${{ inputs.platforms }}'])}
        env:
${secrets(o.platforms)}
`;
}

function pr(o: WorkflowOptions): string {
  return `name: Herald PR
${header(o, `# Herald without hosting: previews, guideline checks and the vote on every PR that touches posts/.
# pull_request_target runs THIS file from the default branch with a token that can write even for PRs from
# forks. That is safe because nothing from the PR is checked out or run: Herald reads the PR's files through
# the API, as data. Never add a step that checks out github.event.pull_request.head.*.`)}
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
${checkout(o, 'none', ['ref: ${{ github.event.repository.default_branch }}'])}${heraldStep(o, 'pr', [])}
`;
}

function feeds(o: WorkflowOptions): string {
  return `name: Herald feeds
${header(o, `# Turns new entries of the news feeds in .github/herald.yml into draft posts: one pull request each (voted
# like any post), or a direct commit for a feed marked trusted: true. A small GitHub App's token
# (secrets HERALD_FEEDS_APP_ID, HERALD_FEEDS_APP_PRIVATE_KEY) makes the drafts start the Herald workflows;
# without it the job uses GITHUB_TOKEN and says so (docs/governance.md, "Feeds").`)}
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
  contents: write        # the feed state in published/feeds/ (and trusted posts, on the fallback token)
  pull-requests: write   # draft PRs (on the fallback token)

jobs:
  feeds:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    env:
      HAS_APP: \${{ secrets.HERALD_FEEDS_APP_ID != '' }}
    steps:
${checkout(o, 'read')}      - name: App token (so the drafts and trusted commits start the Herald workflows)
        id: app
        if: env.HAS_APP == 'true'
        uses: ${pinned(APP_TOKEN)}
        with:
          app-id: \${{ secrets.HERALD_FEEDS_APP_ID }}
          private-key: \${{ secrets.HERALD_FEEDS_APP_PRIVATE_KEY }}
      - name: Fallback notice
        if: env.HAS_APP != 'true'
        run: echo "::warning::No HERALD_FEEDS_APP_ID secret; using GITHUB_TOKEN. Draft PRs get their Herald check on the first review or push, and trusted feed posts wait for the next push to be published."
${heraldStep(o, 'feeds', ["limit: ${{ inputs.limit || '5' }}", 'dry-run: ${{ inputs.dry-run || false }}', 'github-token: ${{ steps.app.outputs.token || github.token }}'])}
`;
}

function governance(o: WorkflowOptions): string {
  return `name: Herald governance
${header(o, `# Every day: check the roster against the charter as of today in the config's time zone, and open or update
# one issue per member whose term ends within governance.renewal_notice_days. The run fails (and GitHub
# emails the maintainers) when the roster breaks a rule set to error.`)}
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
${checkout(o, 'read')}${heraldStep(o, 'governance', ['dry-run: ${{ inputs.dry-run || false }}'])}
`;
}

function report(o: WorkflowOptions): string {
  const reportPlatforms = o.platforms.filter((p) => p !== 'discord' && p !== 'slack');
  return `name: Herald report
${header(o, `# At each quarter's end, write the report for the quarter that just ended and open it as a pull request to
# reports/, so the group can correct and merge it before it goes to the board. Engagement figures use the
# publishing secrets (read only), so the job runs in the same environment as the publisher.`)}
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
${checkout(o, 'read')}${heraldStep(o, 'report', ['quarter: ${{ inputs.quarter }}'])}
${reportPlatforms.length ? `        env:\n${secrets(reportPlatforms)}\n` : ''}`;
}

function propose(o: WorkflowOptions): string {
  return `name: Herald propose
${header(o, `# A post proposal without git (docs/members.md): an issue opened with the "Propose a post" form (label
# "${PROPOSAL_LABEL}"), or this workflow's own form, becomes a draft pull request with the post, voted like any
# other. The answers reach Herald as inputs, never inside a script.`)}
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
${checkout(o, 'none', ['ref: \${{ github.event.repository.default_branch }}'])}${heraldStep(o, 'propose', ['issue: ${{ github.event.issue.number }}', 'title: ${{ inputs.title }}', 'text: ${{ inputs.text }}', 'platforms: ${{ inputs.platforms }}', 'publish-at: ${{ inputs.publish-at }}'])}
`;
}

/** Every Herald workflow, by path. */
export function heraldWorkflows(options: WorkflowOptions): Record<string, string> {
  return {
    '.github/workflows/publish.yml': publish(options),
    '.github/workflows/schedule.yml': schedule(options),
    '.github/workflows/herald-pr.yml': pr(options),
    '.github/workflows/feeds.yml': feeds(options),
    '.github/workflows/governance.yml': governance(options),
    '.github/workflows/report.yml': report(options),
    '.github/workflows/propose.yml': propose(options),
  };
}
