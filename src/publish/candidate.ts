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

/** Git modes of a regular file; a symbolic link (120000) holds only its target's path, never what the vote saw. */
const REGULAR_MODES = new Set(['100644', '100755']);

export function candidate(source: CandidateSource, bytes: Buffer, config: HeraldConfig, mode = '100644'): PlanCandidate {
  if (!REGULAR_MODES.has(mode)) {
    const what = mode === '120000' ? 'a symbolic link in git' : `not a regular file in git (mode ${mode})`;
    const message = `${what}: Herald publishes only regular files`;
    return {
      ...source,
      contentHash: contentHash(bytes),
      findings: [
        {
          ruleId: 'regular-file',
          severity: 'error',
          file: source.file,
          line: 1,
          column: 1,
          message,
          hint: 'Commit the post itself, not a link to it.',
        },
      ],
      renditions: [],
    };
  }
  const parsed = parsePost(source.file, bytes);
  const base = { ...source, contentHash: contentHash(bytes), findings: parsed.findings };
  if (!parsed.ok) return { ...base, renditions: [] };
  const renditions = targetPlatforms(parsed.post, config).map((platform) => renderPost(parsed.post, platform));
  return { ...base, post: parsed.post, renditions };
}
