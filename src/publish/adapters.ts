// Builds the adapters a plan needs. Every factory checks its secrets; all missing ones are reported
// together, before anything is sent.
import { CredentialsError, HeraldError } from '../core/errors.ts';
import type { PublishPlan } from '../core/plan/types.ts';
import type { HeraldConfig, PlatformId } from '../core/types.ts';
import type { AdapterFactory, PlatformAdapter } from '../platforms/types.ts';

export function plannedPlatforms(plan: PublishPlan): PlatformId[] {
  const ids = new Set<PlatformId>();
  for (const post of plan.posts) if (post.status === 'publish') for (const t of post.targets) ids.add(t.platform);
  return [...ids];
}

export function buildAdapters(
  plan: PublishPlan,
  config: HeraldConfig,
  factories: Partial<Record<PlatformId, AdapterFactory>>,
  env: Record<string, string | undefined>,
): Partial<Record<PlatformId, PlatformAdapter>> {
  const adapters: Partial<Record<PlatformId, PlatformAdapter>> = {};
  const problems: string[] = [];
  for (const id of plannedPlatforms(plan)) {
    const factory = factories[id];
    const platformConfig = config.platforms.find((p) => p.id === id);
    if (!factory || !platformConfig) {
      problems.push(`${id}: Herald has no adapter for this platform yet`);
      continue;
    }
    try {
      adapters[id] = factory(platformConfig, env);
    } catch (error) {
      const hint = error instanceof HeraldError && error.hint ? ` ${error.hint}` : '';
      problems.push(`${(error as Error).message}.${hint}`);
      if (!(error instanceof CredentialsError || error instanceof HeraldError)) throw error;
    }
  }
  if (problems.length > 0) {
    throw new HeraldError(`nothing was sent: ${problems.length} platform${problems.length > 1 ? 's are' : ' is'} not ready:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  return adapters;
}
