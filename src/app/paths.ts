// Which repository paths Herald cares about.

export const CONFIG_PATH = '.github/herald.yml';
export const POSTS_DIR = 'posts';
/** The publish ledger: written only by the publisher, never by a PR. */
export const LEDGER_DIR = 'published';

/** A post file: markdown under posts/ (README.md files there are documentation, not posts). */
export function isPostPath(path: string): boolean {
  if (!path.startsWith(`${POSTS_DIR}/`) || !path.endsWith('.md')) return false;
  return path.split('/').at(-1)!.toLowerCase() !== 'readme.md';
}

/**
 * The guard: a PR gets nothing from Herald only when every path it changes is reviewed elsewhere
 * (`approval.reviewed_elsewhere`). Anything else (a post, the config, the ledger, code) gets the checks.
 */
export function needsHerald(changedPaths: string[], isReviewedElsewhere: (path: string) => boolean): boolean {
  return changedPaths.some((path) => path === CONFIG_PATH || path.startsWith(`${POSTS_DIR}/`) || !isReviewedElsewhere(path));
}
