// Corrections and retractions through the Action's run(): the same vote as a new post (a refused vote,
// or a direct push, edits and deletes nothing), then the edit or deletion once, reported on the PR with
// links, and recorded in the ledger with the vote (pull request, head, check run, approvers).
import { afterEach, describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import { pushedLedger } from '../publish/_harness.ts';
import { post, publishWorld, type World } from './_publish-world.ts';

let world: World | undefined;
afterEach(async () => {
  world?.github.assertNoViolations();
  await world?.close();
  world = undefined;
});

const commentsOn = (w: World, number: number) =>
  w.ghRepo.comments
    .filter((c) => c.issueNumber === number)
    .map((c) => c.body.replace(/\\(.)/g, '$1'))
    .join('\n');
const writes = (w: World) => w.mastodon.requests.filter((r) => r.method === 'PUT' || r.method === 'DELETE');

async function published(): Promise<World> {
  const w = await publishWorld();
  const base = w.head();
  const { merge } = w.mergePull({ 'posts/sprint.md': post('The sprint is on Thursday 5 December') });
  const result = await w.run({ name: 'push', before: base, after: merge });
  expect(result.failed).toEqual([]);
  expect(w.mastodon.state.statuses.map((s) => s.text)).toEqual(['The sprint is on Thursday 5 December']);
  return w;
}

describe('corrections and retractions need the vote', () => {
  it('a correction whose vote failed, or pushed without a pull request, edits nothing and says why', async () => {
    world = await published();
    let base = world.head();
    const failed = world.mergePull({ 'posts/sprint.md': post('The sprint is on Friday 6 December') }, { vote: 'failure' });
    let result = await world.run({ name: 'push', before: base, after: failed.merge });
    expect(result.warnings.join('\n')).toMatch(/refused posts\/sprint\.md: "Herald vote" on PR #2's head .* is failure, not passed/);
    base = world.head();
    const pushed = world.directPush({ 'posts/sprint.md': post('The sprint is on Saturday 7 December') });
    result = await world.run({ name: 'push', before: base, after: pushed });
    expect(result.warnings.join('\n')).toMatch(/refused posts\/sprint\.md: .*a direct push/);
    const retracted = world.directPush({
      'posts/sprint.md': post('x').replace('language: en', 'language: en\nretract: true\nretract_reason: gone'),
    });
    result = await world.run({ name: 'push', before: pushed, after: retracted });
    expect(result.warnings.join('\n')).toMatch(/refused posts\/sprint\.md/);
    expect(writes(world)).toEqual([]);
    expect(world.mastodon.state.statuses.map((s) => [s.text, s.history])).toEqual([['The sprint is on Thursday 5 December', []]]);
  }, 90_000);

  it('a voted correction edits in place once, records who approved it, and says so on the PR', async () => {
    world = await published();
    const base = world.head();
    const fixed = world.mergePull({ 'posts/sprint.md': post('The sprint is on Friday 6 December') });
    world.github.state.review(fixed.pull, { login: 'grace', type: 'User' }, 'APPROVED');
    world.github.state.review(fixed.pull, { login: 'linus', type: 'User' }, 'CHANGES_REQUESTED');
    const result = await world.run({ name: 'push', before: base, after: fixed.merge });
    expect(result.failed).toEqual([]);
    const [status] = world.mastodon.state.statuses;
    expect([status!.text, status!.history]).toEqual(['The sprint is on Friday 6 December', ['The sprint is on Thursday 5 December']]);
    expect(commentsOn(world, fixed.pull.number)).toMatch(new RegExp(`mastodon: edited .*${status!.id}`));
    expect(result.summary).toMatch(/sprint\.md .*mastodon \| edited/);
    const ledger = parseLedger('published/sprint.yml', pushedLedger(world.repo, 'sprint')!);
    expect(ledger.revisions).toHaveLength(1);
    expect(ledger.revisions![0]).toMatchObject({
      kind: 'correction',
      approval: { pull: fixed.pull.number, head: fixed.head, approvers: ['grace'] },
      steps: [{ platform: 'mastodon', part: 0, action: 'edit', state: 'done', result: 'edited' }],
    });
    expect(ledger.contentHash).toBe(ledger.revisions![0]!.content);
    // The next run (any push) changes nothing.
    const again = await world.run({ name: 'schedule' });
    expect(again.failed).toEqual([]);
    expect(writes(world).length).toBe(1);
  }, 90_000);

  it('a voted retraction deletes the live copy once, keeps its history in the ledger, and reports it', async () => {
    world = await published();
    const url = world.mastodon.state.statuses[0]!.id;
    const base = world.head();
    const text = post('The sprint is on Thursday 5 December').replace(
      'language: en',
      'language: en\nretract: true\nretract_reason: The sprint is cancelled',
    );
    const down = world.mergePull({ 'posts/sprint.md': text });
    const result = await world.run({ name: 'push', before: base, after: down.merge });
    expect(result.failed).toEqual([]);
    expect(world.mastodon.state.statuses).toEqual([]);
    expect(commentsOn(world, down.pull.number)).toMatch(new RegExp(`mastodon: deleted 1 part\\(s\\) .*${url}`));
    const ledger = parseLedger('published/sprint.yml', pushedLedger(world.repo, 'sprint')!);
    expect(ledger.platforms.mastodon![0]).toMatchObject({ state: 'live', id: url });
    expect(ledger.platforms.mastodon![0]!.deletedAt).toBeTruthy();
    expect(ledger.revisions![0]).toMatchObject({
      kind: 'retraction',
      reason: 'The sprint is cancelled',
      approval: { pull: down.pull.number },
    });
    expect(ledger.revisions![0]!.doneAt).toBeTruthy();
    // Deleting the file afterwards, or editing it, never brings it back.
    const again = await world.run({ name: 'schedule' });
    expect(again.failed).toEqual([]);
    expect(writes(world).length).toBe(1);
  }, 90_000);

  it('a correction merged in a run GitHub cancelled is made by the next run, from the tree alone', async () => {
    world = await published();
    const fixed = world.mergePull({ 'posts/sprint.md': post('The sprint is on Friday 6 December') });
    const other = world.mergePull({ 'posts/other.md': post('Another post') });
    // Only the second push's run happens (one pending run per concurrency group): its range misses the correction.
    const result = await world.run({ name: 'push', before: fixed.merge, after: other.merge });
    expect(result.failed).toEqual([]);
    expect(world.mastodon.state.statuses.map((s) => s.text).sort()).toEqual(['Another post', 'The sprint is on Friday 6 December']);
    expect(writes(world).length).toBe(1);
  }, 90_000);
});
