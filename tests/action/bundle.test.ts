// The committed bundle must be what `npm run build` makes from the current source.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { buildAction } from '../../scripts/build.ts';

it('action/dist/index.js is up to date with the source (run `npm run build` and commit it)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'herald-bundle-'));
  try {
    const fresh = join(dir, 'index.js');
    await buildAction(fresh);
    const committed = readFileSync(resolve(import.meta.dirname, '../../action/dist/index.js'), 'utf8');
    expect(readFileSync(fresh, 'utf8') === committed, 'action/dist/index.js is stale: run `npm run build` and commit it').toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
