// The BUNDLED Action as a process, after publication: a voted correction edits the live Mastodon status
// in place, a voted retraction deletes it, each once, with the PR comment, outputs and ledger to show.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import { pushedLedger } from '../publish/_harness.ts';
import { runBundle } from './_bundle.ts';
import { GITHUB_ACTIONS_APP, post, publishWorld, type World } from './_publish-world.ts';

let world: World | undefined;
afterEach(async () => {
  world?.github.assertNoViolations();
  await world?.close();
  world = undefined;
});

let runs = 0;
async function bundle(w: World, before: string, after: string) {
  const workspace = join(w.repo.root, `bundle-${++runs}`);
  execFileSync('git', ['clone', '-q', w.repo.origin, workspace]);
  execFileSync('git', ['checkout', '-q', '-B', 'main', after], { cwd: workspace });
  const token = w.github.auth.issueToken({
    login: 'github-actions[bot]',
    appId: GITHUB_ACTIONS_APP,
    permissions: { metadata: 'read', contents: 'write', pull_requests: 'write', checks: 'read' },
  });
  return runBundle({
    workspace,
    eventName: 'push',
    event: { ref: 'refs/heads/main', before, after, repository: { full_name: 'wg/social' } },
    inputs: { config: '.github/herald.yml', 'dry-run': 'false', platforms: '', 'retry-post': '', 'github-token': token },
    env: {
      GITHUB_REPOSITORY: 'wg/social',
      GITHUB_API_URL: w.github.url,
      GITHUB_RUN_ID: String(5000 + runs),
      MASTODON_ACCESS_TOKEN: 'mastodon-secret-token',
    },
  });
}

const comments = (w: World, number: number) =>
  w.ghRepo.comments
    .filter((c) => c.issueNumber === number)
    .map((c) => c.body.replace(/\\(.)/g, '$1'))
    .join('\n');

describe('the bundled Action after publication', () => {
  it('publishes, corrects in place once, then retracts once', async () => {
    world = await publishWorld();
    let base = world.head();
    const first = world.mergePull({ 'posts/sprint.md': post('The sprint is on Thursday 5 December') });
    const published = await bundle(world, base, first.merge);
    expect(published.code, published.log).toBe(0);
    const id = world.mastodon.state.statuses[0]!.id;

    base = world.head();
    const fixed = world.mergePull({ 'posts/sprint.md': post('The sprint is on Friday 6 December') });
    for (let run = 0; run < 2; run++) {
      const corrected = await bundle(world, base, fixed.merge);
      expect(corrected.code, corrected.log).toBe(0);
    }
    expect(world.mastodon.state.statuses.map((s) => [s.id, s.text, s.history])).toEqual([
      [id, 'The sprint is on Friday 6 December', ['The sprint is on Thursday 5 December']],
    ]);
    expect(comments(world, fixed.pull.number)).toMatch(new RegExp(`mastodon: edited .*${id}`));

    base = world.head();
    const down = world.mergePull({
      'posts/sprint.md': post('The sprint is on Friday 6 December').replace(
        'language: en',
        'language: en\nretract: true\nretract_reason: Cancelled',
      ),
    });
    for (let run = 0; run < 2; run++) {
      const retracted = await bundle(world, base, down.merge);
      expect(retracted.code, retracted.log).toBe(0);
      // The re-run finds it retracted: nothing is sent.
      expect(retracted.output).toContain(run === 0 ? '"status":"deleted"' : '"status":"retracted"');
    }
    expect(world.mastodon.state.statuses).toEqual([]);
    expect(world.mastodon.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
    expect(comments(world, down.pull.number)).toMatch(/retracted, because: .*Cancelled/);
    const ledger = parseLedger('published/sprint.yml', pushedLedger(world.repo, 'sprint')!);
    expect(ledger.revisions!.map((r) => [r.kind, Boolean(r.doneAt), r.approval?.pull])).toEqual([
      ['correction', true, fixed.pull.number],
      ['retraction', true, down.pull.number],
    ]);
  }, 180_000);
});
