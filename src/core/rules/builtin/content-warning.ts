// Posts about sensitive topics carry a content warning.
import { draftAt, textSources } from '../position.ts';
import { findTerms } from '../terms.ts';
import type { Draft, Rule } from '../types.ts';

export const contentWarning: Rule = {
  id: 'content-warning',
  description: 'A post that mentions a term from words.sensitive_topics has a content_warning.',
  rationale:
    'Readers choose whether to read about distressing topics; Mastodon hides the post behind the warning, other platforms show it first.',
  defaultSeverity: 'error',
  options: {},
  check({ post, config }) {
    if (post.contentWarning?.trim()) return { findings: [] };
    const findings: Draft[] = [];
    for (const [topic, terms] of Object.entries(config.words.sensitiveTopics)) {
      for (const source of textSources(post)) {
        const match = findTerms(source.text, terms)[0];
        if (!match) continue;
        findings.push(
          draftAt(
            source,
            match.offset,
            match.text.length,
            `mentions '${match.text}' (topic: ${topic}) but the post has no content_warning`,
            {
              hint: `Add \`content_warning: ${topic}\` (or a clearer wording) to the front matter.`,
            },
          ),
        );
        break;
      }
    }
    return { findings };
  },
};
