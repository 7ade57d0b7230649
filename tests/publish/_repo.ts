// A real git repository for publish tests: a bare "origin" and a clone to work in, in a temp dir.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  root: string;
  origin: string;
  dir: string;
  git(...args: string[]): string;
  /** Writes (or deletes, with null) files, commits, pushes to origin; returns the commit id. */
  commit(files: Record<string, string | Uint8Array | null>, message: string, push?: boolean): string;
  /** Another clone of origin (a concurrent run's checkout). */
  clone(name: string): TestRepo;
  remove(): void;
}

const run = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function wrap(root: string, origin: string, dir: string): TestRepo {
  const repo: TestRepo = {
    root,
    origin,
    dir,
    git: (...args) => run(dir, args),
    commit(files, message, push = true) {
      const added: string[] = [];
      for (const [path, content] of Object.entries(files)) {
        const full = join(dir, path);
        if (content === null) run(dir, ['rm', '-q', '--', path]);
        else {
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, content);
          added.push(path);
        }
      }
      // One git process per thousand files, not per file (benchmarks build repos of 10,000 posts).
      for (let i = 0; i < added.length; i += 1000) run(dir, ['add', '--', ...added.slice(i, i + 1000)]);
      run(dir, ['commit', '-q', '-m', message]);
      if (push) run(dir, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
      return run(dir, ['rev-parse', 'HEAD']).trim();
    },
    clone(name) {
      const other = join(root, name);
      run(root, ['clone', '-q', '--branch', 'main', origin, other]);
      configure(other);
      return wrap(root, origin, other);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  return repo;
}

function configure(dir: string): void {
  run(dir, ['config', 'user.name', 'Test Author']);
  run(dir, ['config', 'user.email', 'author@example.test']);
  run(dir, ['config', 'commit.gpgsign', 'false']);
  // No `git gc --auto` in the background: it would race the tests and benchmarks that use this repo.
  run(dir, ['config', 'gc.auto', '0']);
}

export function createRepo(files: Record<string, string | Uint8Array>): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'herald-publish-'));
  const origin = join(root, 'origin.git');
  run(root, ['init', '-q', '--bare', '--initial-branch=main', origin]);
  run(origin, ['config', 'gc.auto', '0']);
  const dir = join(root, 'work');
  run(root, ['init', '-q', '--initial-branch=main', dir]);
  configure(dir);
  run(dir, ['remote', 'add', 'origin', origin]);
  const repo = wrap(root, origin, dir);
  repo.commit(files, 'initial');
  return repo;
}

export function heraldConfig(platforms: Record<string, string>): string {
  const lines = ['timezone: UTC', 'platforms:'];
  for (const [id, server] of Object.entries(platforms)) {
    lines.push(`  ${id}:`, `    server: ${server}`);
    // Discourse names the user its API key posts as.
    if (id === 'discourse') lines.push('    username: herald-bot');
  }
  return lines.join('\n') + '\n';
}

export function threadPost(texts: string[], options: { media?: boolean; publishAt?: string; platforms?: string[] } = {}): string {
  const front = ['---', 'language: en'];
  if (options.publishAt) front.push(`publish_at: ${options.publishAt}`);
  if (options.platforms) front.push(`platforms: [${options.platforms.join(', ')}]`);
  front.push('---');
  const parts = texts.map((t, i) =>
    options.media ? `${t}\n\n![A blue square, test image ${i + 1}](media/square.png "Image: Herald tests, CC0")` : t,
  );
  return `${front.join('\n')}\n${parts.join('\n\n---\n\n')}\n`;
}

/** A valid 1×1 PNG. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000f4a7a3c5e0000000d49444154789c63f8cfc0f01f0005000201e2a1c3a30000000049454e44ae426082',
  'hex',
);
