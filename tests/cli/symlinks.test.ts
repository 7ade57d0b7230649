// The CLI reads posts and media as files: a link out of the repository, a linked media folder, or a
// device is refused naming the path, and nothing behind it is printed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIO } from './_io.ts';

const GOOD = '---\nlanguage: en\n---\nHello, Django Girls!\n';
const SECRET_TEXT = '---\nlanguage: en\n---\nTOP SECRET outside the repository\n';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(): { repo: string; outside: string } {
  const repo = mkdtempSync(join(tmpdir(), 'herald-links-'));
  const outside = mkdtempSync(join(tmpdir(), 'herald-outside-'));
  dirs.push(repo, outside);
  mkdirSync(join(repo, 'posts'));
  writeFileSync(join(repo, 'posts/a.md'), GOOD);
  writeFileSync(join(outside, 'secret.md'), SECRET_TEXT);
  return { repo, outside };
}

describe('herald check, preview and demo with linked files', () => {
  it.each(['check', 'preview', 'demo'])(
    'herald %s refuses a post linked to a file outside the repository and prints none of it',
    async (command) => {
      const { repo, outside } = setup();
      symlinkSync(join(outside, 'secret.md'), join(repo, 'posts/linked.md'));
      for (const args of [[command, 'posts/linked.md'], [command]]) {
        const io = captureIO(repo);
        expect(await run(args, io), args.join(' ')).toBe(1);
        expect(io.stderr()).toContain('posts/linked.md: a symbolic link that leads outside the repository');
        expect(io.stdout() + io.stderr()).not.toContain('TOP SECRET');
      }
    },
  );

  it('refuses a named folder that is a link out of the repository', async () => {
    const { repo, outside } = setup();
    symlinkSync(outside, join(repo, 'posts/elsewhere'));
    const io = captureIO(repo);
    expect(await run(['check', 'posts/elsewhere'], io)).toBe(1);
    expect(io.stderr()).toContain('posts/elsewhere: a symbolic link to a folder outside the repository');
    expect(io.stdout() + io.stderr()).not.toContain('TOP SECRET');
  });

  it('reports media in a linked folder that leads outside the repository as missing', async () => {
    const { repo, outside } = setup();
    writeFileSync(join(outside, 'photo.png'), 'not in the repository');
    symlinkSync(outside, join(repo, 'posts/media'));
    writeFileSync(
      join(repo, 'posts/a.md'),
      '---\nlanguage: en\n---\nHello!\n\n![A photo of the sprint](media/photo.png "Image: Ada, CC-BY")\n',
    );
    const io = captureIO(repo);
    expect(await run(['check', '--format', 'json'], io)).toBe(1);
    const all = io.stdout();
    expect(all).toContain('media-exists');
    expect(all).toContain('posts/media/photo.png does not exist in the repository');
  });

  it.each([
    [
      'linked to /dev/zero',
      (repo: string) => symlinkSync('/dev/zero', join(repo, 'posts/zero.md')),
      'posts/zero.md: a symbolic link that leads outside the repository',
    ],
    ['that is a FIFO', (repo: string) => spawnSync('mkfifo', [join(repo, 'posts/zero.md')]), 'posts/zero.md: not a regular file (a FIFO)'],
  ])(
    'refuses a post %s at once instead of waiting or reading forever',
    (_, make, message) => {
      const { repo } = setup();
      make(repo);
      const cli = resolve(import.meta.dirname, '../../src/cli.ts');
      const result = spawnSync(process.execPath, [cli, 'check', ...(message.includes('FIFO') ? ['posts/zero.md'] : [])], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 20_000,
        maxBuffer: 1024 * 1024,
      });
      expect(result.signal, 'herald check was killed after 20 s').toBeNull();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
    },
    30_000,
  );
});
