// Issue 9 point 6 and the publisher items of 9.9, through the Action's run(): every run publishes all
// that is due and not yet live at the default branch's tip, whatever before..after its event names;
// posts from before Herald form a baseline; id collisions and posts deleted mid-way are reported.
import { afterEach, describe, expect, it } from 'vitest';
import { post, publishWorld, type World } from './_publish-world.ts';

let world: World | undefined;
afterEach(async () => {
  world?.github.assertNoViolations();
  await world?.close();
  world = undefined;
});

const texts = (w: World) => w.mastodon.state.statuses.map((s) => s.text).sort();

describe('no merge is ever lost', () => {
  it("two merges, the first one's run cancelled by GitHub: the second run publishes both", async () => {
    world = await publishWorld();
    await world.run({ name: 'schedule' });
    const first = world.mergePull({ 'posts/a.md': post('First merge') });
    const second = world.mergePull({ 'posts/b.md': post('Second merge') });
    // Only the pending run of the second push survives (one pending run per concurrency group).
    const result = await world.run({ name: 'push', before: first.merge, after: second.merge });
    expect(result.failed).toEqual([]);
    expect(texts(world)).toEqual(['First merge', 'Second merge']);
    // Each post's link goes to its own PR.
    expect(world.ghRepo.comments.map((c) => c.issueNumber).sort()).toEqual([first.pull.number, second.pull.number]);
  }, 60_000);

  it('two merges while a run waits (environment approval): the waiting run publishes both, the next finds nothing', async () => {
    world = await publishWorld();
    await world.run({ name: 'schedule' });
    const base = world.head();
    const first = world.mergePull({ 'posts/a.md': post('First merge') });
    world.mergePull({ 'posts/b.md': post('Second merge') });
    // The run for the first push starts after the second merge: its event still says base..first.
    expect((await world.run({ name: 'push', before: base, after: first.merge })).failed).toEqual([]);
    expect(texts(world)).toEqual(['First merge', 'Second merge']);
    const next = await world.run({ name: 'schedule' });
    expect(next.failed).toEqual([]);
    expect(world.mastodon.state.statuses).toHaveLength(2);
  }, 60_000);

  it('posts already there when the ledger branch is created are the baseline: never published, and the log says so', async () => {
    world = await publishWorld({ files: { 'posts/old.md': post('An old post from before Herald') } });
    const base = world.head();
    const { merge } = world.mergePull({ 'posts/new.md': post('The first post with Herald') });
    const result = await world.run({ name: 'push', before: base, after: merge });
    expect(result.failed).toEqual([]);
    expect(texts(world)).toEqual(['The first post with Herald']);
    expect(result.info.join('\n')).toMatch(
      /creating it; 1 post\(s\) already on the default branch form the baseline and are never published \(posts\/old\.md\)/,
    );
    await world.run({ name: 'schedule' });
    expect(texts(world)).toEqual(['The first post with Herald']);
  }, 60_000);

  it('the first run copies published/ from the default branch once (a ledger from before the branch)', async () => {
    world = await publishWorld({
      files: {
        'posts/done.md': post('Published by an older Herald'),
        'published/done.yml':
          'post: done\nfile: posts/done.md\ncontent: sha256:00\nplatforms:\n  mastodon:\n    - part: 0\n      state: live\n      key: k\n      url: https://fosstodon.example/@wg/1\n      id: "1"\n      run: "1-1"\n      intent_at: "2026-01-01T00:00:00Z"\n',
      },
    });
    const result = await world.run({ name: 'schedule' });
    expect(result.failed).toEqual([]);
    expect(result.info.join('\n')).toMatch(/from published\/ on the default branch at \w{7} \(1 ledger files; a one-time migration/);
    expect(world.mastodon.state.statuses).toEqual([]);
    world.repo.git('fetch', '-q', 'origin', 'herald/ledger');
    expect(world.repo.git('show', 'FETCH_HEAD:published/done.yml')).toContain('https://fosstodon.example/@wg/1');
  }, 60_000);
});

describe('post ids and deleted posts', () => {
  it('a new post with the file name of a published post in another folder is refused with a clear error, not silently skipped', async () => {
    world = await publishWorld();
    const base = world.head();
    const first = world.mergePull({ 'posts/launch.md': post('The first launch') });
    await world.run({ name: 'push', before: base, after: first.merge });
    const second = world.mergePull({ 'posts/2027/launch.md': post('Another launch, a year later') });
    const result = await world.run({ name: 'push', before: first.merge, after: second.merge });
    expect(texts(world)).toEqual(['The first launch']);
    expect(result.warnings.join('\n')).toContain(
      'refused posts/2027/launch.md: another post, posts/launch.md, already has the id "launch"',
    );
    expect(result.failed.join('\n')).toContain('posts/2027/launch.md: refused');
    expect(
      world.ghRepo.comments
        .filter((c) => c.issueNumber === second.pull.number)
        .map((c) => c.body.replace(/\\(.)/g, '$1'))
        .join(),
    ).toContain('rename posts/2027/launch.md');
  }, 60_000);

  it('a post deleted after a partial publish is reported', async () => {
    world = await publishWorld();
    const base = world.head();
    const { merge } = world.mergePull({ 'posts/a.md': post('Half published') });
    // The first attempt fails on the platform (a revoked token): the part stays claimed (an intent), nothing is live.
    const failedRun = await world.run({ name: 'push', before: base, after: merge }, { MASTODON_ACCESS_TOKEN: 'a-revoked-token' });
    expect(failedRun.failed.join('\n')).toContain('posts/a.md → mastodon');
    world.repo.git('fetch', '-q', 'origin', 'main');
    world.repo.git('reset', '-q', '--hard', 'origin/main');
    const removal = world.mergePull({ 'posts/a.md': null });
    const result = await world.run({ name: 'push', before: merge, after: removal.merge });
    expect(world.mastodon.state.statuses).toEqual([]);
    expect(result.warnings.join('\n')).toContain(
      'posts/a.md was deleted before all of it was published (nothing of it is live); nothing more is sent',
    );
    expect(result.summary).toContain('file deleted with parts unpublished');
  }, 60_000);
});
