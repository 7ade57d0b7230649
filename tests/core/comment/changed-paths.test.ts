// The list of changed paths outside posts/: every path shown, untrusted names escaped, the list capped.
import { expect, it } from 'vitest';
import { changedPathsSection } from '../../../src/core/comment/changed-paths.ts';

it('shows each path with what the vote makes of it', () => {
  const section = changedPathsSection([
    { path: 'action/dist/index.js', cover: 'not-covered' },
    { path: 'published/x.yml', cover: 'ledger' },
    { path: 'docs/a.md', cover: 'reviewed-elsewhere' },
  ]);
  expect(section.split('\n').slice(3)).toEqual([
    "| `action/dist/index.js` | ⛔ not covered by Herald's vote |",
    '| `published/x.yml` | ⛔ the publish ledger: only the publisher writes it |',
    '| `docs/a.md` | ➖ reviewed elsewhere (`approval.reviewed_elsewhere`), not by this vote |',
  ]);
  expect(changedPathsSection([])).toBe('');
});

it('escapes hostile file names: no mention, no HTML, no table break', () => {
  const section = changedPathsSection([{ path: 'docs/@everyone </details> | x.md', cover: 'not-covered' }]);
  expect(section).not.toContain('@everyone');
  expect(section).not.toContain('</details>');
  expect(
    section
      .split('\n')
      .at(-1)!
      .split(/(?<!\\)\|/),
  ).toHaveLength(4);
});

it('caps the list and says how many more are not covered', () => {
  const paths = Array.from({ length: 60 }, (_, i) => ({ path: `src/f${i}.ts`, cover: 'not-covered' as const }));
  const section = changedPathsSection(paths);
  expect(section.split('\n')).toHaveLength(3 + 50 + 1);
  expect(section).toContain('| … | 10 more paths (10 not covered) |');
});
