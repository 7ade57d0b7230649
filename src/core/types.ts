// The data every part of Herald shares. Pure types: no runtime code lives here.

export const PLATFORM_IDS = [
  'mastodon',
  'bluesky',
  'x',
  'linkedin',
  'threads',
  'discord',
  'slack',
  'discourse',
  'facebook',
  'instagram',
  'reddit',
  'pinterest',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** A place in a repository file, 1-based. */
export interface SourceSpan {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type Severity = 'off' | 'warn' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;

/** One thing a rule (or the parser) has to say about a file. */
export interface Finding extends SourceSpan {
  ruleId: string;
  severity: ActiveSeverity;
  message: string;
  platform?: PlatformId;
  /** What the author can do about it. */
  hint?: string;
}

/** A question for humans that no rule can answer, shown as a checkbox on the PR. */
export interface ChecklistItem {
  id: string;
  file: string;
  text: string;
}

// ---------------------------------------------------------------- posts

export interface Media {
  /** Repository-relative, normalised path (never outside the repo). */
  path: string;
  alt: string;
  credit?: string;
  kind: 'image' | 'video' | 'gif';
  line: number;
  column: number;
}

/** One part of a thread (a single post is a thread of one part). */
export interface PostPart {
  /** Markdown text of this part with the media references removed. */
  text: string;
  media: Media[];
  /** File line and column where this part's text starts (for findings). */
  line: number;
  column: number;
}

export interface Poll {
  options: string[];
  /** How long it stays open (Threads polls always last 24 hours). */
  hours: number;
  /** Voters may pick several options (Mastodon only). */
  multiple: boolean;
}

export type Visibility = 'public' | 'unlisted' | 'private' | 'direct';

export interface Post {
  /** Repository-relative path, e.g. `posts/2026-12-01-django-6-0.md`. */
  file: string;
  /** Stable id: the file name without directory and `.md`; the ledger key. */
  id: string;
  /** Explicit targets; undefined means every platform enabled in the config. */
  platforms?: PlatformId[];
  /** The default text, cross-posted unless overridden. */
  parts: PostPart[];
  /** Per-platform replacement texts (each may itself be a thread). */
  overrides: Partial<Record<PlatformId, PostPart[]>>;
  replyTo?: string;
  quote?: string;
  repost?: string;
  /** A poll on the first part (Mastodon, X, Threads; a finding elsewhere). */
  poll?: Poll;
  /** Title for the platforms whose posts have one (Reddit, Pinterest); else their first line is used. */
  title?: string;
  contentWarning?: string;
  language?: string;
  visibility?: Visibility;
  publishAt?: Date;
  /** Bluesky: build a link card for the first link (default true). */
  linkCard: boolean;
  /** Link to the code of conduct of an event the post promotes. */
  codeOfConduct?: string;
  /** Content outside the group's agreed goals: needs the board liaison too. */
  outsideGoals: boolean;
  /** A sponsor campaign for this sponsor name: needs the board liaison too. */
  sponsor?: string;
  tags: string[];
  /**
   * For an already published post that is edited: on platforms that cannot edit in place
   * (core/corrections.ts), publish `reply` in the thread, or `leave` the live post as it is.
   */
  correction?: { reply: string } | 'leave';
  /** Take the live copies down (where the platform can delete) once the vote passes; needs `retractReason`. */
  retract?: boolean;
  retractReason?: string;
  /** Line of each front matter key, for findings about fields. */
  fieldLines: Record<string, number>;
}

// ---------------------------------------------------------------- config

export interface PlatformLimits {
  /** Characters (as the platform counts them) per post. */
  characters?: number;
  /** UTF-8 bytes per post, where the platform has such a limit. */
  bytes?: number;
  altText?: number;
  media?: number;
}

export interface PlatformConfig {
  id: PlatformId;
  enabled: boolean;
  /** Retired platforms get nothing; the report keeps their history. */
  retired?: { since: string; successor?: string };
  server?: string;
  account?: string;
  limits: PlatformLimits;
  /** Characters each URL counts as, where the server says (Mastodon's characters_reserved_per_url); read at the edge. */
  urlLength?: number;
  /** Discourse category, Slack channel name etc. */
  options: Record<string, string | number | boolean>;
}

export type Role = 'chair' | 'co-chair' | 'board-liaison' | 'member';

export interface RosterMember {
  login: string;
  name?: string;
  roles: Role[];
  /** Inclusive ISO dates (YYYY-MM-DD) in the config's time zone. */
  termStart: string;
  termEnd: string;
  admins: PlatformId[];
  line: number;
}

export interface ApprovalPolicy {
  /** Approvals given before the post files last changed do not count. */
  staleApprovals: 'ignore' | 'count';
  /** The PR author, if an active member, counts as approving. */
  authorApproves: boolean;
  /** PR label that marks content outside the agreed goals. */
  outsideGoalsLabel: string;
  /**
   * Globs (`docs/**`, `README.md`) of paths outside posts/ that another review covers (e.g. CODEOWNERS):
   * a PR changing them is not failed for it. Anything else outside posts/ and the config fails the vote.
   */
  reviewedElsewhere?: string[];
  /** The app asks active members who have not voted for a review, once per member and PR. */
  requestReviews?: boolean;
}

/** What the publisher demands of a post before sending it (the `publish:` config section). */
export interface PublishPolicy {
  /** Publish only what a merged PR's passed "Herald vote" approved (post and media blobs). */
  requireVote: boolean;
  /** Slugs of the apps whose "Herald vote" check run counts. */
  voteApps: string[];
  /** Globs of posts that may reach the default branch without a vote (a trusted feed's folder). */
  trustedPaths: string[];
}

export type RuleSetting = Severity | [Severity, Record<string, unknown>];

export interface FeedConfig {
  url: string;
  name: string;
  template: string;
  language?: string;
  trusted: boolean;
  platforms?: PlatformId[];
}

export interface HeraldConfig {
  /** Path the config was read from (for findings). */
  file: string;
  timezone: string;
  platforms: PlatformConfig[];
  roster: RosterMember[];
  approval: ApprovalPolicy;
  governance: { termMonths: number; renewalNoticeDays: number };
  rules: Record<string, RuleSetting>;
  /** Where each `rules:` key is written, so findings about rule settings point at it. */
  ruleLines?: Record<string, { line: number; column: number }>;
  words: {
    acronyms: string[];
    hashtags: string[];
    sponsors: string[];
    shorteners: string[];
    trackingParameters: string[];
    sensitiveTopics: Record<string, string[]>;
    inclusiveIgnore: string[];
  };
  feeds: FeedConfig[];
  publish: PublishPolicy;
}

// ---------------------------------------------------------------- rendering

export interface Facet {
  /** UTF-8 byte offsets into the rendered text (Bluesky). */
  byteStart: number;
  byteEnd: number;
  kind: 'link' | 'tag' | 'mention';
  value: string;
}

export interface Count {
  /** Length as the platform counts it. */
  used: number;
  limit: number;
  /** For platforms with a byte limit too (Bluesky). */
  bytes?: { used: number; limit: number };
  /** Index in the text (UTF-16) where the overflow starts, when over. */
  overflowAt?: number;
  /** Index in the text (UTF-16) of a character the platform refuses whatever the length (X: U+FFFE, U+FEFF, U+FFFF). */
  invalidAt?: number;
}

export interface RenderedPart {
  text: string;
  media: Media[];
  facets: Facet[];
  count: Count;
  /** Source position of the part, for findings. */
  line: number;
  column: number;
}

/** Exactly what one platform will receive for one post. */
export interface Rendition {
  platform: PlatformId;
  /**
   * Platforms with a native spoiler (Threads): the post has a content warning, shown as the visible
   * `CW:` line of the first part; everything after it, and every later part, goes behind the spoiler.
   */
  spoiler?: { firstPartFrom: number };
  postId: string;
  file: string;
  parts: RenderedPart[];
  contentWarning?: string;
  language?: string;
  visibility?: Visibility;
  replyTo?: string;
  quote?: string;
  repost?: string;
  /** The post's `title`, for platforms whose posts have one. */
  title?: string;
  /** The post's poll, for platforms that have polls. */
  poll?: Poll;
  linkCard: boolean;
}
