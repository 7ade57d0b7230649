// Input of the PR comment renderer.
import type { CheckReport } from '../check.ts';
import type { Tally } from '../tally/types.ts';
import type { OutsidePath } from './changed-paths.ts';

export interface CommentInput {
  report: CheckReport;
  tally: Tally;
  /** The PR head commit the comment describes (links point at it). */
  headSha: string;
  /** Repository web URL for file:line links, e.g. `https://github.com/owner/repo` (GHES works too). */
  repoUrl: string;
  /** Every changed path outside posts/, with what the vote makes of it (absent: none). */
  outside?: OutsidePath[];
  /** Character budget; default 60,000 (GitHub rejects bodies over 65,536). Never above 65,536. */
  maxLength?: number;
}

/** Renders the one Herald PR comment (starts with COMMENT_MARKER). Pure and size-capped. */
export type RenderCommentFn = (input: CommentInput) => string;
