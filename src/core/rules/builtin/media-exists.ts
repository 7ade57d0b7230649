// Media files exist in the repository.
import { allMedia } from '../media.ts';
import type { Draft, Rule } from '../types.ts';

export const mediaExists: Rule = {
  id: 'media-exists',
  description: 'Every media file the post references exists in the repository.',
  rationale: 'A missing file makes publishing fail after the vote.',
  defaultSeverity: 'error',
  options: {},
  check({ post, repo }) {
    const findings: Draft[] = allMedia(post)
      .filter(({ media }) => !repo.mediaExists(media.path))
      .map(({ media }) => ({
        line: media.line,
        column: media.column,
        message: `${media.path} does not exist in the repository`,
        hint: "Add the file in this pull request, or fix the path: it is relative to the post's folder, or to the repository root when it starts with /.",
      }));
    return { findings };
  },
};
