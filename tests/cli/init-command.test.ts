// `herald init` in-process: flags, the prompts a terminal gets for what the flags left out, refusals.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initCommand, type Prompter } from '../../src/cli/init-command.ts';
import { run } from '../../src/cli/main.ts';
import { parseConfig } from '../../src/core/config/parse.ts';
import { captureIO } from './_io.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const repo = () => {
  const dir = mkdtempSync(join(tmpdir(), 'herald-init-'));
  execFileSync('git', ['init', '-q', dir]);
  return dir;
};

describe('herald init', () => {
  it('writes a repository that herald check passes, with the Action pinned to the given commit', async () => {
    const dir = repo();
    const io = captureIO(dir, new Date('2026-12-01T23:30:00Z'));
    const code = await run(
      [
        'init',
        '--yes',
        '--platforms',
        'discourse,x',
        '--member',
        'ada:chair+board-liaison',
        '--member',
        '@grace:co-chair',
        '--member',
        'linus',
        '--discourse-server',
        'https://forum.example.org',
        '--discourse-username',
        'herald-bot',
        '--timezone',
        'Asia/Tokyo',
        '--action',
        `herald-social/herald@${SHA}`,
      ],
      io,
    );
    expect(code, io.stderr()).toBe(0);
    const config = parseConfig('.github/herald.yml', readFileSync(join(dir, '.github/herald.yml'), 'utf8'));
    expect(config.ok).toBe(true);
    if (!config.ok) return;
    expect(config.config.timezone).toBe('Asia/Tokyo');
    // 2026-12-01T23:30Z is already 2 December in Tokyo.
    expect(config.config.roster.map((m) => [m.login, m.roles, m.termStart])).toEqual([
      ['ada', ['chair', 'board-liaison'], '2026-12-02'],
      ['grace', ['co-chair'], '2026-12-02'],
      ['linus', ['member'], '2026-12-02'],
    ]);
    expect(config.config.platforms.find((p) => p.id === 'discourse')).toMatchObject({
      enabled: true,
      server: 'https://forum.example.org',
      options: { username: 'herald-bot' },
    });
    // Two platforms with two admins each among three members: someone holds both, a warning until a fourth joins.
    expect(config.config.rules).toEqual({ 'roster-sole-admin': 'warn' });
    expect(existsSync(join(dir, 'posts/2026-12-02-hello.md'))).toBe(true);
    expect(readFileSync(join(dir, '.github/workflows/publish.yml'), 'utf8')).toContain(`uses: herald-social/herald/action@${SHA} # v0.1.0`);
    expect(readFileSync(join(dir, '.github/workflows/publish.yml'), 'utf8')).toContain(
      'DISCOURSE_API_KEY: ${{ secrets.DISCOURSE_API_KEY }}',
    );
    expect(readFileSync(join(dir, '.github/CODEOWNERS'), 'utf8')).toMatch(/^\/\.github\/ +@ada @grace$/m);
    expect(readFileSync(join(dir, '.github/ISSUE_TEMPLATE/post.yml'), 'utf8')).toMatch(
      /label: Discourse[\s\S]*label: X\n|label: X\n[\s\S]*label: Discourse/,
    );
    expect(readFileSync(join(dir, 'CONTRIBUTING.md'), 'utf8')).toMatch(/## How to propose a post[\s\S]*## How to vote/);
    const check = captureIO(dir, new Date('2026-12-02T09:00:00Z'));
    expect(await run(['check'], check), check.stdout()).toBe(0);
  });

  it('asks on a terminal for what the flags left out', async () => {
    const dir = repo();
    const asked: string[] = [];
    const prompter: Prompter = {
      ask: async (known, defaults) => {
        asked.push(...['group', 'platforms', 'members', 'timezone'].filter((k) => !(k in known)));
        return {
          group: defaults.group,
          platforms: ['mastodon'],
          settings: { mastodon: { server: 'https://fosstodon.org' } },
          members: [
            { login: 'ada', roles: ['chair', 'co-chair', 'board-liaison'] },
            { login: 'bo', roles: [] },
          ],
        };
      },
    };
    const io = { ...captureIO(dir), interactive: true };
    expect(await initCommand(['--member', 'x', '--action', `o/herald@${SHA}`], io, prompter)).toBe(0);
    expect(asked).toEqual(['group', 'platforms', 'timezone']);
    expect(readFileSync(join(dir, '.github/herald.yml'), 'utf8')).toContain('login: bo');
  });

  it('stops without writing when the person cancels a question (Ctrl-C)', async () => {
    const dir = repo();
    const cancelled: Prompter = {
      ask: () => Promise.reject(Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' })),
    };
    const io = { ...captureIO(dir), interactive: true };
    expect(await initCommand(['--action', `o/herald@${SHA}`], io, cancelled)).toBe(130);
    expect(io.stderr()).toBe('herald init: cancelled, nothing was written\n');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it.each([
    [['--platforms', 'mastodon', '--member', 'ada'], /also needed: --mastodon-server/],
    [['--platforms', 'twitter', '--member', 'ada'], /unknown platform "twitter"/],
    [['--platforms', 'x'], /name the roster/],
    [['--platforms', 'x', '--member', 'ada:boss'], /unknown role "boss"/],
    [['--platforms', 'x', '--member', 'ada', '--member', 'ADA'], /named twice/],
    [['--platforms', 'x', '--member', 'ada', '--timezone', 'Mars/Olympus'], /not an IANA time zone/],
  ])('refuses %j with what to do', async (args, message) => {
    const io = captureIO(repo());
    expect(await run(['init', '--yes', '--action', `o/herald@${SHA}`, ...args], io)).toBe(2);
    expect(io.stderr()).toMatch(message);
  });

  it('pins only a full commit SHA', async () => {
    for (const ref of ['herald-social/herald@v1', 'herald-social/herald@0123456', 'herald-social/herald']) {
      const io = captureIO(repo());
      expect(await run(['init', '--yes', '--platforms', 'x', '--member', 'ada', '--action', ref], io)).toBe(2);
      expect(io.stderr()).toContain('--action');
    }
  });

  it('refuses to overwrite, writing nothing, unless --force', async () => {
    const dir = repo();
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/herald.yml'), 'timezone: UTC\n');
    const args = ['init', '--yes', '--platforms', 'x', '--member', 'ada', '--action', `o/herald@${SHA}`];
    const io = captureIO(dir);
    expect(await run(args, io)).toBe(2);
    expect(io.stderr()).toContain('.github/herald.yml exists');
    expect(existsSync(join(dir, 'CONTRIBUTING.md'))).toBe(false);
    const forced = captureIO(dir);
    expect(await run([...args, '--force'], forced)).toBe(0);
    expect(forced.stdout()).toContain('overwrote .github/herald.yml');
  });
});
