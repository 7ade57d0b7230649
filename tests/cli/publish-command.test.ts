// `herald publish --dry-run` options a person types: --before and --platforms mistakes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIO } from './_io.ts';

let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'herald-publish-'));
  mkdirSync(join(repo, 'posts'));
  writeFileSync(join(repo, 'posts/a.md'), '---\nlanguage: en\nplatforms: [mastodon]\n---\nFirst\n');
  mkdirSync(join(repo, '.github'));
  writeFileSync(join(repo, '.github/herald.yml'), 'platforms:\n  mastodon:\n    server: https://fosstodon.org\n');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'first');
  writeFileSync(join(repo, 'posts/b.md'), '---\nlanguage: en\nplatforms: [mastodon]\n---\nSecond\n');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'second');
});

describe('herald publish --dry-run', () => {
  it('--before a real commit plans only the posts changed since', async () => {
    const io = captureIO(repo);
    expect(await run(['publish', '--dry-run', '--before', 'HEAD~1'], io)).toBe(0);
    expect(io.stdout()).toContain('posts/b.md:');
    expect(io.stdout()).not.toContain('posts/a.md');
  });

  it('--before a commit that does not exist is a usage error, not a plan of every post', async () => {
    const io = captureIO(repo);
    expect(await run(['publish', '--dry-run', '--before', 'nosuchrev'], io)).toBe(2);
    expect(io.stderr()).toContain('--before nosuchrev: no such commit in this repository');
    expect(io.stdout()).toBe('');
  });

  it('says the config is missing instead of a raw ENOENT', async () => {
    const io = captureIO(mkdtempSync(join(tmpdir(), 'herald-publish-empty-')));
    expect(await run(['publish', '--dry-run'], io)).toBe(1);
    expect(io.stderr()).toContain('herald publish: .github/herald.yml: not found\nPublishing needs the platforms’ settings');
  });

  it('suggests the platform meant', async () => {
    const io = captureIO(repo);
    expect(await run(['publish', '--dry-run', '--platforms', 'mastadon'], io)).toBe(2);
    expect(io.stderr()).toContain('unknown platform mastadon. Did you mean "mastodon"? Platforms are: mastodon, bluesky,');
  });
});
