// What Herald's vote makes of each path a PR changes outside posts/: the vote covers posts, their
// media and the config; the ledger is only ever written by the publisher; paths the default-branch
// config names in `approval.reviewed_elsewhere` are left to that review; anything else (code,
// workflows, the Action) fails the vote, so it never rides along on a post's approval.
import { matchesGlob } from 'node:path/posix';
import type { OutsidePath } from '../core/comment/changed-paths.ts';
import { CONFIG_PATH, LEDGER_DIR, POSTS_DIR } from './paths.ts';

export interface PathContext {
  /** Media the PR's posts show (repository paths). */
  media: ReadonlySet<string>;
  reviewedElsewhere: string[];
  /** The config change needs the membership vote. */
  membershipConfig: boolean;
}

export const reviewedElsewhere = (path: string, globs: string[]): boolean => globs.some((glob) => matchesGlob(path, glob));

/** Every changed path outside posts/, in the PR's order, with what the vote makes of it. */
export function outsidePaths(changed: string[], ctx: PathContext): OutsidePath[] {
  return changed
    .filter((path) => !path.startsWith(`${POSTS_DIR}/`))
    .map((path): OutsidePath => {
      if (path === CONFIG_PATH) return { path, cover: ctx.membershipConfig ? 'membership-config' : 'config' };
      if (path.startsWith(`${LEDGER_DIR}/`)) return { path, cover: 'ledger' };
      if (ctx.media.has(path)) return { path, cover: 'media' };
      if (reviewedElsewhere(path, ctx.reviewedElsewhere)) return { path, cover: 'reviewed-elsewhere' };
      return { path, cover: 'not-covered' };
    });
}
