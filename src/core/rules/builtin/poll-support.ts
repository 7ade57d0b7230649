// A poll goes only where the platform has polls, within what each accepts.
import { PROFILES } from '../../profiles.ts';
import { fieldPlace } from '../position.ts';
import type { Draft, Rule } from '../types.ts';

export const pollSupport: Rule = {
  id: 'poll-support',
  description:
    'A post with a poll targets platforms that have polls (Mastodon, X, Threads), within their option length, duration and media rules.',
  rationale: 'Elsewhere the poll would silently vanish and the post would ask a question nobody can answer.',
  defaultSeverity: 'error',
  options: {},
  check({ post, renditions }) {
    const findings: Draft[] = [];
    const poll = post.poll;
    if (!poll) return { findings };
    const place = fieldPlace(post, 'poll');
    for (const { platform, parts } of renditions) {
      const { polls, name } = PROFILES[platform];
      const say = (message: string, hint: string) => findings.push({ ...place, platform, message: `${platform}: ${message}`, hint });
      if (!polls) {
        say(
          `${name} has no polls: the poll would not be published there`,
          `Remove ${platform} from platforms, or ask the question in the text (overrides.${platform}).`,
        );
        continue;
      }
      const long = poll.options.find((o) => [...o].length > polls.optionLength);
      if (long) say(`poll option "${long.slice(0, 40)}" is longer than ${polls.optionLength} characters`, 'Shorten the option.');
      if (poll.hours > polls.maxHours)
        say(`a poll stays open at most ${polls.maxHours} hours on ${name} (asked ${poll.hours})`, `Use hours: ${polls.maxHours} or less.`);
      if (poll.multiple && !polls.multiple)
        say(`${name} polls take one choice only (multiple: true is not possible)`, 'Remove multiple, or leave this platform out.');
      if ((parts[0]?.media.length ?? 0) > 0)
        say(`a poll cannot go with media in the same post`, 'Move the media to a later part of the thread.');
    }
    return { findings };
  },
};
