// What the publisher will do, decided purely from data: a discriminated union the publisher switches on.
import type { LedgerEntry } from '../ledger/types.ts';
import type { Finding, HeraldConfig, PlatformId, Post, Rendition } from '../types.ts';

export type RunMode = 'push' | 'schedule' | 'retry';

/** A post file the run looks at: changed by the push, due by schedule, or named for a retry. */
export interface PlanCandidate {
  /** Repository path at the run's commit. */
  file: string;
  /** The path before a rename or move (git diff -M). */
  previousFile?: string;
  change: 'added' | 'modified' | 'renamed' | 'scheduled' | 'retry';
  contentHash: string;
  /** The file's git blob at the run's commit (the ledger keeps it beside the content hash). */
  blob?: string;
  /** Undefined when the file does not parse (see findings). */
  post?: Post;
  findings: Finding[];
  /** The post rendered for each of its target platforms. */
  renditions: Rendition[];
  /** Why this file may not be published at all (a post id collision), found while gathering. */
  refused?: string;
}

export interface PlanInput {
  mode: RunMode;
  candidates: PlanCandidate[];
  /** Ledger entries by post id: the candidates' ids, their previous ids, and content matches. */
  ledgers: Record<string, LedgerEntry>;
  /** Post ids whose ledger holds a given content hash (a post moved without git seeing a rename). */
  contentMatches: Record<string, string[]>;
  config: HeraldConfig;
  now: Date;
  /** The platform filter input; undefined means all. */
  platforms?: PlatformId[];
  /** Post ids whose ledger has work left (claimed, scheduled) but whose file is gone from the default branch. */
  missing?: string[];
}

export interface PartWork {
  index: number;
  key: string;
  /** The ledger holds an intent from an earlier run: ask the platform (findPart) before sending. */
  recover: boolean;
}

export interface PlannedTarget {
  platform: PlatformId;
  rendition: Rendition;
  /** Parts still to publish, in order (parts already live are left out). */
  parts: PartWork[];
  /** How many parts the thread has in all (for "part 2/3"). */
  total: number;
}

type SkipReason = 'retired' | 'disabled' | 'filtered' | 'live' | 'edited';

export interface SkippedPlatform {
  platform: PlatformId;
  reason: SkipReason;
}

/** A live part to change (edit or delete); `recover`: an earlier run wrote the intent and may have sent it. */
export interface LiveWork {
  index: number;
  recover: boolean;
}

/** What a correction does on one platform (core/corrections.ts says which platforms can edit). */
export interface CorrectionTarget {
  platform: PlatformId;
  /** edit: the live parts get the new text; reply: a correction reply in the thread; leave: nothing is sent. */
  action: 'edit' | 'reply' | 'leave';
  /** The new rendition (edit), or one whose appended part is the correction reply (reply). */
  rendition: Rendition;
  /** Live parts to edit to the new rendition's text, in order. */
  edits: LiveWork[];
  /** Parts sent as replies at the end of the live thread: a longer thread's new parts, or the correction reply. */
  append?: PlannedTarget;
  /** Live parts the new rendition no longer has: left as they are, and reported. */
  removed: number[];
  /** Why a platform is left as it is. */
  note?: string;
}

/** What a retraction does on one platform. */
export interface RetractTarget {
  platform: PlatformId;
  deletes: LiveWork[];
}

/** Live copies Herald cannot delete: a person removes them (the note says why). */
export interface ByHand {
  platform: PlatformId;
  urls: string[];
  note: string;
}

/** The vote behind a correction or retraction, recorded in the ledger (publish/approval.ts finds it). */
export interface ApprovedBy {
  pull?: number;
  head?: string;
  checkRun?: number;
  approvers?: string[];
}

interface Base {
  postId: string;
  file: string;
  contentHash: string;
  /** The candidate's git blob, when the run knows it. */
  blob?: string;
  /** The post's ledger entry before this run, if any. */
  ledger?: LedgerEntry;
}

export type PostPlan =
  | (Base & { status: 'publish'; targets: PlannedTarget[]; skipped: SkippedPlatform[]; edited: boolean })
  | (Base & { status: 'scheduled'; publishAt: Date })
  /** Everything targeted is already live (a re-run, or a change that needs nothing). */
  | (Base & { status: 'published'; skipped: SkippedPlatform[] })
  /** An already published post was edited: reported, never re-posted. */
  | (Base & { status: 'edited'; skipped: SkippedPlatform[] })
  /** An already published post was edited: the live copies are corrected (edited, replied to, or left). */
  | (Base & { status: 'correct'; targets: CorrectionTarget[]; skipped: SkippedPlatform[]; approvedBy?: ApprovedBy })
  /** `retract: true` on a live post: its live copies are deleted where the API allows, the rest reported. */
  | (Base & { status: 'retract'; reason: string; targets: RetractTarget[]; byHand: ByHand[]; approvedBy?: ApprovedBy })
  /** Retracted earlier: nothing of it is sent, edited or deleted again. */
  | (Base & { status: 'retracted' })
  /** An already published post was renamed or moved: `ledger` is the entry under its old id. */
  | (Base & { status: 'renamed'; previousId: string })
  /** No platform is left to publish to (all retired, disabled or filtered out). */
  | (Base & { status: 'nothing'; skipped: SkippedPlatform[] })
  /** The post (or one of the posts checked) has error findings under the default-branch config. */
  | (Base & { status: 'invalid'; findings: Finding[] })
  /** Not what a passed vote approved, or not publishable at all: `reason` says why (never silently skipped). */
  | (Base & { status: 'refused'; reason: string; pull?: number })
  /** The ledger has work left for this post but its file is gone: what is live stays, nothing more is sent. */
  | (Base & { status: 'missing' });

export interface PublishPlan {
  mode: RunMode;
  posts: PostPlan[];
}
