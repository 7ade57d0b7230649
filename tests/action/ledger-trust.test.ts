// Issue 9 point 1, through the Action's run(): the ledger is the publisher's own state on herald/ledger,
// so whatever `published/` a merged PR puts on the default branch can neither point the publisher at an
// unreviewed file, nor erase a post's record (a second publish), nor forge a "live" record.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { post, publishWorld, type World } from './_publish-world.ts';

let world: World | undefined;
afterEach(async () => {
  world?.github.assertNoViolations();
  await world?.close();
  world = undefined;
});

const forgedLedger = (id: string, file: string, extra: string) => `post: ${id}\nfile: ${file}\ncontent: sha256:00\n${extra}`;

describe('the ledger cannot be written by a pull request', () => {
  it('a published/*.yml naming docs/notes.md with a past scheduled_for publishes nothing', async () => {
    world = await publishWorld({
      files: { 'docs/notes.md': '---\nlanguage: en\nplatforms: [mastodon]\n---\nInternal notes: the admin password is in the vault\n' },
    });
    await world.run({ name: 'schedule' }); // Herald already runs here (the ledger branch exists)
    const before = world.head();
    const { merge } = world.mergePull({
      'published/notes.yml': forgedLedger('notes', 'docs/notes.md', 'scheduled_for: 2026-01-01T00:00:00.000Z\nplatforms: {}\n'),
    });
    expect((await world.run({ name: 'push', before, after: merge })).failed).toEqual([]);
    const scheduled = await world.run({ name: 'schedule' });
    expect(scheduled.failed).toEqual([]);
    expect(world.mastodon.state.statuses).toEqual([]);
  }, 60_000);

  it("deleting a published post's ledger file and touching the post does not publish it again", async () => {
    world = await publishWorld();
    const base = world.head();
    const first = world.mergePull({ 'posts/launch.md': post('Herald is live') });
    expect((await world.run({ name: 'push', before: base, after: first.merge })).failed).toEqual([]);
    expect(world.mastodon.state.statuses).toHaveLength(1);
    world.repo.git('fetch', '-q', 'origin', 'main');
    world.repo.git('reset', '-q', '--hard', 'origin/main');
    const attack = {
      'posts/launch.md': post('Herald is live!'),
      ...(existsSync(join(world.repo.dir, 'published/launch.yml')) ? { 'published/launch.yml': null } : {}),
    };
    const second = world.mergePull(attack);
    await world.run({ name: 'push', before: first.merge, after: second.merge });
    await world.run({ name: 'schedule' });
    // The voted edit is a correction (issue 14): the one live status is edited in place, never posted again.
    expect(world.mastodon.state.statuses.map((s) => s.text)).toEqual(['Herald is live!']);
    // Sent once: the stand-in, like Mastodon within its idempotency window (1 hour), would hide a second send.
    expect(world.mastodon.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/statuses')).toHaveLength(1);
  }, 60_000);

  it('a post merged with a forged "live" ledger entry is published, and the forged link shown nowhere', async () => {
    world = await publishWorld();
    await world.run({ name: 'schedule' }); // Herald already runs here (the ledger branch exists)
    const base = world.head();
    const forged = forgedLedger(
      'launch',
      'posts/launch.md',
      'platforms:\n  mastodon:\n    - part: 0\n      state: live\n      key: k\n      url: https://evil.example/forged\n      id: "1"\n      run: "1-1"\n      intent_at: "2026-01-01T00:00:00Z"\n',
    );
    const { merge, pull } = world.mergePull({ 'posts/launch.md': post('Herald is live'), 'published/launch.yml': forged });
    const result = await world.run({ name: 'push', before: base, after: merge });
    expect(result.failed).toEqual([]);
    expect(world.mastodon.state.statuses.map((s) => s.text)).toEqual(['Herald is live']);
    expect(result.summary).not.toContain('evil.example');
    expect(result.outputs['published']).not.toContain('evil.example');
    const comments = world.ghRepo.comments.filter((c) => c.issueNumber === pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).not.toContain('evil.example');
  }, 60_000);
});
