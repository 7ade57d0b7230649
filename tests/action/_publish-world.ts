// A group's repository as the publish Action meets it: a real git origin (default branch, PR heads under
// refs/pull/N/head, the herald/ledger branch), the fake GitHub (validated against GitHub's OpenAPI
// description) knowing the same PRs, merges and "Herald vote" check runs, and a stand-in Mastodon.
// `run` calls the Action's run(deps) in-process on a fresh clone, as actions/checkout leaves it.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run as runAction } from '../../action/src/main.ts';
import { ADAPTER_LOADERS } from '../../src/platforms/registry.ts';
import { useRepoRoutes } from '../helpers/fake-github/repo-routes.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/server.ts';
import { tick, type FakePull, type FakeRepo } from '../helpers/fake-github/state.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';
import { createRepo, heraldConfig, PNG, type TestRepo } from '../publish/_repo.ts';
import { GITHUB_ACTIONS_APP, mergeVotedPull, writeFiles, type Files, type VotedPullOptions } from './_voted-pull.ts';

export { GITHUB_ACTIONS_APP };

export interface RunResult {
  failed: string[];
  warnings: string[];
  info: string[];
  summary: string;
  outputs: Record<string, string>;
}

export type World = Awaited<ReturnType<typeof publishWorld>>;

export async function publishWorld(options: { configExtra?: string; files?: Record<string, string | Uint8Array> } = {}) {
  const mastodon = await startMastodonServer({ token: 'mastodon-secret-token' });
  const config = heraldConfig({ mastodon: mastodon.url }) + (options.configExtra ?? '');
  const repo: TestRepo = createRepo({ '.github/herald.yml': config, 'posts/media/square.png': PNG, ...options.files });
  useRepoRoutes();
  const github: FakeGitHub = await startFakeGitHub();
  const ghRepo: FakeRepo = github.state.createRepo('wg', 'social', { '.github/herald.yml': config });
  mirror(ghRepo, repo.git('rev-parse', 'HEAD').trim());
  // What `permissions:` the publish job needs (docs/security-publisher.md).
  const token = github.auth.issueToken({
    login: 'github-actions[bot]',
    appId: GITHUB_ACTIONS_APP,
    permissions: { metadata: 'read', contents: 'write', pull_requests: 'write', checks: 'read' },
  });
  let pulls = 0;
  let runs = 0;

  /** Records a real commit in the fake as the default branch's new tip (a direct push, or a merge). */
  function mirror(into: FakeRepo, sha: string, parents: string[] = []): void {
    into.commits.set(sha, { oid: sha, files: new Map(), parents, message: 'mirrored', date: tick() });
    into.branches.set(into.defaultBranch, sha);
  }

  /** A pull request with `files` and its vote, merged with a merge commit (tests/action/_voted-pull.ts). */
  function mergePull(files: Files, opts: VotedPullOptions = {}): { pull: FakePull; head: string; merge: string } {
    return mergeVotedPull({ repo, github, ghRepo }, ++pulls, files, opts);
  }

  /** A commit pushed straight to the default branch (no pull request). */
  function directPush(files: Files): string {
    const parent = repo.git('rev-parse', 'HEAD').trim();
    writeFiles(repo, files);
    repo.git('commit', '-q', '-m', 'direct push');
    repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');
    const sha = repo.git('rev-parse', 'HEAD').trim();
    mirror(ghRepo, sha, [parent]);
    return sha;
  }

  /** One run of the Action: a push event (before..after), or a scheduled run, on a fresh clone at `after`. */
  async function run(
    event: { name: 'push'; before: string; after: string } | { name: 'schedule' },
    extraEnv: Record<string, string> = {},
  ): Promise<RunResult> {
    const n = ++runs;
    const workspace = join(repo.root, `checkout-${n}`);
    execFileSync('git', ['clone', '-q', repo.origin, workspace]);
    if (event.name === 'push') execFileSync('git', ['checkout', '-q', '-B', 'main', event.after], { cwd: workspace });
    const eventPath = join(repo.root, `event-${n}.json`);
    writeFileSync(
      eventPath,
      JSON.stringify(
        event.name === 'push'
          ? { ref: 'refs/heads/main', before: event.before, after: event.after, repository: { full_name: 'wg/social' } }
          : {},
      ),
    );
    const result: RunResult = { failed: [], warnings: [], info: [], summary: '', outputs: {} };
    await runAction({
      env: {
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: 'wg/social',
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: String(2000 + n),
        GITHUB_API_URL: github.url,
        'INPUT_GITHUB-TOKEN': token,
        INPUT_CONFIG: '.github/herald.yml',
        MASTODON_ACCESS_TOKEN: 'mastodon-secret-token',
        GIT_AUTHOR_NAME: 'ci',
        GIT_AUTHOR_EMAIL: 'ci@example.test',
        GIT_COMMITTER_NAME: 'ci',
        GIT_COMMITTER_EMAIL: 'ci@example.test',
        ...extraEnv,
      },
      fetch: globalThis.fetch,
      adapters: ADAPTER_LOADERS,
      now: () => new Date('2026-12-01T12:00:00Z'),
      sleep: async () => {},
      core: {
        info: (m) => void result.info.push(m),
        warning: (m) => void result.warnings.push(m),
        setSecret: () => {},
        setOutput: (name, value) => void (result.outputs[name] = value),
        setFailed: (m) => void result.failed.push(m),
        writeSummary: async (markdown) => void (result.summary += markdown),
      },
    });
    return result;
  }

  const head = () => repo.git('rev-parse', 'HEAD').trim();
  const close = async () => {
    // Every request the Action sent the stand-in is one Mastodon's published description allows.
    const violations = mastodon.violations.splice(0);
    await mastodon.close();
    if (violations.length > 0) throw new Error(`requests the Mastodon description does not allow:\n${violations.join('\n')}`);
    await github.close();
    repo.remove();
  };
  return { mastodon, repo, github, ghRepo, mergePull, directPush, run, head, close };
}

/** A one-part post for Mastodon, optionally with the test image. */
export function post(text: string, image?: { path?: string; alt?: string }): string {
  const media = image
    ? `\n\n![${image.alt ?? 'A blue square, the test image'}](${image.path ?? 'media/square.png'} "Image: Herald tests, CC0")`
    : '';
  return `---\nlanguage: en\nplatforms: [mastodon]\n---\n${text}${media}\n`;
}
