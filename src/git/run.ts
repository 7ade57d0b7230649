// Runs git in a repository. Arguments go straight to execFile: no shell, so paths never run code.
import { execFile } from 'node:child_process';
import { HeraldError } from '../core/errors.ts';

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export function gitRaw(cwd: string, args: string[], input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        if (error && code === -1)
          reject(
            new HeraldError(`git ${args[0]}: ${error.message}`, { cause: error, hint: 'is git installed and is this a git repository?' }),
          );
        else resolve({ stdout, stderr: stderr.toString('utf8'), code });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Runs git and returns stdout as text; a non-zero exit throws with git's own message. */
export async function git(cwd: string, args: string[], input?: string): Promise<string> {
  const result = await gitRaw(cwd, args, input);
  if (result.code !== 0) {
    throw new HeraldError(`git ${args.join(' ')} failed in ${cwd}: ${result.stderr.trim() || `exit ${result.code}`}`);
  }
  return result.stdout.toString('utf8');
}
