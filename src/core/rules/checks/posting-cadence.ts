// Not too many posts on one day on one platform.
import { integer } from '../options.ts';
import { postTargets } from '../platforms.ts';
import { fieldPlace } from '../position.ts';
import { postDay } from '../post-day.ts';
import type { HeraldConfig, PlatformId, Post } from '../../types.ts';
import type { Draft, Rule } from '../types.ts';

// runRules sees the same repo view for every post of a check: count once per view and time zone.
const cache = new WeakMap<Post[], Map<string, Map<string, Post[]>>>();

function postsByDayAndPlatform(posts: Post[], config: HeraldConfig): Map<string, Post[]> {
  let perZone = cache.get(posts);
  if (!perZone) cache.set(posts, (perZone = new Map()));
  const key = `${config.timezone}\n${config.platforms.map((p) => `${p.id}:${p.enabled}:${Boolean(p.retired)}`).join(',')}`;
  let counts = perZone.get(key);
  if (!counts) {
    counts = new Map();
    for (const post of posts) {
      const day = postDay(post, config.timezone);
      if (!day) continue;
      for (const platform of postTargets(post, config)) {
        const slot = `${day} ${platform}`;
        const list = counts.get(slot);
        if (list) list.push(post);
        else counts.set(slot, [post]);
      }
    }
    perZone.set(key, counts);
  }
  return counts;
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

export const postingCadence: Rule<{ maxPerDay: number }> = {
  id: 'posting-cadence',
  description: 'At most `maxPerDay` posts go to one platform on one day (days in config.timezone; posts without publish_at count on the date their file name starts with).',
  rationale: 'Followers mute accounts that flood their timeline; spreading posts keeps each one seen.',
  defaultSeverity: 'warn',
  options: { maxPerDay: integer('Most posts per platform per day.', 3, 1) },
  check({ post, config, repo, options }) {
    const day = postDay(post, config.timezone);
    if (!day) return { findings: [] };
    const slots = postsByDayAndPlatform(repo.posts, config);
    const findings: Draft[] = [];
    for (const platform of postTargets(post, config) as PlatformId[]) {
      const same = slots.get(`${day} ${platform}`) ?? [];
      if (same.length <= options.maxPerDay) continue;
      const others = firstOtherFiles(same, post.file, 6); // five are named, a sixth says there are more
      findings.push({
        ...fieldPlace(post, post.publishAt ? 'publish_at' : 'platforms'),
        platform,
        message: `${platform}: ${same.length} posts on ${day} (at most ${options.maxPerDay}); also ${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''}`,
        hint: 'Move this post to another day with publish_at.',
      });
    }
    return { findings };
  },
};
