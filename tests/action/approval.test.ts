// Issue 9 point 2 and issue 15, through the Action's run(): a post is published only if `herald check`
// finds no error in it under the default-branch config and it is exactly what a merged PR's passed
// "Herald vote" approved: post and media blobs at the PR's head. Anything refused says why, in the run
// log, the job summary and the PR comment.
import { afterEach, describe, expect, it } from 'vitest';
import { PNG } from '../publish/_repo.ts';
import { post, publishWorld, type World } from './_publish-world.ts';
import { outsideCode } from '../helpers/markdown.ts';

let world: World | undefined;
afterEach(async () => {
  world?.github.assertNoViolations();
  await world?.close();
  world = undefined;
});

/** The test image with one byte of its pixel data changed: another file for git, as a swapped image is. */
const OTHER_PNG = Buffer.from(PNG);
OTHER_PNG.writeUInt8(OTHER_PNG.readUInt8(OTHER_PNG.length - 20) ^ 0xff, OTHER_PNG.length - 20);

/** The PR's comments as a reader sees the text (markdown escapes taken out). */
function commentsOn(w: World, number: number): string {
  return w.ghRepo.comments
    .filter((c) => c.issueNumber === number)
    .map((c) => c.body.replace(/\\(.)/g, '$1'))
    .join('\n');
}

describe('publish only what a passed vote approved', () => {
  it('publishes a merged post whose PR head passed the vote, and comments the link there', async () => {
    world = await publishWorld();
    const base = world.head();
    const { merge, pull } = world.mergePull({ 'posts/a.md': post('Hello from Herald', {}) });
    const result = await world.run({ name: 'push', before: base, after: merge });
    expect(result.failed).toEqual([]);
    expect(world.mastodon.state.statuses.map((s) => s.text)).toEqual(['Hello from Herald']);
    expect(commentsOn(world, pull.number)).toContain(world.mastodon.state.statuses[0]!.id);
  }, 60_000);

  it('refuses a post `herald check` finds an error in (an image without alt text), saying so everywhere', async () => {
    world = await publishWorld();
    const base = world.head();
    const { merge, pull } = world.mergePull({ 'posts/a.md': post('No alt text', { alt: '' }) });
    const result = await world.run({ name: 'push', before: base, after: merge });
    expect(world.mastodon.state.statuses).toEqual([]);
    expect(world.mastodon.state.media.size).toBe(0);
    expect(result.warnings.join('\n')).toMatch(/refused posts\/a\.md: `herald check` finds errors: .*alt text/i);
    expect(result.failed.join('\n')).toMatch(/posts\/a\.md:\d+:\d+: .*alt text/i);
    expect(result.summary).toMatch(/posts\/a\.md .*invalid post/);
    expect(commentsOn(world, pull.number)).toMatch(/refused posts\/a\.md/);
  }, 60_000);

  it('refuses a post pushed straight to the default branch', async () => {
    world = await publishWorld();
    const base = world.head();
    const sha = world.directPush({ 'posts/a.md': post('Pushed without a vote') });
    const result = await world.run({ name: 'push', before: base, after: sha });
    expect(world.mastodon.state.statuses).toEqual([]);
    expect(result.warnings.join('\n')).toMatch(/refused posts\/a\.md: .*not merged from a pull request \(a direct push\)/);
    expect(result.summary).toContain('refused');
    expect(result.failed.join('\n')).toContain('posts/a.md: refused');
  }, 60_000);

  it.each([
    ['failed', { vote: 'failure' as const }, /"Herald vote" on PR #1's head \w{7} is failure, not passed/],
    ['never ran', { vote: 'none' as const }, /PR #1's head \w{7} has no "Herald vote" check run: the vote was never passed/],
    [
      'passed, but from another app',
      { voteApp: 4242 },
      /has no "Herald vote" check run \(only from impostor, not one of publish\.vote_apps: herald, github-actions\)/,
    ],
  ])(
    'refuses a merged post whose vote %s, on the PR too',
    async (_name, opts, reason) => {
      world = await publishWorld();
      world.github.auth.registerApp({
        id: 4242,
        slug: 'impostor',
        name: 'Impostor',
        permissions: { checks: 'write' },
        events: [],
        publicKey: (await import('node:crypto')).generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey,
      });
      const base = world.head();
      const { merge, pull } = world.mergePull({ 'posts/a.md': post('Merged past the vote') }, opts);
      const result = await world.run({ name: 'push', before: base, after: merge });
      expect(world.mastodon.state.statuses).toEqual([]);
      expect(result.warnings.join('\n')).toMatch(reason);
      expect(commentsOn(world, pull.number)).toMatch(reason);
    },
    60_000,
  );

  it('refuses a post whose image at the default branch is not the one the vote approved (issue 15)', async () => {
    world = await publishWorld();
    const base = world.head();
    const { merge, pull } = world.mergePull(
      { 'posts/a.md': post('Look at this', { path: 'media/pic.png' }), 'posts/media/pic.png': PNG },
      { atMerge: { 'posts/media/pic.png': OTHER_PNG } },
    );
    const result = await world.run({ name: 'push', before: base, after: merge });
    expect(world.mastodon.state.statuses).toEqual([]);
    const reason = /image posts\/media\/pic\.png is not what the vote approved: PR #1's head \w{7} has a different file/;
    expect(result.warnings.join('\n')).toMatch(reason);
    expect(result.summary.replace(/\\(.)/g, '$1')).toMatch(reason);
    expect(commentsOn(world, pull.number)).toMatch(reason);
  }, 60_000);

  it('a file name that mentions someone pings nobody from the comment or the summary (issue 9.9)', async () => {
    world = await publishWorld();
    const base = world.head();
    const { merge, pull } = world.mergePull({ 'posts/thanks-@octocat.md': post('Thanks to our contributors') });
    const result = await world.run({ name: 'push', before: base, after: merge });
    expect(result.failed).toEqual([]);
    const body = world.ghRepo.comments.find((c) => c.issueNumber === pull.number)!.body;
    // The file name is inline code, where GitHub links no mention; outside code nothing names @octocat.
    expect(body).toContain('` posts/thanks-@octocat.md `');
    expect(outsideCode(body)).not.toMatch(/@octocat/);
    expect(result.summary).toContain('` posts/thanks-@octocat.md `');
    expect(outsideCode(result.summary)).not.toMatch(/@octocat/);
  }, 60_000);

  it('a post under publish.trusted_paths may be pushed directly, and only that one', async () => {
    world = await publishWorld({ configExtra: 'publish:\n  trusted_paths: [posts/feeds/**]\n' });
    const base = world.head();
    const sha = world.directPush({ 'posts/feeds/news.md': post('From a trusted feed'), 'posts/other.md': post('Not trusted') });
    const result = await world.run({ name: 'push', before: base, after: sha });
    expect(world.mastodon.state.statuses.map((s) => s.text)).toEqual(['From a trusted feed']);
    expect(result.warnings.join('\n')).toMatch(/refused posts\/other\.md/);
  }, 60_000);
});
