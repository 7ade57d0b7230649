// Which repository paths Herald cares about.

export const CONFIG_PATH = '.github/herald.yml';
export const POSTS_DIR = 'posts';

/** A post file: markdown under posts/ (README.md files there are documentation, not posts). */
export function isPostPath(path: string): boolean {
  if (!path.startsWith(`${POSTS_DIR}/`) || !path.endsWith('.md')) return false;
  return path.split('/').at(-1)!.toLowerCase() !== 'readme.md';
}

/** The guard: a PR touching neither posts/ nor the config gets nothing from Herald. */
export function touchesHerald(changedPaths: string[]): boolean {
  return changedPaths.some((path) => path === CONFIG_PATH || path.startsWith(`${POSTS_DIR}/`));
}
