// Runs the BUNDLED Action (action/dist/index.js) as a process with the environment Actions gives a step:
// INPUT_* for the inputs, GITHUB_* for the event and workspace, files for outputs and the summary.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BUNDLE = resolve(import.meta.dirname, '../../action/dist/index.js');

export interface BundleRun {
  code: number | null;
  log: string;
  output: string;
  summary: string;
}

export async function runBundle(options: {
  workspace: string;
  eventName: string;
  event?: object;
  inputs: Record<string, string>;
  env?: Record<string, string>;
}): Promise<BundleRun> {
  const dir = mkdtempSync(join(tmpdir(), 'herald-step-'));
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary') };
  writeFileSync(files.event, JSON.stringify(options.event ?? {}));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const inputs = Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
  const env: Record<string, string> = {
    PATH: process.env['PATH']!,
    HOME: process.env['HOME'] ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GIT_AUTHOR_NAME: 'github-actions',
    GIT_AUTHOR_EMAIL: 'actions@example.test',
    GIT_COMMITTER_NAME: 'github-actions',
    GIT_COMMITTER_EMAIL: 'actions@example.test',
    ...inputs,
    ...options.env,
  };
  const proc = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, timeout: 60_000 });
  let log = '';
  proc.stdout.on('data', (d: Buffer) => (log += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const code = await new Promise<number | null>((r) => proc.on('close', (c) => r(c)));
  return { code, log, output: readFileSync(files.output, 'utf8'), summary: readFileSync(files.summary, 'utf8') };
}
