// command: pr — Herald without hosting (src/actions-app.ts): the PR comment, checks and vote with the job's token.
import { readFileSync } from 'node:fs';
import { run } from '../../src/actions-app.ts';
import { input } from './inputs.ts';
import type { ActionDeps } from './main.ts';

export async function runPr(deps: ActionDeps): Promise<void> {
  const token = input(deps.env, 'github-token') || deps.env['GITHUB_TOKEN'];
  const env = { ...deps.env, ...(token ? { GITHUB_TOKEN: token } : {}) };
  await run({ env, readFile: (path) => readFileSync(path, 'utf8'), fetch: deps.fetch, now: deps.now, log: (m) => deps.core.info(m) });
}
