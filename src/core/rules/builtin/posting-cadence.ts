// Not too many posts on one day on one platform.
import { integer } from '../options.ts';
import { postTargets } from '../platforms.ts';
import { fieldPlace } from '../position.ts';
import { checkDates, postDay } from '../post-day.ts';
import type { HeraldConfig, PlatformId, Post } from '../../types.ts';
import type { Draft, RepoView, Rule } from '../types.ts';

/** A post's day and, per platform it goes to, every post going there that day (itself included). */
interface PostSlots {
  day: string;
  slots: { platform: PlatformId; posts: Post[] }[];
}

interface Grouped {
  byPost: Map<Post, PostSlots>;
  bySlot: Map<string, Post[]>;
}

/** The view's posts by day and platform: built once per check (and time zone and platforms). */
function grouped(repo: RepoView, config: HeraldConfig): Grouped {
  const key = `posting-cadence ${config.timezone} ${config.platforms.map((p) => `${p.id}:${p.enabled}:${Boolean(p.retired)}`).join(',')}`;
  return repo.shared(key, () => {
    const byPost = new Map<Post, PostSlots>();
    const bySlot = new Map<string, Post[]>();
    for (const post of repo.posts) {
      const day = postDay(post, config.timezone, checkDates(repo, config.timezone));
      if (!day) continue;
      const slots = postTargets(post, config).map((platform) => {
        const slot = `${day} ${platform}`;
        let list = bySlot.get(slot);
        if (!list) bySlot.set(slot, (list = []));
        list.push(post);
        return { platform, posts: list };
      });
      byPost.set(post, { day, slots });
    }
    return { byPost, bySlot };
  });
}

/** The post's slots; a post the view does not hold is counted with the view's posts of its day. */
function slotsOf(post: Post, repo: RepoView, config: HeraldConfig): PostSlots | undefined {
  const { byPost, bySlot } = grouped(repo, config);
  const known = byPost.get(post);
  if (known) return known;
  const day = postDay(post, config.timezone, checkDates(repo, config.timezone));
  if (!day) return undefined;
  return { day, slots: postTargets(post, config).map((platform) => ({ platform, posts: bySlot.get(`${day} ${platform}`) ?? [] })) };
}

function firstOtherFiles(posts: Post[], file: string, most: number): string[] {
  const files: string[] = [];
  for (const other of posts) {
    if (other.file === file) continue;
    files.push(other.file);
    if (files.length === most) break;
  }
  return files;
}

function slotMessage(platform: PlatformId, posts: Post[], day: string, most: number, file: string): string {
  const others = firstOtherFiles(posts, file, 6); // five are named, a sixth says there are more
  return `${platform}: ${posts.length} posts on ${day} (at most ${most}); also ${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''}`;
}

export const postingCadence: Rule<{ maxPerDay: number }> = {
  id: 'posting-cadence',
  description:
    'At most `max_per_day` posts go to one platform on one day (days in config.timezone; posts without publish_at count on the date their file name starts with, or their dated folders name: posts/2027/01/15/). The app looks at the posts whose path names a day near those of the PR, and at posts whose path names no day.',
  rationale: 'Followers mute accounts that flood their timeline; spreading posts keeps each one seen.',
  defaultSeverity: 'warn',
  options: { maxPerDay: integer('Most posts per platform per day.', 3, 1) },
  check({ post, config, repo, options }) {
    const mine = slotsOf(post, repo, config);
    if (!mine) return { findings: [] };
    const findings: Draft[] = [];
    for (const { platform, posts: same } of mine.slots) {
      if (same.length <= options.maxPerDay) continue;
      findings.push({
        ...fieldPlace(post, post.publishAt ? 'publish_at' : 'platforms'),
        platform,
        message: slotMessage(platform, same, mine.day, options.maxPerDay, post.file),
        hint: 'Move this post to another day with publish_at.',
      });
    }
    return { findings };
  },
};
