// The committed bundle must be what `npm run build` makes from the current source: every file of
// action/dist/ (the entry and the chunks each command loads), byte for byte, and nothing else.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ACTION_DIST, buildAction } from '../../scripts/build.ts';

function files(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

it('action/dist/ is up to date with the source (run `npm run build` and commit it)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'herald-bundle-'));
  try {
    await buildAction(dir);
    const fresh = files(dir);
    const committed = files(ACTION_DIST);
    expect([...committed.keys()].sort(), 'action/dist/ has other files than a build makes: run `npm run build` and commit it').toEqual([...fresh.keys()].sort());
    const stale = [...fresh].filter(([name, text]) => committed.get(name) !== text).map(([name]) => name);
    expect(stale, 'action/dist/ is stale: run `npm run build` and commit it').toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
