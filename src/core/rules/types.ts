// The shape of a guideline rule. Each rule lives in its own module under ./checks and is listed in ./registry.ts.
import type { HeraldConfig, PlatformId, Post, Rendition, Severity } from '../types.ts';
import type { OptionsSchema } from './options.ts';

/** Everything in the repository a rule may look at, as data. */
export interface RepoView {
  /** Every post in the repository, the checked ones included (cadence, sponsor saturation). */
  posts: Post[];
  mediaExists(path: string): boolean;
  /**
   * Work every post of one check shares (indexes over `posts`), built on first use under `key` and gone with
   * the view: the key names everything the work depends on besides `posts`.
   */
  shared<T>(key: string, build: () => T): T;
  /** Whether the post has a ledger entry (it was published); undefined where the ledger is not read. */
  published?: (postId: string) => boolean;
}

export interface RuleInput {
  post: Post;
  renditions: Rendition[];
  config: HeraldConfig;
  repo: RepoView;
  now: Date;
}

/** A finding as a rule produces it; runRules adds the rule id, the severity and (by default) the post's file. */
export interface Draft {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  platform?: PlatformId;
  hint?: string;
  /** Defaults to the post's file. */
  file?: string;
}

export interface RuleResult {
  findings: Draft[];
  /** Questions for humans ("Confirm DjangoCon US has a code of conduct"), shown as PR checkboxes. */
  checklist?: string[];
}

export interface RuleContext<O> extends RuleInput {
  options: O;
}

export interface Rule<O = Record<string, unknown>> {
  /** Stable kebab-case id, used in config `rules:` and in findings. */
  id: string;
  /** One line: what the rule checks. */
  description: string;
  /** Why the group cares (accessibility, the charter, the platforms). */
  rationale: string;
  defaultSeverity: Severity;
  options: OptionsSchema<O>;
  check(ctx: RuleContext<O>): RuleResult;
}
