// Writes Herald's own .github/workflows/ (all but ci.yml) from the templates `herald init` uses, with the
// Action taken from this checkout: this repository runs exactly what a group runs (tests/workflows/ checks it).
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_IDS } from '../src/core/types.ts';
import { heraldWorkflows } from '../src/init/workflows.ts';

export const OWN_WORKFLOWS = heraldWorkflows({ action: { kind: 'local' }, platforms: PLATFORM_IDS, branch: 'main' });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const [path, text] of Object.entries(OWN_WORKFLOWS)) writeFileSync(join(root, path), text);
}
