// A pull request as the publish Action verifies it: its head pushed to refs/pull/N/head on the real git
// origin, a "Herald vote" check run on that head in the fake GitHub, and a merge commit on main in both.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { recordCheckRun } from '../helpers/fake-github/routes-checks.ts';
import { recordMerge } from '../helpers/fake-github/routes-commits.ts';
import type { FakeGitHub } from '../helpers/fake-github/server.ts';
import { tick, type FakePull, type FakeRepo } from '../helpers/fake-github/state.ts';
import type { TestRepo } from '../publish/_repo.ts';

/** GitHub Actions' app id: in Actions-only mode the vote's check run is its. */
export const GITHUB_ACTIONS_APP = 15368;
export type Files = Record<string, string | Uint8Array | null>;

/** Writes (or with null, removes) files in the work tree and stages them. */
export function writeFiles(repo: TestRepo, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) repo.git('rm', '-q', '--', path);
    else {
      mkdirSync(dirname(join(repo.dir, path)), { recursive: true });
      writeFileSync(join(repo.dir, path), content);
      repo.git('add', '--', path);
    }
  }
}

export interface VotedPullOptions {
  vote?: 'success' | 'failure' | 'none';
  voteApp?: number;
  /** Files changed in the merge commit itself (what was merged is not what was approved). */
  atMerge?: Files;
  title?: string;
  author?: string;
}

/** PR `number` with `files`, its vote on its head, merged into main with a merge commit (pushed to origin). */
export function mergeVotedPull(
  world: { repo: TestRepo; github: FakeGitHub; ghRepo: FakeRepo },
  number: number,
  files: Files,
  opts: VotedPullOptions = {},
): { pull: FakePull; head: string; merge: string } {
  const { repo, github, ghRepo } = world;
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', `pr-${number}`, base);
  writeFiles(repo, files);
  repo.git('commit', '-q', '-m', `PR ${number}`);
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.git('push', '-q', 'origin', `${head}:refs/pull/${number}/head`);
  repo.git('checkout', '-q', 'main');
  repo.git('merge', '-q', '--no-ff', '--no-commit', `pr-${number}`);
  if (opts.atMerge) writeFiles(repo, opts.atMerge);
  repo.git('commit', '-q', '-m', `Merge pull request #${number} from wg/pr-${number}`);
  const merge = repo.git('rev-parse', 'HEAD').trim();
  repo.git('push', '-q', 'origin', 'HEAD:refs/heads/main');

  const changes = Object.fromEntries(Object.keys(files).map((f) => [f, `${f} at ${head}`]));
  const pull = github.state.openPull(ghRepo, {
    author: { login: opts.author ?? 'ada', type: 'User' },
    changes,
    title: opts.title ?? `PR ${number}`,
  });
  ghRepo.commits.set(head, { ...ghRepo.commits.get(pull.headSha)!, oid: head });
  pull.headSha = head;
  if ((opts.vote ?? 'success') !== 'none') {
    recordCheckRun(ghRepo, {
      id: github.state.nextId(),
      appId: opts.voteApp ?? GITHUB_ACTIONS_APP,
      headSha: head,
      name: 'Herald vote',
      conclusion: opts.vote ?? 'success',
      at: tick(),
    });
  }
  recordMerge(ghRepo, pull, merge);
  return { pull, head, merge };
}
