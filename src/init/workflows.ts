// The workflows of a group's repository, as `herald init` writes them and as Herald's own repository runs
// them (tests/workflows/ checks that .github/workflows/ is exactly this with the local Action). Every job runs
// Herald's released Action by commit SHA: no install step, no Herald sources, nothing a PR can change.
import { checkout, header, heraldStep, secrets, type WorkflowOptions } from './workflow-parts.ts';
import { feeds, governance, propose, report } from './workflows-scheduled.ts';

export type { WorkflowOptions } from './workflow-parts.ts';

const PUBLISH_PERMISSIONS = `permissions:
  contents: write        # the ledger branch herald/ledger and its calendar.ics (written only by the publish and schedule jobs)
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
${header(o, '# Publishes scheduled posts whose publish_at has come (and anything a cancelled run left), and keeps the\n# posting calendar, calendar.ics on the herald/ledger branch, up to date (members subscribe to its raw URL,\n# docs/members.md). Run it by hand (Actions → Herald schedule → Run workflow) to preview (dry run) or to retry one post.')}
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
${checkout(o, 'push')}${heraldStep(o, 'schedule', ['retry-post: ${{ inputs.retry-post }}', 'dry-run: ${{ inputs.dry-run || false }}', 'platforms: ${{ inputs.platforms }}'])}
        env:
${secrets(o.platforms)}
`;
}

function pr(o: WorkflowOptions): string {
  return `name: Herald PR
${header(
  o,
  `# Herald without hosting: previews, guideline checks and the vote on every PR that touches posts/.
# pull_request_target runs THIS file from the default branch with a token that can write even for PRs from
# forks. That is safe because nothing from the PR is checked out or run: Herald reads the PR's files through
# the API, as data. Never add a step that checks out github.event.pull_request.head.*.`,
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
${checkout(o, 'none', ['ref: ${{ github.event.repository.default_branch }}'])}${heraldStep(o, 'pr', [])}
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
