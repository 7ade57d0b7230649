// The post says what language it is in.
import type { Rule } from '../types.ts';

export const languagePresent: Rule = {
  id: 'language-present',
  description: 'The post has a `language` (a BCP 47 tag such as en or pt-BR).',
  rationale: 'Screen readers pick their voice by language, and Mastodon and Bluesky filter timelines by it.',
  defaultSeverity: 'warn',
  options: {},
  check({ post }) {
    if (post.language?.trim()) return { findings: [] };
    return {
      findings: [
        {
          line: 1,
          column: 1,
          message: 'the post has no language',
          hint: 'Add `language: en` (or the language it is written in) to the front matter.',
        },
      ],
    };
  },
};
