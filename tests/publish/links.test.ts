// The publish job reads posts and media as files: a media "image" linked to /proc/self/environ and a
// post that is a symbolic link in git are refused with their paths, and nothing is uploaded or posted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../action/src/main.ts';
import { ADAPTER_LOADERS } from '../../src/platforms/registry.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';
import { createRepo, heraldConfig, PNG, threadPost } from './_repo.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function publishRun(files: (dir: string) => void) {
  const mastodon = await startMastodonServer({ token: 'mastodon-token' });
  const repo = createRepo({ '.github/herald.yml': heraldConfig({ mastodon: mastodon.url }), 'posts/media/square.png': PNG });
  cleanups.push(
    () => mastodon.close(),
    () => expect(mastodon.violations, 'requests the Mastodon description does not allow').toEqual([]),
    () => repo.remove(),
  );
  const before = repo.git('rev-parse', 'HEAD').trim();
  files(repo.dir);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'Merge pull request #9');
  repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
  const after = repo.git('rev-parse', 'HEAD').trim();
  const workspace = join(repo.root, 'checkout');
  execFileSync('git', ['clone', '-q', repo.origin, workspace]);
  const event = join(repo.root, 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before, after, repository: { full_name: 'wg/social' } }));
  const said: string[] = [];
  const failed: string[] = [];
  await run({
    env: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REF_NAME: 'main',
      MASTODON_ACCESS_TOKEN: 'mastodon-token',
      INPUT_CONFIG: '.github/herald.yml',
      GIT_AUTHOR_NAME: 'a',
      GIT_AUTHOR_EMAIL: 'a@example.test',
      GIT_COMMITTER_NAME: 'a',
      GIT_COMMITTER_EMAIL: 'a@example.test',
    },
    fetch: globalThis.fetch,
    adapters: ADAPTER_LOADERS,
    now: () => new Date('2026-12-01T12:00:00Z'),
    sleep: async () => {},
    core: {
      info: (m) => void said.push(m),
      warning: (m) => void said.push(m),
      setSecret: () => {},
      setOutput: () => {},
      setFailed: (m) => void failed.push(m),
      writeSummary: async (m) => void said.push(m),
    },
  });
  return { mastodon, said, failed };
}

describe('the publish job with linked files', () => {
  it('refuses a media link to /proc/self/environ and uploads nothing', async () => {
    const { mastodon, failed } = await publishRun((dir) => {
      symlinkSync('/proc/self/environ', join(dir, 'posts/media/environ.png'));
      writeFileSync(
        join(dir, 'posts/2026-12-01-env.md'),
        threadPost(['An innocent picture']).replace(
          'An innocent picture',
          'An innocent picture\n\n![A blue square](media/environ.png "Image: Herald tests, CC0")',
        ),
      );
    });
    // The vote gate refuses it from git's mode (120000) before anything is read (src/publish/approval.ts).
    expect(failed.join('\n')).toContain(
      'posts/2026-12-01-env.md: refused: posts/media/environ.png is not a regular file (a symbolic link or submodule)',
    );
    expect(mastodon.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(mastodon.state.media.size).toBe(0);
    expect(mastodon.state.statuses).toEqual([]);
  });

  it('refuses a media link inside the repository, whose target the vote did not see', async () => {
    const { mastodon, failed } = await publishRun((dir) => {
      mkdirSync(join(dir, 'notes'));
      writeFileSync(join(dir, 'notes/other.png'), PNG);
      symlinkSync('../../notes/other.png', join(dir, 'posts/media/other.png'));
      writeFileSync(
        join(dir, 'posts/2026-12-01-other.md'),
        threadPost(['A picture']).replace('A picture', 'A picture\n\n![A blue square](media/other.png "Image: Herald tests, CC0")'),
      );
    });
    expect(failed.join('\n')).toContain(
      'posts/2026-12-01-other.md: refused: posts/media/other.png is not a regular file (a symbolic link or submodule)',
    );
    expect(mastodon.state.media.size).toBe(0);
  });

  it('refuses a config that is a symbolic link in git, naming it, and posts nothing', async () => {
    const { mastodon, failed } = await publishRun((dir) => {
      mkdirSync(join(dir, 'notes'));
      writeFileSync(join(dir, 'notes/herald.yml'), heraldConfig({ mastodon: 'http://127.0.0.1:9' }));
      rmSync(join(dir, '.github/herald.yml'));
      symlinkSync('../notes/herald.yml', join(dir, '.github/herald.yml'));
      writeFileSync(join(dir, 'posts/2026-12-01-hello.md'), threadPost(['Hello']));
    });
    expect(failed.join('\n')).toMatch(/\.github\/herald\.yml: not a regular file at \w{7} \(git mode 120000, a symbolic link\)/);
    expect(mastodon.requests).toEqual([]);
  });

  it('refuses a post that is a symbolic link in git and posts nothing', async () => {
    const { mastodon, failed } = await publishRun((dir) => {
      mkdirSync(join(dir, 'drafts'));
      writeFileSync(join(dir, 'drafts/unreviewed.md'), threadPost(['Never reviewed']));
      symlinkSync('../drafts/unreviewed.md', join(dir, 'posts/2026-12-01-linked.md'));
    });
    expect(failed.join('\n')).toContain('posts/2026-12-01-linked.md:1:1: a symbolic link in git: Herald publishes only regular files');
    expect(mastodon.state.statuses).toEqual([]);
  });
});
