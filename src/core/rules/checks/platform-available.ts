// A post only targets platforms Herald will publish to.
import { platformConfig } from '../platforms.ts';
import { fieldPlace } from '../position.ts';
import type { Draft, Rule } from '../types.ts';

export const platformAvailable: Rule = {
  id: 'platform-available',
  description: 'Every platform the post lists is configured, enabled and not retired.',
  rationale: 'Nothing is published to a retired or disabled platform; the author should know before the vote.',
  defaultSeverity: 'warn',
  options: {},
  check({ post, config }) {
    const findings: Draft[] = [];
    const place = fieldPlace(post, 'platforms');
    for (const id of post.platforms ?? []) {
      const platform = platformConfig(config, id);
      let reason: string | undefined;
      let hint = `Remove ${id} from platforms, or enable it in ${config.file}.`;
      if (platform?.retired) {
        const { since, successor } = platform.retired;
        reason = `${id} was retired on ${since}${successor ? ` (the group moved to ${successor})` : ''}`;
        hint = successor ? `Remove ${id} from platforms; ${successor} is the group's new home.` : `Remove ${id} from platforms.`;
      } else if (!platform) reason = `${id} is not configured in ${config.file}`;
      else if (!platform.enabled) reason = `${id} is not enabled in ${config.file}`;
      if (reason) findings.push({ ...place, platform: id, message: `${reason}: this post will not be published there`, hint });
    }
    return { findings };
  },
};
