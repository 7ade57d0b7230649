// `herald demo` and `herald publish --dry-run` on a copy of the repository's own sample posts.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIO } from './_io.ts';

const ROOT = join(import.meta.dirname, '../..');
let repo: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'herald-demo-'));
  cpSync(join(ROOT, 'posts'), join(repo, 'posts'), { recursive: true });
  mkdirSync(join(repo, '.github'));
  cpSync(join(ROOT, '.github/herald.yml'), join(repo, '.github/herald.yml'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'samples');
});

describe('herald demo', () => {
  it('checks, previews and plans the sample posts without any account', async () => {
    const io = captureIO(repo, new Date('2026-11-21T12:00:00Z'));
    expect(await run(['demo'], io)).toBe(0);
    const out = io.stdout();
    expect(out).toMatch(/1\. Checks \(herald check\)\n\n\d+ files checked: 0 errors, 0 warnings/);
    expect(out).toContain('2. What each platform receives (herald preview)');
    expect(out).toContain('3. What a merge would publish (herald publish --dry-run)');
    expect(out).toMatch(/POST https:\/\/fosstodon\.org\/api\/v1\/statuses /);
    expect(out).toMatch(/POST https:\/\/bsky\.social\/xrpc\/com\.atproto\.repo\.createRecord /);
    expect(out).toMatch(/: scheduled for 2026-12-03 10:00 \(Europe\/Amsterdam\)\n/);
  });
});

describe('herald publish', () => {
  it('prints requests without secrets, and only for the platforms asked for', async () => {
    const io = captureIO(repo, new Date('2026-11-21T12:00:00Z'));
    expect(await run(['publish', '--dry-run', '--platforms', 'mastodon'], io)).toBe(0);
    const out = io.stdout();
    expect(out).toContain('mastodon (1 of 1 part)');
    expect(out).not.toMatch(/bluesky \(|x \(|linkedin \(/);
    expect(out).not.toMatch(/Bearer|access_token=/i);
  });

  it('refuses to publish without --dry-run, and names unknown platforms', async () => {
    const io = captureIO(repo);
    expect(await run(['publish'], io)).toBe(2);
    expect(io.stderr()).toContain('publishing runs in the Herald Action');
    const bad = captureIO(repo);
    expect(await run(['publish', '--dry-run', '--platforms', 'myspace'], bad)).toBe(2);
    expect(bad.stderr()).toContain('unknown platform myspace');
  });
});
