// The whole check pipeline for a set of post files: parse → render per platform → rules. Pure.
import { parsePost } from './post/parse.ts';
import { renderPost, targetPlatforms } from './render/index.ts';
import { repoView, runRules } from './rules/index.ts';
import type { RepoView } from './rules/types.ts';
import type { ChecklistItem, Finding, HeraldConfig, Post, Rendition } from './types.ts';

export interface RepoFile {
  path: string;
  content: string | Uint8Array;
}

export interface PostReport {
  file: string;
  /** Absent when the file has parse errors; `renditions` then preview it if its front matter was read. */
  post?: Post;
  renditions: Rendition[];
  findings: Finding[];
  checklist: ChecklistItem[];
  /** The PR deletes this post file (reported only when the post is live: deleting it retracts nothing). */
  deleted?: boolean;
}

export interface CheckReport {
  posts: PostReport[];
  errors: number;
  warnings: number;
}

interface CheckInput {
  /** The post files to check. */
  files: RepoFile[];
  config: HeraldConfig;
  /** Every other post in the repository, for rules that look across posts (cadence, saturation). */
  otherPosts?: Post[];
  /** Repository paths that exist, for media references. */
  mediaExists?: (path: string) => boolean;
  /** Whether a post id has a ledger entry (published/), where the caller reads the ledger. */
  published?: (postId: string) => boolean;
  now: Date;
}

export async function checkPosts(input: CheckInput): Promise<CheckReport> {
  const parsed = input.files.map((file) => ({
    file: file.path,
    result: parsePost(file.path, file.content, { timeZone: input.config.timezone }),
  }));
  const checkedFiles = new Set(parsed.map((p) => p.file));
  const posts = parsed.flatMap((p) => (p.result.ok ? [p.result.post] : []));
  const view = repoView(
    [...(input.otherPosts ?? []).filter((p) => !checkedFiles.has(p.file)), ...posts],
    input.mediaExists ?? (() => true),
  );
  const repo: RepoView = input.published ? { ...view, published: input.published } : view;
  const reports: PostReport[] = [];
  for (const { file, result } of parsed) {
    const post = result.post;
    if (!post) {
      reports.push({ file, renditions: [], findings: result.findings, checklist: [] });
      continue;
    }
    const renditions = targetPlatforms(post, input.config).map((platform) => renderPost(post, platform));
    const ruled = runRules({ post, renditions, config: input.config, repo, now: input.now });
    // A post whose front matter was read but whose body has errors is previewed and ruled too, so the
    // reviewers see every finding at once; it stays unpublishable (no `post` in the report).
    reports.push({
      file,
      ...(result.ok ? { post } : {}),
      renditions,
      findings: result.findings.length === 0 ? ruled.findings : [...result.findings, ...ruled.findings],
      checklist: ruled.checklist,
    });
  }
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const finding of report.findings) {
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warn') warnings++;
    }
  }
  return { posts: reports, errors, warnings };
}
