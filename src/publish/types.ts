// What a run did, per post and platform: the Action's output, summary and PR comment are made from it.
import type { PostPlan } from '../core/plan/types.ts';
import type { PlatformId } from '../core/types.ts';

export type PlatformOutcome =
  | { platform: PlatformId; status: 'live'; urls: string[]; recovered: number }
  | { platform: PlatformId; status: 'failed'; error: string; urls: string[] }
  /** Another run claimed these parts first (seen when our push was rejected). */
  | { platform: PlatformId; status: 'taken' }
  | { platform: PlatformId; status: 'dry-run'; requests: number }
  /** A correction: `urls` the live parts edited (or left), `appended` parts sent as replies, `removed` parts the new text no longer has. */
  | {
      platform: PlatformId;
      status: 'corrected';
      action: 'edit' | 'reply' | 'leave';
      urls: string[];
      appended: string[];
      removed: string[];
      note?: string;
    }
  /** A retraction: the deleted parts' (former) urls. */
  | { platform: PlatformId; status: 'deleted'; urls: string[] }
  /** Live copies Herald cannot delete: to be removed by hand. */
  | { platform: PlatformId; status: 'by-hand'; urls: string[]; note: string };

export interface PostOutcome {
  postId: string;
  file: string;
  plan: PostPlan;
  platforms: PlatformOutcome[];
}

export interface RunOutcome {
  posts: PostOutcome[];
  failed: boolean;
}
