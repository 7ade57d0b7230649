// Shared setup for runner tests: test platform servers, a git repo with config and posts, one run.
import { parseConfig } from '../../src/core/config/parse.ts';
import { planPublication } from '../../src/core/plan/plan.ts';
import type { PublishPlan } from '../../src/core/plan/types.ts';
import type { HeraldConfig, PlatformId } from '../../src/core/types.ts';
import { gitLedgerStore, type LedgerStore } from '../../src/ledger/store.ts';
import { headCommit } from '../../src/git/read.ts';
import { loadersOf } from '../../src/platforms/registry.ts';
import { buildAdapters } from '../../src/publish/adapters.ts';
import { gatherPlanInput } from '../../src/publish/gather.ts';
import { repoMediaReader } from '../../src/publish/media.ts';
import { executePlan } from '../../src/publish/runner.ts';
import { jobScrubber } from '../../src/publish/scrubbed.ts';
import type { RunOutcome } from '../../src/publish/types.ts';
import { testAdapterFactory, tokenVariable } from '../helpers/test-platform/adapter.ts';
import { startTestPlatform, type TestPlatformServer } from '../helpers/test-platform/server.ts';
import { createRepo, heraldConfig, PNG, type TestRepo } from './_repo.ts';

export interface Harness {
  repo: TestRepo;
  servers: Record<string, TestPlatformServer>;
  env: Record<string, string>;
  factories: ReturnType<typeof factoriesFor>;
  close(): Promise<void>;
}

export function factoriesFor(ids: PlatformId[]) {
  return Object.fromEntries(ids.map((id) => [id, testAdapterFactory(id)]));
}

export async function harness(
  ids: PlatformId[],
  posts: Record<string, string>,
  options: { latencyMs?: number; maxLength?: number; configExtra?: string } = {},
): Promise<Harness> {
  const servers: Record<string, TestPlatformServer> = {};
  const env: Record<string, string> = {};
  for (const id of ids) {
    servers[id] = await startTestPlatform({
      token: `token-${id}`,
      ...(options.latencyMs !== undefined ? { latencyMs: options.latencyMs } : {}),
      ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
    });
    env[tokenVariable(id)] = `token-${id}`;
  }
  const config = heraldConfig(Object.fromEntries(ids.map((id) => [id, servers[id]!.url]))) + (options.configExtra ?? '');
  const repo = createRepo({ '.github/herald.yml': config, 'posts/media/square.png': PNG, ...posts });
  return {
    repo,
    servers,
    env,
    factories: factoriesFor(ids),
    close: async () => {
      await Promise.all(Object.values(servers).map((s) => s.close()));
      repo.remove();
    },
  };
}

export function loadConfig(dir: string, text: string): HeraldConfig {
  const parsed = parseConfig('.github/herald.yml', text);
  if (!parsed.ok) throw new Error(`${dir}: bad config ${JSON.stringify(parsed.findings)}`);
  return parsed.config;
}

export interface RunOptions {
  dir: string;
  env: Record<string, string>;
  factories: ReturnType<typeof factoriesFor>;
  mode?: 'push' | 'schedule' | 'retry';
  before?: string;
  retryPost?: string;
  now?: Date;
  runId?: string;
  sleeps?: number[];
  fetch?: typeof globalThis.fetch;
  logs?: string[];
}

/** The ledger branch of the test repository's origin, as a run opens it. */
export async function openLedger(dir: string, now = new Date('2026-12-01T12:00:00Z')): Promise<LedgerStore> {
  const store = gitLedgerStore({ cwd: dir, remote: 'origin', seed: { from: 'HEAD', now } });
  await store.open();
  return store;
}

export async function planAt(options: RunOptions, config: HeraldConfig): Promise<PublishPlan> {
  const rev = await headCommit(options.dir);
  const ledger = await openLedger(options.dir);
  try {
    const { input } = await gatherPlanInput({
      cwd: options.dir,
      mode: options.mode ?? 'push',
      rev,
      ledger,
      config,
      now: options.now ?? new Date('2026-12-01T12:00:00Z'),
      ...(options.before ? { before: options.before } : {}),
      ...(options.retryPost ? { retryPost: options.retryPost } : {}),
    });
    return planPublication(input);
  } finally {
    ledger.close();
  }
}

export async function runOnce(options: RunOptions, config: HeraldConfig, plan?: PublishPlan): Promise<RunOutcome> {
  const chosen = plan ?? (await planAt(options, config));
  const store = await openLedger(options.dir);
  try {
    return await executePlan(chosen, {
      store,
      adapters: await buildAdapters(chosen, config, loadersOf(options.factories), options.env),
      ctx: { fetch: options.fetch ?? globalThis.fetch, readMedia: repoMediaReader(options.dir), log: () => {} },
      runId: options.runId ?? 'run-1',
      retry: { attempts: 4, maxTotalMs: 60_000, baseDelayMs: 1000, maxDelayMs: 8000 },
      now: () => options.now ?? new Date('2026-12-01T12:00:00Z'),
      sleep: async (ms) => void options.sleeps?.push(ms),
      log: (m) => void options.logs?.push(m),
      scrub: jobScrubber(options.env),
    });
  } finally {
    store.close();
  }
}

/** A ledger file as pushed to origin's herald/ledger branch, or undefined. */
export function pushedLedger(repo: TestRepo, postId: string): string | undefined {
  repo.git('fetch', '-q', 'origin', '+refs/heads/herald/ledger:refs/remotes/origin/herald/ledger');
  try {
    return repo.git('show', `origin/herald/ledger:published/${postId}.yml`);
  } catch {
    return undefined;
  }
}
