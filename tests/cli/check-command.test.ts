import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIO } from './_io.ts';

const CONFIG = `timezone: Europe/Amsterdam
platforms:
  mastodon: { enabled: true, server: https://fosstodon.org, account: "@django" }
  x: { enabled: true, account: "@djangoproject" }
`;

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-check-'));
  for (const [path, content] of Object.entries({ '.github/herald.yml': CONFIG, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const good = '---\nlanguage: en\n---\nDjango 6.0 is out. Thank you to everyone who made it happen!\n';
const tooLongForX = `---\nlanguage: en\n---\n${'Thank you to every volunteer. '.repeat(12)}\n`;

describe('herald check', () => {
  it('warns of a publish_at long past unless the post is published, and proposes a publish_at in the config time zone', async () => {
    const past = '---\nlanguage: en\npublish_at: 2025-12-15T17:00:00+01:00\n---\nHello\n';
    const local = '---\nlanguage: en\npublish_at: 2026-12-15 17:00\n---\nHello\n';
    const dir = repo({
      'posts/2025-12-15-old.md': past,
      'posts/2026-12-15-local.md': local,
      'posts/2025-12-15-done.md': past,
      'published/2025-12-15-done.yml': 'post: x\n',
    });
    const io = captureIO(dir, new Date('2026-11-21T12:00:00Z'));
    expect(await run(['check', '--format', 'compact'], io)).toBe(1);
    const lines = io.stdout().split('\n');
    expect(lines).toContain(
      'posts/2025-12-15-old.md:3:1: warning publish-at-past: publish_at Mon 15 Dec 2025, 17:00 CET was 340 days ago: if the post is not published yet, merging publishes it at once (Set publish_at to the time it should go out, or remove it to publish on merge.)',
    );
    expect(lines.some((l) => l.startsWith('posts/2025-12-15-done.md'))).toBe(false);
    expect(io.stdout()).toContain("(write publish_at: 2026-12-15T17:00:00+01:00 (that time in Europe/Amsterdam, the config's timezone))");
  });

  it('says where it looked when there is no posts/ folder, and checks named files without one', async () => {
    const dir = repo({ 'drafts/a.md': good });
    const io = captureIO(dir);
    expect(await run(['check'], io)).toBe(1);
    expect(io.stderr()).toBe(
      `herald check: no posts/ folder in ${dir}\nRun herald at the root of the repository, name the post files, or write a first post with herald new "Title".\n`,
    );
    const named = captureIO(dir);
    expect(await run(['check', 'drafts/a.md'], named)).toBe(0);
    expect(named.stdout()).toBe('1 file checked: 0 errors, 0 warnings\n');
  });

  it('passes a good post with exit 0', async () => {
    const io = captureIO(repo({ 'posts/2026-12-01-good.md': good }));
    expect(await run(['check'], io)).toBe(0);
    expect(io.stdout()).toContain('1 file checked: 0 errors');
  });

  it('fails a post hiding a right-to-left override, pointing at file:line:col', async () => {
    const io = captureIO(
      repo({ 'posts/2026-12-01-bidi.md': '---\nlanguage: en\n---\nDownload https://example.com/\u202Egnp.exe today\n' }),
    );
    expect(await run(['check'], io)).toBe(1);
    expect(io.stdout()).toMatch(/posts\/2026-12-01-bidi\.md\n {2}4:30 +error +an invisible/);
    expect(io.stdout()).toContain('an invisible bidirectional control, U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(io.stdout()).toContain('bidi-controls');
  });

  it('fails a post too long for X, naming file, line and platform', async () => {
    const io = captureIO(repo({ 'posts/2026-12-01-long.md': tooLongForX }));
    expect(await run(['check', 'posts'], io)).toBe(1);
    expect(io.stdout()).toMatch(/posts\/2026-12-01-long\.md\n\s+4:\d+\s+error\s+x: /);
  });

  it('prints JSON and GitHub annotations', async () => {
    const dir = repo({ 'posts/2026-12-01-long.md': tooLongForX });
    const json = captureIO(dir);
    expect(await run(['check', '--format', 'json'], json)).toBe(1);
    const parsed = JSON.parse(json.stdout());
    expect(parsed.errors).toBeGreaterThan(0);
    expect(
      parsed.findings.some((f: { platform?: string; file: string }) => f.platform === 'x' && f.file === 'posts/2026-12-01-long.md'),
    ).toBe(true);
    const github = captureIO(dir);
    await run(['check', '--format', 'github'], github);
    expect(github.stdout()).toMatch(/^::error file=posts\/2026-12-01-long\.md,line=4,col=\d+,title=Herald /m);
  });

  it('reports a front matter that would run code, without running it', async () => {
    const hostile = '---js\n{ x: globalThis.__heraldPwned = true }\n---\nhello\n';
    const io = captureIO(repo({ 'posts/2026-12-01-js.md': hostile }));
    expect(await run(['check'], io)).toBe(1);
    expect((globalThis as Record<string, unknown>).__heraldPwned).toBeUndefined();
    expect(io.stdout()).toContain('posts/2026-12-01-js.md');
  });

  it('refuses paths outside the repository and unknown formats', async () => {
    const dir = repo({ 'posts/2026-12-01-good.md': good });
    const outside = captureIO(dir);
    expect(await run(['check', '../'], outside)).toBe(1);
    expect(outside.stderr()).toContain('outside the repository');
    const format = captureIO(dir);
    expect(await run(['check', '--format', 'xml'], format)).toBe(2);
    expect(format.stderr()).toContain('--format must be one of human, compact, json, github');
  });

  it('reports config errors with their line', async () => {
    const dir = repo({ 'posts/2026-12-01-good.md': good, '.github/herald.yml': 'timezone: Mars/Olympus\n' });
    const io = captureIO(dir);
    expect(await run(['check'], io)).toBe(1);
    expect(io.stdout()).toMatch(/\.github\/herald\.yml\n\s+1:\d+\s+error/);
  });
});

describe('herald --help', () => {
  it('lists the commands, and every command has --help', async () => {
    const io = captureIO(tmpdir());
    expect(await run(['--help'], io)).toBe(0);
    for (const command of ['new', 'check', 'preview', 'publish', 'demo']) {
      expect(io.stdout()).toContain(command);
      const sub = captureIO(tmpdir());
      expect(await run([command, '--help'], sub)).toBe(0);
      expect(sub.stdout()).toMatch(/^Usage: herald /);
    }
  });

  it('rejects unknown commands and options with exit 2', async () => {
    const io = captureIO(tmpdir());
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.stderr()).toContain('unknown command "frobnicate"');
    const opt = captureIO(tmpdir());
    expect(await run(['check', '--frob'], opt)).toBe(2);
    expect(opt.stderr()).toContain('unknown option --frob.');
  });

  it('suggests the command, option or format that was meant', async () => {
    const cases: [string[], string][] = [
      [['previw'], 'unknown command "previw". Did you mean "preview"?'],
      [['check', '--fromat', 'compact'], 'unknown option --fromat. Did you mean "--format"?'],
      [['publish', '--dryrun'], 'unknown option --dryrun. Did you mean "--dry-run"?'],
      [['check', '--format', 'compat'], 'not "compat". Did you mean "compact"?'],
    ];
    for (const [argv, said] of cases) {
      const io = captureIO(tmpdir());
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr()).toContain(said);
    }
  });
});
