// Input of the PR comment renderer.
import type { CheckReport } from '../check.ts';
import type { Tally } from '../tally/types.ts';
import type { OutsidePath } from './changed-paths.ts';
import type { HeraldConfig } from '../types.ts';
import type { LiveChange } from '../after-publish.ts';
import type { Landing } from './live-section.ts';

export interface CommentInput {
  report: CheckReport;
  tally: Tally;
  /** The PR head commit the comment describes (links point at it). */
  headSha: string;
  /** Repository web URL for file:line links, e.g. `https://github.com/owner/repo` (GHES works too). */
  repoUrl: string;
  /** Every changed path outside posts/, with what the vote makes of it (absent: none). */
  outside?: OutsidePath[];
  /** The default branch's config: its time zone says when scheduled posts go out, its platforms which are retired. */
  config?: Pick<HeraldConfig, 'timezone' | 'platforms'>;
  /** The time of the evaluation (a publish_at before it publishes on merge). */
  now?: Date;
  /** The PR's head branch and the repository it lives in (a fork's, for a fork PR), for "edit this post" links. */
  headBranch?: { repoUrl: string; name: string };
  /** Posts of the PR that are already live (the ledger says so), by file: what merging does to them. */
  live?: Record<string, LiveChange>;
  /** Where each new post lands among its day's posts, by file. */
  landing?: Record<string, Landing[]>;
  /** Where each platform's limits came from (server, config or default), one note per server read (core/server-limits.ts). */
  limitNotes?: readonly string[];
  /** Character budget; default 60,000 (GitHub rejects bodies over 65,536). Never above 65,536. */
  maxLength?: number;
}

/** Renders the one Herald PR comment (starts with COMMENT_MARKER). Pure and size-capped. */
export type RenderCommentFn = (input: CommentInput) => string;
