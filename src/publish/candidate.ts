// A post file at the run's commit as the plan sees it: parsed, hashed, rendered for its platforms.
import { contentHash } from '../core/ledger/keys.ts';
import type { PlanCandidate } from '../core/plan/types.ts';
import { parsePost } from '../core/post/parse.ts';
import { renderPost, targetPlatforms } from '../core/render/index.ts';
import type { HeraldConfig } from '../core/types.ts';

export interface CandidateSource {
  file: string;
  change: PlanCandidate['change'];
  previousFile?: string;
}

export function candidate(source: CandidateSource, bytes: Buffer, config: HeraldConfig): PlanCandidate {
  const parsed = parsePost(source.file, bytes);
  const base = { ...source, contentHash: contentHash(bytes), findings: parsed.findings };
  if (!parsed.ok) return { ...base, renditions: [] };
  const renditions = targetPlatforms(parsed.post, config).map((platform) => renderPost(parsed.post, platform));
  return { ...base, post: parsed.post, renditions };
}
