// The Action's post-merge comment and summary, with a hostile file name and a platform error that
// carries mentions, HTML, a markdown link and an image: all of it lands inside code, nothing renders.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../action/src/main.ts';
import { ADAPTER_LOADERS } from '../../src/platforms/registry.ts';
import { useRepoRoutes } from '../helpers/fake-github/repo-routes.ts';
import { startFakeGitHub } from '../helpers/fake-github/server.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';
import { createRepo, heraldConfig, threadPost } from '../publish/_repo.ts';
import { GITHUB_ACTIONS_APP, mergeVotedPull } from './_voted-pull.ts';
import { outsideCode } from '../helpers/markdown.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const HOSTILE =
  '@maintainers <img src=x onerror=alert(1)> </details> [reset your token](https://evil.example/login) ![p](https://evil.example/p.png) www.evil.example';

/** Markdown outside code spans, where GitHub renders markup. */

describe('the Action reporting a hostile failure', () => {
  it('puts file names and platform errors in the comment and summary as inert code', async () => {
    const mastodon = await startMastodonServer({ token: 'mastodon-token' });
    mastodon.fail({ status: 422, message: HOSTILE, times: 100 });
    const repo = createRepo({ '.github/herald.yml': heraldConfig({ mastodon: mastodon.url }) });
    useRepoRoutes();
    const github = await startFakeGitHub();
    cleanups.push(
      () => mastodon.close(),
      () => expect(mastodon.violations, 'requests the Mastodon description does not allow').toEqual([]),
      () => github.close(),
      () => repo.remove(),
    );
    const file = 'posts/@everyone <b>[x](https:evil.example)</b>.md';
    const post = threadPost(['A post with a strange name']);
    const before = repo.git('rev-parse', 'HEAD').trim();
    const ghRepo = github.state.createRepo('wg', 'social', { '.github/herald.yml': repo.git('show', 'HEAD:.github/herald.yml') });
    // A passed vote on the PR's head, so the publisher sends the post and the platform's error comes back.
    const { merge: after } = mergeVotedPull({ repo, github, ghRepo }, 1, { [file]: post }, { title: 'Post' });
    const token = github.auth.issueToken({
      login: 'github-actions[bot]',
      appId: GITHUB_ACTIONS_APP,
      permissions: { metadata: 'read', contents: 'write', pull_requests: 'write', checks: 'read' },
    });
    const workspace = join(repo.root, 'checkout');
    execFileSync('git', ['clone', '-q', repo.origin, workspace]);
    const event = join(repo.root, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before, after, repository: { full_name: 'wg/social' } }));
    const summaries: string[] = [];
    const failed: string[] = [];
    await run({
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_WORKSPACE: workspace,
        GITHUB_REF_NAME: 'main',
        GITHUB_REPOSITORY: 'wg/social',
        GITHUB_API_URL: github.url,
        'INPUT_GITHUB-TOKEN': token,
        MASTODON_ACCESS_TOKEN: 'mastodon-token',
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
        info: () => {},
        warning: () => {},
        setSecret: () => {},
        setOutput: () => {},
        setFailed: (m) => void failed.push(m),
        writeSummary: async (m) => void summaries.push(m),
      },
    });
    expect(failed.join('\n')).toContain('evil.example/login');
    expect(ghRepo.comments).toHaveLength(1);
    for (const markdown of [ghRepo.comments[0]!.body, summaries.join('\n')]) {
      expect(markdown).toContain('evil.example/login');
      const prose = outsideCode(markdown);
      expect(prose).not.toMatch(/evil\.example|@everyone|@maintainers|<(?!!-- herald:published -->)[a-z/]|!\[|\]\(/i);
    }
    github.assertNoViolations();
  }, 60_000);
});
