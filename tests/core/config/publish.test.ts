// The `publish:` section: defaults, the examples in the docs, and what it refuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config/parse.ts';

const ROOT = join(import.meta.dirname, '../../..');
const examples = (doc: string) =>
  [...readFileSync(join(ROOT, 'docs', doc), 'utf8').matchAll(/```yaml\n(publish:[\s\S]*?)```/g)].map((m) => m[1]!);

describe('publish config', () => {
  it('requires the vote by default, from the Herald app or GitHub Actions, with no trusted paths', () => {
    const parsed = parseConfig('.github/herald.yml', 'timezone: UTC\n');
    expect(parsed.ok && parsed.config.publish).toEqual({ requireVote: true, voteApps: ['herald', 'github-actions'], trustedPaths: [] });
  });

  it.each(['configuration.md', 'security-publisher.md'])('reads the example in docs/%s', (doc) => {
    const [example] = examples(doc);
    const parsed = parseConfig('.github/herald.yml', example!);
    expect(parsed.findings).toEqual([]);
    expect(parsed.ok && parsed.config.publish.trustedPaths).toEqual(['posts/feeds/**']);
  });

  it.each([
    [
      'a trusted path outside posts/',
      'publish:\n  trusted_paths: [docs/**]\n',
      /publish.trusted_paths: "docs\/\*\*" is not a path under posts\//,
    ],
    ['a trusted path climbing out', 'publish:\n  trusted_paths: [posts/../action/**]\n', /is not a path under posts\//],
    ['no vote app', 'publish:\n  vote_apps: []\n', /publish.vote_apps: name at least one app/],
    ['an unknown key', 'publish:\n  require_votes: false\n', /require_votes/],
  ])('refuses %s with the line', (_name, text, message) => {
    const parsed = parseConfig('.github/herald.yml', text);
    expect(parsed.ok).toBe(false);
    expect(parsed.findings.map((f) => `${f.line}: ${f.message}`).join('\n')).toMatch(message);
  });
});
