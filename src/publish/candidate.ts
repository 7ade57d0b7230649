// A post file at the run's commit as the plan sees it: parsed, checked, hashed, rendered for its platforms.
// gather.ts imports this module only when the run has posts to look at (its libraries cost cold start).
import { checkPosts } from '../core/check.ts';
import { contentHash } from '../core/ledger/keys.ts';
import type { PlanCandidate } from '../core/plan/types.ts';
import { parsePost } from '../core/post/parse.ts';
import { renderPost, targetPlatforms } from '../core/render/index.ts';
import { postingCadence } from '../core/rules/builtin/posting-cadence.ts';
import { sponsorSaturation } from '../core/rules/builtin/sponsor-saturation.ts';
import type { HeraldConfig, Post } from '../core/types.ts';
import type { BatchReader } from '../git/batch.ts';
import type { TreeEntry } from '../git/read.ts';

export interface CandidateSource {
  file: string;
  change: PlanCandidate['change'];
  previousFile?: string;
}

/** Git modes of a regular file; a symbolic link (120000) holds only its target's path, never what the vote saw. */
const REGULAR_MODES = new Set(['100644', '100755']);

export interface ReadCandidates {
  sources: (CandidateSource & { blob: string })[];
  /** Why a file may not be published (a post id collision), by path. */
  refused: Record<string, string>;
  reader: BatchReader;
  tree: Map<string, TreeEntry>;
  /** Every post path at the tip. */
  posts: string[];
  config: HeraldConfig;
  now: Date;
}

/** The sources read at their blobs and checked together, as `herald check` checks them. */
export async function readCandidates(options: ReadCandidates): Promise<PlanCandidate[]> {
  const { sources, reader, tree, posts, config, refused } = options;
  const files = [];
  for (const source of sources) {
    const object = await reader.object(source.blob);
    if (object?.type === 'blob') files.push({ source, bytes: object.bytes });
  }
  const report = await checkPosts({
    files: files.map((f) => ({ path: f.source.file, content: f.bytes })),
    config,
    otherPosts: acrossPostsCanRefuse(config) ? await otherPosts(reader, tree, posts, new Set(files.map((f) => f.source.file))) : [],
    mediaExists: (path) => tree.has(path),
    now: options.now,
  });
  return files.map(({ source, bytes }, i) => {
    const { blob, ...rest } = source;
    // A symbolic link (mode 120000) keeps its own refusal: the check only read the path it holds.
    const made = candidate(rest, bytes, config, tree.get(source.file)!.mode);
    if (!made.findings.some((f) => f.ruleId === 'regular-file')) made.findings = report.posts[i]!.findings;
    if (refused[source.file]) made.refused = refused[source.file];
    made.blob = blob;
    return made;
  });
}

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

// The rules that look across posts; warnings by default, and only an error refuses a post, so the other
// posts are read only when the config makes one of these an error.
const ACROSS_POSTS = [postingCadence.id, sponsorSaturation.id];

function acrossPostsCanRefuse(config: HeraldConfig): boolean {
  return ACROSS_POSTS.some((id) => {
    const setting = config.rules[id];
    return (Array.isArray(setting) ? setting[0] : setting) === 'error';
  });
}

/** Every other post at the tip, for the rules that look across posts (cadence, sponsors), as `herald check` reads them. */
async function otherPosts(reader: BatchReader, tree: Map<string, TreeEntry>, posts: string[], skip: Set<string>): Promise<Post[]> {
  const out: Post[] = [];
  for (const file of posts) {
    if (skip.has(file)) continue;
    const object = await reader.object(tree.get(file)!.oid);
    const parsed = object?.type === 'blob' ? parsePost(file, object.bytes) : undefined;
    if (parsed?.ok) out.push(parsed.post);
  }
  return out;
}
