// Runs the publisher (_publisher-child.ts) as a child process, as a re-run of the Action would: a fresh
// clone at the push's commit, the harness's secrets, SIGKILL at boundary KILL_AT (0: never). The child is
// bundled once per test file (tests/helpers/bundled-script.ts): each spawn then starts in a fraction of the time.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledScript } from '../helpers/bundled-script.ts';
import type { TestRepo } from './_repo.ts';

export interface ChildRun {
  code: number | null;
  signal: string | null;
  stdout: string;
}

export async function publisherRuns(
  repo: TestRepo,
  before: string,
  after: string,
  env: Record<string, string>,
): Promise<(killAt: number) => Promise<ChildRun>> {
  const event = join(repo.root, 'event.json');
  writeFileSync(event, JSON.stringify({ before, after, ref: 'refs/heads/main' }));
  const child = await bundledScript(join(import.meta.dirname, '_publisher-child.ts'));
  let runs = 0;
  return (killAt) => {
    const workspace = join(repo.root, `run-${++runs}`);
    execFileSync('git', ['clone', '-q', repo.origin, workspace]);
    execFileSync('git', ['checkout', '-q', '-B', 'main', after], { cwd: workspace });
    // Asynchronous: the platform servers live in this process and must keep answering.
    const proc = spawn(process.execPath, [child], {
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        ...env,
        KILL_AT: String(killAt),
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: String(runs),
        GIT_AUTHOR_NAME: 'ci',
        GIT_AUTHOR_EMAIL: 'ci@example.test',
        GIT_COMMITTER_NAME: 'ci',
        GIT_COMMITTER_EMAIL: 'ci@example.test',
      },
      timeout: 60_000,
    });
    let output = '';
    proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    return new Promise<ChildRun>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal, stdout: output })));
  };
}
