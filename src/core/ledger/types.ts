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
}

export interface LedgerEntry {
  postId: string;
  /** Where the post file was when last planned (renames update it). */
  file: string;
  /** `sha256:<hex>` of the post file's bytes when first planned: matches renamed posts and detects edits. */
  contentHash: string;
  /** Set while the post waits for its publish_at (the scheduled run looks for these). */
  scheduledFor?: string;
  platforms: Partial<Record<PlatformId, LedgerPart[]>>;
  /** One line per run that failed to publish on a platform (read by the quarterly report). */
  failures?: LedgerFailure[];
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
