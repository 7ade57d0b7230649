// What a run did, per post and platform: the Action's output, summary and PR comment are made from it.
import type { PostPlan } from '../core/plan/types.ts';
import type { PlatformId } from '../core/types.ts';

export type PlatformOutcome =
  | { platform: PlatformId; status: 'live'; urls: string[]; recovered: number }
  | { platform: PlatformId; status: 'failed'; error: string; urls: string[] }
  /** Another run claimed these parts first (seen when our push was rejected). */
  | { platform: PlatformId; status: 'taken' }
  | { platform: PlatformId; status: 'dry-run'; requests: number };

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
