// The publish Action: default-branch tip + ledger branch → plan → verify the votes → check credentials →
// (dry run | publish) → report. Exports run(deps); nothing runs at import.
import { randomUUID } from 'node:crypto';
import { liveLinkPolicy } from '../../src/core/comment/live-links.ts';
import { parseConfig } from '../../src/core/config/parse.ts';
import { HeraldError } from '../../src/core/errors.ts';
import { planPublication, withApprovals, withRefusals } from '../../src/core/plan/plan.ts';
import type { ApprovedBy } from '../../src/core/plan/types.ts';
import type { Scrubber } from '../../src/core/scrub.ts';
import type { HeraldConfig } from '../../src/core/types.ts';
import { ensureCommit } from '../../src/git/diff.ts';
import { fileModes, headCommit } from '../../src/git/read.ts';
import { git, gitRaw } from '../../src/git/run.ts';
import { gitLedgerStore, LEDGER_BRANCH } from '../../src/ledger/store.ts';
import { CALENDAR_FILE, calendarDue } from '../../src/publish/calendar-due.ts';
import { secretValues } from '../../src/platforms/credentials.ts';
import type { AdapterLoaders } from '../../src/platforms/registry.ts';
import { buildAdapters } from '../../src/publish/adapters.ts';
import { checkApprovals, type Approval } from '../../src/publish/approval.ts';
import { describePlan } from '../../src/publish/dry-run.ts';
import { gatherPlanInput } from '../../src/publish/gather.ts';
import { repoMediaReader, repoMediaSize } from '../../src/publish/media.ts';
import { commentOnPullRequests, type GitHubTarget } from '../../src/publish/pull-request.ts';
import { attentionLines, failureLines, publishedJson, RETRY_HOW, summaryMarkdown } from '../../src/publish/report.ts';
import { DEFAULT_RETRY } from '../../src/publish/retry.ts';
import { executePlan } from '../../src/publish/runner.ts';
import { jobScrubber, scrubbedCore } from '../../src/publish/scrubbed.ts';
import { readEvent, readInputs, type ActionEvent, type ActionInputs } from './inputs.ts';

/** The part of @actions/core the Action uses (injected so tests can read what it said). */
export interface ActionCore {
  info(message: string): void;
  warning(message: string): void;
  setSecret(secret: string): void;
  setOutput(name: string, value: string): void;
  setFailed(message: string): void;
  writeSummary(markdown: string): Promise<void>;
}

export interface ActionDeps {
  env: Record<string, string | undefined>;
  fetch: typeof globalThis.fetch;
  /** Loaders of the adapter factories: only the platforms a plan needs are loaded. */
  adapters: AdapterLoaders;
  core: ActionCore;
  now(): Date;
  sleep(ms: number): Promise<void>;
  /** Called before and after each git push of the ledger (fault-injection tests). */
  onPush?: (phase: 'before' | 'after') => void | Promise<void>;
}

export async function run(deps: ActionDeps): Promise<void> {
  // Every text the job sends out passes the one scrubber: logs, failure, outputs, summary, PR comment, ledger failures.
  const scrub = jobScrubber(deps.env);
  const core = scrubbedCore(deps.core, scrub);
  try {
    await publish({ ...deps, core }, scrub);
  } catch (error) {
    const hint = error instanceof HeraldError && error.hint ? `\n${error.hint}` : '';
    core.setFailed(`${(error as Error).message}${hint}`);
  }
}

async function publish(deps: ActionDeps, scrub: Scrubber): Promise<void> {
  const { env, core } = deps;
  for (const secret of secretValues(env)) core.setSecret(secret);
  const cwd = env['GITHUB_WORKSPACE'] || process.cwd();
  const inputs = readInputs(env);
  const event = await readEvent(env, inputs, await headCommit(cwd));
  // Every run publishes from the default branch's tip, whatever commit triggered it: a merge whose own
  // run GitHub cancelled (one pending run per concurrency group) is published by the next run.
  const tip = inputs.dryRun ? await headCommit(cwd) : await moveToTip(cwd, event.branch);
  const config = await configAt(cwd, tip, inputs.configPath);
  const now = deps.now();
  const baselineFrom = await baselineCommit(cwd, event, tip);
  const store = gitLedgerStore({
    cwd,
    remote: 'origin',
    seed: { from: tip, now, ...(baselineFrom ? { baselineFrom } : {}) },
    write: !inputs.dryRun,
    log: (m) => core.info(m),
    ...(deps.onPush ? { onPush: deps.onPush } : {}),
  });
  try {
    await store.open();
    const gathered = await gatherPlanInput({
      cwd,
      mode: event.mode,
      rev: tip,
      ledger: store,
      ...(event.before ? { before: event.before } : {}),
      ...(inputs.retryPost ? { retryPost: inputs.retryPost } : {}),
      config,
      now,
      ...(inputs.platforms ? { platforms: inputs.platforms } : {}),
    });
    const github = githubTarget(env, inputs, event, deps.fetch);
    const planned = planPublication(gathered.input);
    const approvals = inputs.dryRun
      ? new Map<string, Approval>()
      : await checkApprovals(planned, {
          cwd,
          remote: 'origin',
          branch: event.branch,
          tip,
          tree: gathered.tree,
          policy: config.publish,
          ...(github ? { github } : {}),
        });
    const plan = withApprovals(withRefusals(planned, refusalsOf(approvals)), approvedBy(approvals));
    core.info(
      `herald: ${event.mode} run at ${tip.slice(0, 7)} (${event.branch}): ${plan.posts.map((p) => `${p.postId} (${p.status})`).join(', ') || 'nothing to publish'}`,
    );
    for (const line of attentionLines(plan)) core.warning(`herald: ${line}`);

    const adapters = await buildAdapters(plan, config, deps.adapters, env);
    if (inputs.dryRun) {
      core.info(describePlan(plan, adapters, { timeZone: config.timezone, now }));
      if (config.publish.requireVote) core.info('herald: dry run: the votes were not verified (a real run does, before sending anything)');
      core.setOutput(
        'published',
        JSON.stringify(
          publishedJson({ posts: plan.posts.map((p) => ({ postId: p.postId, file: p.file, plan: p, platforms: [] })), failed: false }),
        ),
      );
      return;
    }
    const outcome = await executePlan(plan, {
      store,
      adapters,
      ctx: { fetch: deps.fetch, readMedia: repoMediaReader(cwd), mediaSize: repoMediaSize(cwd), log: (m) => core.info(m) },
      runId: env['GITHUB_RUN_ID'] ? `${env['GITHUB_RUN_ID']}-${env['GITHUB_RUN_ATTEMPT'] ?? '1'}` : randomUUID(),
      retry: DEFAULT_RETRY,
      now: deps.now,
      sleep: deps.sleep,
      log: (m) => core.info(m),
      scrub,
    });
    core.setOutput('published', JSON.stringify(publishedJson(outcome)));
    const links = liveLinkPolicy(config);
    await core.writeSummary(summaryMarkdown(outcome, links));
    if (github) {
      try {
        const pulls = new Map([...approvals].flatMap(([id, a]) => (a.pull ? [[id, a.pull] as const] : [])));
        const numbers = await commentOnPullRequests(github, outcome.posts, pulls, event.mode === 'push' ? event.after : undefined, {
          ...runLink(env),
          links,
          scrub,
        });
        if (numbers.length) core.info(`herald: commented on #${numbers.join(', #')}`);
      } catch (error) {
        core.warning(`herald: the PR comment failed: ${(error as Error).message}`);
      }
    }
    await keepCalendar(cwd, tip, config, deps.now(), event, core, plan.posts.length > 0);
    if (outcome.failed) core.setFailed(`Herald could not publish everything:\n${failureLines(outcome).join('\n')}\n${RETRY_HOW}`);
  } finally {
    store.close();
  }
}

/** calendar.ics on the ledger branch (src/publish/calendar.ts) when due; a failure there never fails the run. */
async function keepCalendar(
  cwd: string,
  tip: string,
  config: HeraldConfig,
  now: Date,
  event: ActionEvent,
  core: ActionCore,
  planned: boolean,
): Promise<void> {
  try {
    if (!(await calendarDue(cwd, planned, now))) return;
    // Loaded only when due: it parses every post (a run with nothing to do loads no parser).
    const { writeCalendar } = await import('../../src/publish/calendar.ts');
    const result = await writeCalendar({ cwd, remote: 'origin', tip, config, now, name: `${event.repository ?? 'Herald'} posts` });
    if (result.kind === 'written') core.info(`herald: ${CALENDAR_FILE} on ${LEDGER_BRANCH} updated (${result.events} events)`);
  } catch (error) {
    core.warning(`herald: the calendar was not updated: ${(error as Error).message}`);
  }
}

/** Fetches the default branch and moves the checkout to its tip (media are read from the work tree). */
async function moveToTip(cwd: string, branch: string): Promise<string> {
  await git(cwd, ['fetch', '--quiet', '--no-tags', 'origin', branch]);
  await git(cwd, ['reset', '--quiet', '--hard', 'FETCH_HEAD']);
  return headCommit(cwd);
}

/** The config as the default branch has it (never a PR's), and only a regular file (a link's target is not what the vote saw). */
async function configAt(cwd: string, tip: string, path: string): Promise<HeraldConfig> {
  const mode = (await fileModes(cwd, tip, [path])).get(path);
  if (mode !== undefined && !/^1006[0-7]{2}$/.test(mode)) {
    throw new HeraldError(
      `${path}: not a regular file at ${tip.slice(0, 7)} (git mode ${mode}${mode === '120000' ? ', a symbolic link' : ''}); the publisher reads only regular files`,
      { hint: 'commit the config itself, not a link to it' },
    );
  }
  const shown = await gitRaw(cwd, ['show', `${tip}:${path}`]);
  if (shown.code !== 0)
    throw new HeraldError(`${path}: cannot read the Herald config at ${tip.slice(0, 7)} (${shown.stderr.trim()})`, {
      hint: 'set the `config` input to its path',
    });
  const parsed = parseConfig(path, shown.stdout);
  if (!parsed.ok)
    throw new HeraldError(`${path} is invalid:\n${parsed.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n')}`);
  return parsed.config;
}

/**
 * Where the baseline (posts Herald never publishes) is taken from if this run creates the ledger: the
 * push's `before` (the posts that were there before the merge that brought Herald its first run), a
 * first push's nothing, and for a scheduled or manual run the tip.
 */
async function baselineCommit(cwd: string, event: ActionEvent, tip: string): Promise<string | undefined> {
  if (event.mode !== 'push') return tip;
  if (!event.before || /^0+$/.test(event.before)) return undefined;
  return (await ensureCommit(cwd, 'origin', event.before)) ? event.before : tip;
}

function githubTarget(
  env: Record<string, string | undefined>,
  inputs: ActionInputs,
  event: ActionEvent,
  fetch: typeof globalThis.fetch,
): GitHubTarget | undefined {
  const token = inputs.githubToken ?? env['GITHUB_TOKEN'];
  return token && event.repository
    ? { apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com', token, repository: event.repository, fetch }
    : undefined;
}

function refusalsOf(approvals: Map<string, Approval>): Map<string, { reason: string; pull?: number }> {
  return new Map(
    [...approvals].flatMap(([id, a]) => (a.ok ? [] : [[id, { reason: a.reason, ...(a.pull ? { pull: a.pull } : {}) }] as const])),
  );
}

function approvedBy(approvals: Map<string, Approval>): Map<string, ApprovedBy> {
  return new Map(
    [...approvals].flatMap(([id, a]) => {
      if (!a.ok) return [];
      const by: ApprovedBy = {
        ...(a.pull ? { pull: a.pull } : {}),
        ...(a.head ? { head: a.head } : {}),
        ...(a.checkRun ? { checkRun: a.checkRun } : {}),
        ...(a.approvers ? { approvers: a.approvers } : {}),
      };
      return [[id, by] as const];
    }),
  );
}

function runLink(env: Record<string, string | undefined>): { runUrl?: string } {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? { runUrl: `${server}/${repo}/actions/runs/${id}` } : {};
}
