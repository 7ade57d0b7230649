// One `git cat-file --batch` process for many reads at a commit: each `git show` costs a process
// start and a fresh read of the trees on the way (posts/ and published/ hold thousands of entries).
import { spawn } from 'node:child_process';
import { HeraldError } from '../core/errors.ts';
import { gitRaw } from './run.ts';

export interface GitObject {
  oid: string;
  type: string;
  bytes: Buffer;
}

export interface BatchReader {
  /** The object at `rev:path`, or undefined when there is none. */
  read(rev: string, path: string): Promise<GitObject | undefined>;
  /** The object `name` (an object id, or `<tree-ish>:<path>`), or undefined when there is none. */
  object(name: string): Promise<GitObject | undefined>;
  close(): void;
}

interface Waiting {
  resolve(object: GitObject | undefined): void;
  reject(error: Error): void;
}

export function batchReader(cwd: string): BatchReader {
  const child = spawn('git', ['cat-file', '--batch'], {
    cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  const waiting: Waiting[] = [];
  let buffer: Buffer = Buffer.alloc(0);
  let stderr = '';
  let failure: Error | undefined;

  const fail = (error: Error) => {
    failure ??= error;
    for (const w of waiting.splice(0)) w.reject(failure);
  };
  child.on('error', (e) =>
    fail(new HeraldError(`git cat-file: ${e.message}`, { cause: e, hint: 'is git installed and is this a git repository?' })),
  );
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  child.on('close', () => fail(new HeraldError(`git cat-file --batch ended in ${cwd}: ${stderr.trim() || 'no reason given'}`)));
  child.stdin.on('error', () => undefined);
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (;;) {
      const eol = buffer.indexOf(10);
      if (eol < 0 || waiting.length === 0) return;
      const header = buffer.subarray(0, eol).toString('utf8');
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        buffer = buffer.subarray(eol + 1);
        waiting.shift()!.resolve(undefined);
        continue;
      }
      const [oid, type, size] = header.split(' ');
      const end = eol + 1 + Number(size);
      if (buffer.length < end + 1) return;
      const bytes = Buffer.from(buffer.subarray(eol + 1, end));
      buffer = buffer.subarray(end + 1);
      waiting.shift()!.resolve({ oid: oid!, type: type!, bytes });
    }
  });

  const object = (name: string): Promise<GitObject | undefined> => {
    if (failure) return Promise.reject(failure);
    return new Promise<GitObject | undefined>((resolve, reject) => {
      waiting.push({ resolve, reject });
      child.stdin.write(`${name}\n`);
    });
  };

  return {
    object,
    async read(rev, path) {
      // The protocol is one name per line: a path with a line break goes through `git show`.
      if (/[\n\r]/.test(rev + path)) {
        const result = await gitRaw(cwd, ['show', `${rev}:${path}`]);
        return result.code === 0 ? { oid: '', type: 'blob', bytes: result.stdout } : undefined;
      }
      return object(`${rev}:${path}`);
    },
    close() {
      child.stdin.end();
    },
  };
}
