// The publication ledger: one human-readable file per post, `published/<post-id>.yml` on the
// `herald/ledger` branch (only the publish job writes it). Pure types.
import type { PlatformId } from '../types.ts';

/**
 * `intent`: a run claimed this part and may have sent it (recover with findPart before sending again).
 * `live`: the part is on the platform; never send it again.
 */
export type PartState = 'intent' | 'live';

export interface LedgerPart {
  index: number;
  /** Deterministic key of (post, platform, part): what adapters use for idempotency and recovery. */
  key: string;
  state: PartState;
  /** The run that wrote the intent (GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT, or a random id locally). */
  run: string;
  intentAt: string;
  id?: string;
  url?: string;
  liveAt?: string;
  /** Handles later thread parts need (Bluesky cid, Slack channel ...). */
  ref?: Record<string, string>;
  /** When a retraction deleted this part (its id and url are kept: the history stays). */
  deletedAt?: string;
}

export interface LedgerEntry {
  postId: string;
  /** Where the post file was when last planned (renames update it). */
  file: string;
  /** `sha256:<hex>` of the post file's bytes when first planned: matches renamed posts and detects edits. */
  contentHash: string;
  /**
   * The git blob of the same bytes (written since corrections exist): a run compares it with the tip's
   * tree without reading the file, so a correction merged in a run GitHub cancelled is still found.
   */
  blob?: string;
  /** Set while the post waits for its publish_at (the scheduled run looks for these). */
  scheduledFor?: string;
  platforms: Partial<Record<PlatformId, LedgerPart[]>>;
  /** One line per run that failed to publish on a platform (read by the quarterly report). */
  failures?: LedgerFailure[];
  /** Corrections and retractions of the live post, oldest first (core/ledger/revisions.ts). */
  revisions?: LedgerRevision[];
}

/**
 * A change to the live post after publication, approved by a vote: a correction brings the live
 * copies to the content `content` (edits, appended parts, a correction reply), a retraction deletes
 * them. Each step is an intent before the request and done after, like parts: a re-run finishes only
 * what is not done. `contentHash` of the entry moves to `content` once every step is done.
 */
export interface LedgerRevision {
  kind: 'correction' | 'retraction';
  /** The post file's hash this revision is for. */
  content: string;
  /** The entry's content hash before it (what was live). */
  previous: string;
  run: string;
  at: string;
  /** The vote that approved it: the merged pull request, its head and the "Herald vote" check run. */
  approval?: RevisionApproval;
  /** Why the post came down (retractions). */
  reason?: string;
  steps: RevisionStep[];
  /** What this revision leaves as it is, per platform, and why (no API to edit or delete, parts removed). */
  left?: { platform: PlatformId; parts: number[]; note: string }[];
  doneAt?: string;
}

export interface RevisionApproval {
  pull?: number;
  head?: string;
  checkRun?: number;
  /** Logins whose latest review at the head approved. */
  approvers?: string[];
}

export interface RevisionStep {
  platform: PlatformId;
  part: number;
  /** reply: the correction reply, sent as part `part` of the thread (the part itself is in `platforms`). */
  action: 'edit' | 'delete' | 'reply';
  state: 'intent' | 'done';
  /** The run that wrote the intent (a step claimed by another run is left to it). */
  run: string;
  at: string;
  doneAt?: string;
  /** A correction reply's text as `sha256:<hex>`: a later correction with the same reply does not post it again. */
  digest?: string;
  /** What the platform said: edited, deleted, gone (a 404: already deleted), unchanged (recovered: it had the text). */
  result?: 'edited' | 'deleted' | 'gone' | 'unchanged';
}

export interface LedgerFailure {
  platform: PlatformId;
  run: string;
  /** ISO time of the failure. */
  at: string;
  /** What the platform said, one line. */
  message: string;
}

/** A part as it is live on a platform (platforms/types.ts adapters return this shape). */
export interface LivePart {
  index: number;
  /** Platform's id for the post (status id, at-uri, tweet id, message ts ...). */
  id: string;
  url: string;
  /** Extra handles later parts need (Bluesky cid, Slack channel ...). */
  ref?: Record<string, string>;
}
