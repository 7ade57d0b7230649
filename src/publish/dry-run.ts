// `herald publish --dry-run` and the Action's dry-run input: what would be sent, request by request.
import { parseConfig } from '../core/config/parse.ts';
import { HeraldError } from '../core/errors.ts';
import { describeSchedule, type ScheduleClock } from '../core/plan/describe-schedule.ts';
import { planPublication } from '../core/plan/plan.ts';
import type { PublishPlan } from '../core/plan/types.ts';
import type { PlatformId } from '../core/types.ts';
import { readRepoFile } from '../fs/repo-file.ts';
import { headCommit } from '../git/read.ts';
import { standInCredentials } from '../platforms/credentials.ts';
import { ADAPTER_LOADERS, loadersOf } from '../platforms/registry.ts';
import type { AdapterFactory, PlatformAdapter } from '../platforms/types.ts';
import { buildAdapters } from './adapters.ts';
import { describeRevision } from './describe-revision.ts';
import { gitLedgerStore } from '../ledger/store.ts';
import { gatherPlanInput } from './gather.ts';
import { partRequest } from './thread.ts';

/** Scheduled times read as `herald preview` shows them: in the config's time zone (`clock`). */
export function describePlan(plan: PublishPlan, adapters: Partial<Record<PlatformId, PlatformAdapter>>, clock: ScheduleClock): string {
  const lines: string[] = [];
  for (const post of plan.posts) {
    if (post.status === 'correct' || post.status === 'retract') {
      lines.push(...describeRevision(post));
      continue;
    }
    if (post.status !== 'publish') {
      lines.push(`${post.file}: ${post.status === 'scheduled' ? describeSchedule(post.publishAt, clock) : post.status}`);
      continue;
    }
    lines.push(`${post.file}:`);
    for (const target of post.targets) {
      const adapter = adapters[target.platform];
      lines.push(`  ${target.platform} (${target.parts.length} of ${target.total} part${target.total > 1 ? 's' : ''}):`);
      for (const work of target.parts) {
        const request = partRequest(target, work, post.ledger);
        for (const r of adapter?.describe(request) ?? []) {
          lines.push(`    ${r.method} ${r.url}${r.body === undefined ? '' : ` ${JSON.stringify(r.body)}`}`);
        }
      }
    }
    for (const s of post.skipped) lines.push(`  ${s.platform}: skipped (${s.reason})`);
  }
  return lines.length ? lines.join('\n') + '\n' : 'Nothing to publish.\n';
}

export interface DryRunOptions {
  configPath?: string;
  /** Compare with this commit; default: every post at HEAD without a ledger entry counts. The ledger is the local copy of herald/ledger. */
  before?: string;
  platforms?: PlatformId[];
  now?: Date;
  adapters?: Partial<Record<PlatformId, AdapterFactory>>;
}

/** What a publish from `repoDir` would send. Needs no secrets: describe() never includes them. */
export async function dryRun(repoDir: string, options: DryRunOptions = {}): Promise<string> {
  const configPath = options.configPath ?? '.github/herald.yml';
  const parsed = parseConfig(configPath, await readRepoFile(repoDir, configPath));
  if (!parsed.ok)
    throw new HeraldError(`${configPath} is invalid: ${parsed.findings.map((f) => `${f.line}:${f.column}: ${f.message}`).join('; ')}`);
  const rev = await headCommit(repoDir);
  const now = options.now ?? new Date();
  const ledger = gitLedgerStore({
    cwd: repoDir,
    remote: 'origin',
    offline: true,
    write: false,
    seed: { from: rev, now, ...(options.before ? { baselineFrom: options.before } : {}) },
  });
  try {
    await ledger.open();
    const { input } = await gatherPlanInput({
      cwd: repoDir,
      mode: 'push',
      rev,
      ledger,
      ...(options.before ? { before: options.before } : {}),
      config: parsed.config,
      now,
      ...(options.platforms ? { platforms: options.platforms } : {}),
    });
    const plan = planPublication(input);
    const adapters = await buildAdapters(
      plan,
      parsed.config,
      options.adapters ? loadersOf(options.adapters) : ADAPTER_LOADERS,
      standInCredentials(),
    );
    return describePlan(plan, adapters, { timeZone: parsed.config.timezone, now });
  } finally {
    ledger.close();
  }
}
