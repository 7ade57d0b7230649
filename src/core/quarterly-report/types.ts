// What the quarterly report is made from: everything is fetched or read by the edge, then handed in as data.
import type { LedgerEntry } from '../ledger/types.ts';
import type { Review } from '../tally/types.ts';
import type { PlatformConfig, PlatformId, RosterMember, ApprovalPolicy } from '../types.ts';

export interface ReportPeriod {
  /** Inclusive dates, YYYY-MM-DD, in the config's time zone. */
  start: string;
  end: string;
  /** e.g. "2026Q3" or "2026-07-01 to 2026-09-30". */
  label: string;
}

/** A merged pull request that added posts: the vote on it. */
export interface VoteRecord {
  number: number;
  title: string;
  author: string;
  openedAt: string;
  mergedAt: string;
  reviews: Review[];
}

/** Failed publish attempts of one post on one platform in the period (from the ledger's failure log). */
export interface FailureRecord {
  postId: string;
  platform: PlatformId;
  /** The first failure in the period. */
  at: string;
  /** The last failure's message. */
  message: string;
  /** Runs that failed. */
  attempts: number;
  /** Whether a later run published it after all. */
  recovered: boolean;
}

export interface EngagementRecord {
  postId: string;
  platform: PlatformId;
  url: string;
  likes?: number;
  reposts?: number;
  replies?: number;
}

/** A number the report could not get, and why (fetching metrics fails soft per platform). */
export interface MissingMetric {
  platform: PlatformId;
  what: string;
  reason: string;
}

export interface ReportInput {
  period: ReportPeriod;
  timezone: string;
  platforms: PlatformConfig[];
  roster: RosterMember[];
  policy: ApprovalPolicy;
  ledger: LedgerEntry[];
  votes: VoteRecord[];
  /** Why the votes could not be fetched (then `votes` is empty and the report says so). */
  votesMissing?: string;
  failures: FailureRecord[];
  engagement: EngagementRecord[];
  followers: Partial<Record<PlatformId, number>>;
  missing: MissingMetric[];
  /** File name the markdown uses for the chart image. */
  chartFile: string;
}

export interface Report {
  markdown: string;
  svg: string;
}
