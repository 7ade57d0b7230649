// The CLI works from any folder of the repository, finding its root like git does.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { findRoot } from '../../src/cli/repo.ts';
import { captureIO } from './_io.ts';

function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-root-'));
  execFileSync('git', ['init', '-q', dir]);
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/herald.yml'), 'timezone: UTC\nplatforms:\n  mastodon: { server: https://fosstodon.org }\n');
  mkdirSync(join(dir, 'posts/2026'), { recursive: true });
  return dir;
}

describe('the repository root', () => {
  it('herald new inside posts/ writes posts/<file>, not posts/posts/<file>', async () => {
    const root = gitRepo();
    const io = captureIO(join(root, 'posts/2026'));
    expect(await run(['new', 'Hello from below', '--date', '2026-12-01'], io), io.stderr()).toBe(0);
    expect(io.stdout()).toBe('posts/2026-12-01-hello-from-below.md\n');
    expect(existsSync(join(root, 'posts/2026-12-01-hello-from-below.md'))).toBe(true);
    expect(existsSync(join(root, 'posts/2026/posts'))).toBe(false);
  });

  it('herald check inside posts/ checks the repository, and paths are relative to where it runs', async () => {
    const root = gitRepo();
    writeFileSync(join(root, 'posts/2026/a.md'), '---\nlanguage: en\n---\nHello, world.\n');
    const all = captureIO(join(root, 'posts'));
    expect(await run(['check'], all), all.stdout() + all.stderr()).toBe(0);
    expect(all.stdout()).toContain('1 file checked');
    const one = captureIO(join(root, 'posts/2026'));
    expect(await run(['check', 'a.md'], one), one.stdout() + one.stderr()).toBe(0);
    const outside = captureIO(join(root, 'posts'));
    expect(await run(['check', '../../elsewhere.md'], outside)).toBe(1);
    expect(outside.stderr()).toContain('outside the repository');
  });

  it('is the folder itself outside any repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-noroot-'));
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    expect(findRoot(join(dir, 'a/b'))).toBe(join(dir, 'a/b'));
  });
});
