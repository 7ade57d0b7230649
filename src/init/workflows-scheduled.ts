// The workflows of the group's automation (docs/governance.md): news feeds to draft PRs, the roster and
// renewal issues, the quarterly report, and post proposals without git. Same rules as workflows.ts.
import { PROPOSAL_LABEL } from '../core/proposal.ts';
import { APP_TOKEN, pinned } from './pins.ts';
import { checkout, header, heraldStep, secrets, type WorkflowOptions } from './workflow-parts.ts';

export function feeds(o: WorkflowOptions): string {
  return `name: Herald feeds
${header(
  o,
  `# Turns new entries of the news feeds in .github/herald.yml into draft posts: one pull request each (voted
# like any post), or a direct commit for a feed marked trusted: true. A small GitHub App's token
# (secrets HERALD_FEEDS_APP_ID, HERALD_FEEDS_APP_PRIVATE_KEY) makes the drafts start the Herald workflows;
# without it the job uses GITHUB_TOKEN and says so (docs/governance.md, "Feeds").`,
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

export function governance(o: WorkflowOptions): string {
  return `name: Herald governance
${header(
  o,
  `# Every day: check the roster against the charter as of today in the config's time zone, and open or update
# one issue per member whose term ends within governance.renewal_notice_days. The run fails (and GitHub
# emails the maintainers) when the roster breaks a rule set to error.`,
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
${checkout(o, 'read')}${heraldStep(o, 'governance', ['dry-run: ${{ inputs.dry-run || false }}'])}
`;
}

export function report(o: WorkflowOptions): string {
  const reportPlatforms = o.platforms.filter((p) => p !== 'discord' && p !== 'slack');
  return `name: Herald report
${header(
  o,
  `# At each quarter's end, write the report for the quarter that just ended and open it as a pull request to
# reports/, so the group can correct and merge it before it goes to the board. Engagement figures use the
# publishing secrets (read only), so the job runs in the same environment as the publisher.`,
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
${checkout(o, 'read')}${heraldStep(o, 'report', ['quarter: ${{ inputs.quarter }}'])}
${reportPlatforms.length ? `        env:\n${secrets(reportPlatforms)}\n` : ''}`;
}

export function propose(o: WorkflowOptions): string {
  return `name: Herald propose
${header(
  o,
  `# A post proposal without git (docs/members.md): an issue opened with the "Propose a post" form (label
# "${PROPOSAL_LABEL}"), or this workflow's own form, becomes a draft pull request with the post, voted like any
# other. The answers reach Herald as inputs, never inside a script.`,
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
${checkout(o, 'none', ['ref: ${{ github.event.repository.default_branch }}'])}${heraldStep(o, 'propose', ['issue: ${{ github.event.issue.number }}', 'title: ${{ inputs.title }}', 'text: ${{ inputs.text }}', 'platforms: ${{ inputs.platforms }}', 'publish-at: ${{ inputs.publish-at }}'])}
`;
}
