import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { findPostFiles, loadConfig, loadValidConfig } from '../../src/cli/repo.ts';
import { HeraldError } from '../../src/core/errors.ts';
import { captureIO } from './_io.ts';

function repoWith(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-repo-'));
  mkdirSync(join(dir, 'posts'));
  writeFileSync(join(dir, 'posts/a.md'), '---\nlanguage: en\n---\nHello, Django Girls!\n');
  if (config !== undefined) {
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/herald.yml'), config);
  }
  return dir;
}

describe('loadConfig', () => {
  it('uses the defaults when the usual file is absent, but refuses a --config path that does not exist', async () => {
    const dir = repoWith();
    expect(loadConfig(dir).found).toBe(false);
    expect(() => loadConfig(dir, 'nope.yml')).toThrow(HeraldError);
    const io = captureIO(dir);
    expect(await run(['check', '--config', 'nope.yml'], io)).toBe(1);
    expect(io.stderr()).toContain('herald check: --config nope.yml: no such file');
  });
});

describe('findPostFiles', () => {
  it('refuses a named file that is not a post instead of reading an image as text', async () => {
    const dir = repoWith();
    writeFileSync(join(dir, 'posts/photo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(findPostFiles(dir, ['posts'])).toEqual(['posts/a.md']);
    const io = captureIO(dir);
    expect(await run(['check', 'posts/photo.png'], io)).toBe(1);
    expect(io.stderr()).toContain('herald check: posts/photo.png: not a post (posts are .md files)');
  });
});

describe('loadValidConfig', () => {
  it('returns a config without errors', () => {
    expect(loadValidConfig(repoWith('timezone: Europe/Amsterdam\n')).config.timezone).toBe('Europe/Amsterdam');
  });

  it('lists every error with its place instead of running on the defaults', () => {
    const dir = repoWith('timezone: Europe/Amsterdm\nrules:\n  alt-text: eror\n');
    expect(() => loadValidConfig(dir)).toThrow(
      '.github/herald.yml has 2 errors, so nothing was done:\n' +
        '  .github/herald.yml:1:11: timezone: "Europe/Amsterdm" is not an IANA time zone such as Europe/Amsterdam or America/Chicago. Did you mean "Europe/Amsterdam"?\n' +
        '  .github/herald.yml:3:13: rules.alt-text: expected one of off, warn, error (got "eror"). Did you mean "error"?',
    );
  });

  it('stops herald preview, governance and report on a broken config', async () => {
    const dir = repoWith('timezone: UTC\nwords:\n  inclusive_ignore: girls\n');
    for (const argv of [['preview'], ['governance', '--dry-run'], ['report', '--quarter', '2026Q4']]) {
      const io = captureIO(dir);
      expect(await run(argv, io), argv.join(' ')).toBe(1);
      expect(io.stderr()).toContain(
        `herald ${argv[0]}: .github/herald.yml has an error, so nothing was done:\n  .github/herald.yml:3:21: words.inclusive_ignore: expected a list`,
      );
      expect(io.stdout()).toBe('');
    }
  });
});
