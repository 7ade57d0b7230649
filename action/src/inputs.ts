// The Action's inputs and event, parsed into typed values at the boundary.
import { readFile } from 'node:fs/promises';
import { HeraldError } from '../../src/core/errors.ts';
import type { RunMode } from '../../src/core/plan/types.ts';
import { PLATFORM_IDS, type PlatformId } from '../../src/core/types.ts';

export interface ActionInputs {
  configPath: string;
  dryRun: boolean;
  platforms?: PlatformId[];
  retryPost?: string;
  githubToken?: string;
}

export interface ActionEvent {
  mode: RunMode;
  before?: string;
  after: string;
  branch: string;
  repository?: string;
}

type Env = Record<string, string | undefined>;

/** Actions passes input `x-y` as INPUT_X-Y (upper-cased, spaces as underscores). */
export function input(env: Env, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readInputs(env: Env): ActionInputs {
  const dry = input(env, 'dry-run').toLowerCase();
  if (!['', 'true', 'false'].includes(dry)) throw new HeraldError(`input dry-run: expected true or false, got "${dry}"`);
  const inputs: ActionInputs = { configPath: input(env, 'config') || '.github/herald.yml', dryRun: dry === 'true' };
  const list = input(env, 'platforms');
  if (list) {
    const names = list.split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((n) => !(PLATFORM_IDS as readonly string[]).includes(n));
    if (unknown.length) throw new HeraldError(`input platforms: unknown ${unknown.join(', ')} (known: ${PLATFORM_IDS.join(', ')})`);
    inputs.platforms = names as PlatformId[];
  }
  const retry = input(env, 'retry-post');
  if (retry) inputs.retryPost = retry;
  const token = input(env, 'github-token');
  if (token) inputs.githubToken = token;
  return inputs;
}

export async function readEvent(env: Env, inputs: ActionInputs, head: string): Promise<ActionEvent> {
  const name = env['GITHUB_EVENT_NAME'] ?? 'workflow_dispatch';
  const branch = env['GITHUB_REF_NAME'] || (env['GITHUB_REF'] ?? '').replace(/^refs\/heads\//, '') || 'main';
  const base: ActionEvent = { mode: inputs.retryPost ? 'retry' : 'schedule', after: head, branch };
  if (env['GITHUB_REPOSITORY']) base.repository = env['GITHUB_REPOSITORY'];
  if (name !== 'push' || inputs.retryPost) return base;
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) throw new HeraldError('GITHUB_EVENT_PATH is not set: cannot read the push event');
  const payload = JSON.parse(await readFile(path, 'utf8')) as { before?: unknown; after?: unknown };
  if (typeof payload.after !== 'string') throw new HeraldError(`${path}: the push event has no "after" commit`);
  return { ...base, mode: 'push', after: payload.after, ...(typeof payload.before === 'string' ? { before: payload.before } : {}) };
}
