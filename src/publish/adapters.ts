// Builds the adapters a plan needs, loading only their modules. Every factory checks its secrets; all
// missing ones are reported together, before anything is sent.
import { CredentialsError, HeraldError } from '../core/errors.ts';
import type { PublishPlan } from '../core/plan/types.ts';
import type { HeraldConfig, PlatformId } from '../core/types.ts';
import type { AdapterLoaders } from '../platforms/registry.ts';
import type { PlatformAdapter } from '../platforms/types.ts';

export function plannedPlatforms(plan: PublishPlan): PlatformId[] {
  const ids = new Set<PlatformId>();
  for (const post of plan.posts) {
    if (post.status === 'publish' || post.status === 'retract') for (const t of post.targets) ids.add(t.platform);
    // A correction left as it is sends nothing there and needs no credentials.
    if (post.status === 'correct') for (const t of post.targets) if (t.action !== 'leave') ids.add(t.platform);
  }
  return [...ids];
}

export async function buildAdapters(
  plan: PublishPlan,
  config: HeraldConfig,
  loaders: AdapterLoaders,
  env: Record<string, string | undefined>,
): Promise<Partial<Record<PlatformId, PlatformAdapter>>> {
  const adapters: Partial<Record<PlatformId, PlatformAdapter>> = {};
  const problems: string[] = [];
  for (const id of plannedPlatforms(plan)) {
    const load = loaders[id];
    const platformConfig = config.platforms.find((p) => p.id === id);
    if (!load || !platformConfig) {
      problems.push(`${id}: Herald has no adapter for this platform yet`);
      continue;
    }
    try {
      const factory = await load();
      adapters[id] = factory(platformConfig, env);
    } catch (error) {
      const hint = error instanceof HeraldError && error.hint ? ` ${error.hint}` : '';
      problems.push(`${(error as Error).message}.${hint}`);
      if (!(error instanceof CredentialsError || error instanceof HeraldError)) throw error;
    }
  }
  if (problems.length > 0) {
    throw new HeraldError(
      `nothing was sent: ${problems.length} platform${problems.length > 1 ? 's are' : ' is'} not ready:\n${problems.map((p) => `- ${p}`).join('\n')}`,
    );
  }
  return adapters;
}
