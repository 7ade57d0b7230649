// The publish Action: plan → check credentials → (dry run | publish) → report. Exports run(deps); nothing runs at import.
import { randomUUID } from 'node:crypto';
import { liveLinkPolicy } from '../../src/core/comment/live-links.ts';
import { parseConfig } from '../../src/core/config/parse.ts';
import { HeraldError } from '../../src/core/errors.ts';
import { planPublication } from '../../src/core/plan/plan.ts';
import type { Scrubber } from '../../src/core/scrub.ts';
import { readRepoFile } from '../../src/fs/repo-file.ts';
import { headCommit } from '../../src/git/read.ts';
import { gitLedgerStore } from '../../src/git/ledger-store.ts';
import { secretValues } from '../../src/platforms/credentials.ts';
import type { AdapterLoaders } from '../../src/platforms/registry.ts';
import { buildAdapters } from '../../src/publish/adapters.ts';
import { describePlan } from '../../src/publish/dry-run.ts';
import { gatherPlanInput } from '../../src/publish/gather.ts';
import { repoMediaReader, repoMediaSize } from '../../src/publish/media.ts';
import { commentOnMergedPullRequests } from '../../src/publish/pull-request.ts';
import { failureLines, publishedJson, pullRequestComment, RETRY_HOW, summaryMarkdown } from '../../src/publish/report.ts';
import { DEFAULT_RETRY } from '../../src/publish/retry.ts';
import { executePlan } from '../../src/publish/runner.ts';
import { jobScrubber, scrubbedCore } from '../../src/publish/scrubbed.ts';
import { readEvent, readInputs } from './inputs.ts';

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
  const configSource = await readRepoFile(cwd, inputs.configPath, { links: 'refuse' }).catch((e: unknown) => {
    throw new HeraldError(`${inputs.configPath}: cannot read the Herald config (${(e as Error).message})`, { hint: 'set the `config` input to its path' });
  });
  const parsed = parseConfig(inputs.configPath, configSource);
  if (!parsed.ok) throw new HeraldError(`${inputs.configPath} is invalid:\n${parsed.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n')}`);
  const now = deps.now();
  const store = gitLedgerStore({ cwd, remote: 'origin', branch: event.branch, ...(deps.onPush ? { onPush: deps.onPush } : {}) });
  if (!inputs.dryRun) await store.sync();
  // A push publishes from its own commit; scheduled runs and retries from the branch's tip.
  const rev = event.mode === 'push' ? event.after : await headCommit(cwd);
  const planInput = await gatherPlanInput({ cwd, mode: event.mode, rev, ledgerRev: 'HEAD', ...(event.before ? { before: event.before } : {}), ...(inputs.retryPost ? { retryPost: inputs.retryPost } : {}), config: parsed.config, now, ...(inputs.platforms ? { platforms: inputs.platforms } : {}) });
  const plan = planPublication(planInput);
  core.info(`herald: ${event.mode} run at ${event.after.slice(0, 7)}: ${plan.posts.map((p) => `${p.postId} (${p.status})`).join(', ') || 'nothing to publish'}`);

  const adapters = await buildAdapters(plan, parsed.config, deps.adapters, env);
  if (inputs.dryRun) {
    core.info(describePlan(plan, adapters, { timeZone: parsed.config.timezone, now }));
    core.setOutput('published', JSON.stringify(publishedJson({ posts: plan.posts.map((p) => ({ postId: p.postId, file: p.file, plan: p, platforms: [] })), failed: false })));
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
  const links = liveLinkPolicy(parsed.config);
  await core.writeSummary(summaryMarkdown(outcome, links));
  const comment = event.mode === 'push' ? pullRequestComment(outcome.posts, runUrl(env), links) : undefined;
  const token = inputs.githubToken ?? env['GITHUB_TOKEN'];
  if (comment && token && event.repository) {
    try {
      const api = { apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com', token, repository: event.repository, fetch: deps.fetch };
      const numbers = await commentOnMergedPullRequests(api, event.after, scrub(comment));
      core.info(numbers.length ? `herald: commented on #${numbers.join(', #')}` : `herald: no merged pull request found for ${event.after}`);
    } catch (error) {
      core.warning(`herald: the PR comment failed: ${(error as Error).message}`);
    }
  }
  if (outcome.failed) core.setFailed(`Herald could not publish everything:\n${failureLines(outcome).join('\n')}\n${RETRY_HOW}`);
}

function runUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
}
