// The ledger's baseline: the posts that were already in the repository when Herald's ledger branch was
// created. Herald never publishes them (a group adopting Herald does not want its archive re-posted),
// and matches them by path or by content (a baseline post moved to another folder is still one). Pure.
import { parseDocument, stringify } from 'yaml';
import { InputError } from '../errors.ts';

export const BASELINE_FILE = 'baseline.yml';

export interface Baseline {
  /** The default-branch commit whose posts/ the baseline lists. */
  commit: string;
  createdAt: string;
  posts: { file: string; blob: string }[];
}

const HEADER =
  '# Herald baseline: posts that were on the default branch before this ledger existed.\n' +
  '# Herald never publishes them. Remove a line (on this branch) to let a run publish that post.\n';

export function serialiseBaseline(baseline: Baseline): string {
  return HEADER + stringify({ commit: baseline.commit, created_at: baseline.createdAt, posts: baseline.posts }, { lineWidth: 0 });
}

export function parseBaseline(text: string): Baseline {
  const doc = parseDocument(text, { prettyErrors: false });
  const value = doc.errors.length === 0 ? (doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> | null) : null;
  const posts = value?.['posts'] ?? [];
  const valid =
    value !== null &&
    typeof value['commit'] === 'string' &&
    Array.isArray(posts) &&
    posts.every((p) => typeof p === 'object' && p !== null && typeof p.file === 'string' && typeof p.blob === 'string');
  if (!valid) {
    throw new InputError({ file: BASELINE_FILE, line: 1, column: 1 }, 'expected commit, created_at and posts: [{ file, blob }]', {
      hint: "the baseline is written by Herald on the herald/ledger branch; restore it from that branch's history",
    });
  }
  return { commit: value['commit'] as string, createdAt: String(value['created_at'] ?? ''), posts: posts as Baseline['posts'] };
}

/** Whether a post at `file` with git blob `blob` was there before the ledger. */
export function baselineMatcher(baseline: Baseline | undefined): (file: string, blob: string) => boolean {
  const files = new Set(baseline?.posts.map((p) => p.file));
  const blobs = new Set(baseline?.posts.map((p) => p.blob));
  return (file, blob) => files.has(file) || blobs.has(blob);
}
