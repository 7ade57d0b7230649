// A post only targets platforms Herald will publish to.
import { platformConfig } from '../platforms.ts';
import { fieldPlace } from '../position.ts';
import type { PlatformId, PostPart } from '../../types.ts';
import type { Draft, Rule } from '../types.ts';

export const platformAvailable: Rule = {
  id: 'platform-available',
  description: 'Every platform the post lists, or has an override for, is configured, enabled and not retired.',
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
    // Without platforms: the post goes to every enabled platform, so an override for another one is never used.
    if (!post.platforms) {
      for (const [id, parts] of Object.entries(post.overrides) as [PlatformId, PostPart[]][]) {
        const platform = platformConfig(config, id);
        if (platform?.enabled && !platform.retired) continue;
        const state = platform?.retired
          ? `was retired on ${platform.retired.since}`
          : platform
            ? `is not enabled in ${config.file}`
            : `is not configured in ${config.file}`;
        const at = parts[0] ?? fieldPlace(post, 'overrides');
        findings.push({
          line: at.line,
          column: at.column,
          platform: id,
          message: `${id} override: ${id} ${state}, so this override is never used`,
          hint: `Remove the ${id} override, or enable ${id} in ${config.file}.`,
        });
      }
    }
    return { findings };
  },
};
