// A proposal issue end to end: the issue on the fake GitHub (validated against GitHub's OpenAPI
// description), the image served over loopback, the draft pull request with the post and its image,
// the comment back on the issue; bad answers get a comment naming the field; an edit updates the PR.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { PROPOSAL_FIELDS } from '../../src/core/proposal.ts';
import { proposeCommand } from '../../src/cli/propose-command.ts';
import { extrasOf, nextNumber, pullExtras } from '../helpers/fake-github/repo-extras.ts';
import { startRepoGitHub, type RepoGitHub } from '../helpers/fake-github/repo-routes.ts';
import { tick } from '../helpers/fake-github/state.ts';
import { captureIO } from '../cli/_io.ts';

const CONFIG = 'timezone: Europe/Amsterdam\nplatforms:\n  mastodon: { server: https://fosstodon.org }\n  bluesky: {}\n';
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf000000030101009a0f2e3a0000000049454e44ae426082',
  'hex',
);

let gh: RepoGitHub;
let images: Server;
let imageUrl: string;

beforeEach(async () => {
  gh = await startRepoGitHub({ '.github/herald.yml': CONFIG, 'posts/.keep': '' });
  images = createServer((req, res) => {
    if (req.url === '/assets/pony') return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    if (req.url === '/assets/page') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hi</html>');
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
  imageUrl = `http://127.0.0.1:${(images.address() as AddressInfo).port}`;
});
afterEach(async () => {
  gh.github.assertNoViolations();
  await Promise.all([gh.github.close(), new Promise((resolve) => images.close(resolve))]);
});

function openIssue(answers: Record<string, string>, title = 'Post: Sprint in Berlin'): number {
  const body = PROPOSAL_FIELDS.map((f) => `### ${f.label}\n\n${answers[f.id] ?? '_No response_'}`).join('\n\n');
  const number = nextNumber(gh.repo);
  const at = tick();
  extrasOf(gh.repo).issues.push({
    number,
    title,
    body,
    labels: ['post proposal'],
    state: 'open',
    author: { login: 'ann', type: 'User' },
    createdAt: at,
    updatedAt: at,
  });
  return number;
}

function io() {
  const captured = captureIO('/nonexistent', new Date('2026-12-04T09:00:00Z'));
  captured.env = { GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: 'django/social', GITHUB_API_URL: gh.github.url };
  return captured;
}

const deps = () => ({ isAttachment: (u: URL) => u.origin === imageUrl, fetchOptions: { allowPrivateAddresses: true } });
const filesOn = (branch: string) => gh.repo.commits.get(gh.repo.branches.get(branch)!)!.files;

describe('herald propose --issue', () => {
  it('opens a draft pull request with the post and its image, and says so on the issue', async () => {
    const issue = openIssue({
      text: 'Join the Django sprint in Berlin!',
      platforms: '- [X] Mastodon\n- [ ] Bluesky',
      image: `![pony](${imageUrl}/assets/pony)`,
      alt: 'Three people at a laptop',
      credit: 'Photo: Ann, CC BY 4.0',
    });
    const captured = io();
    expect(await proposeCommand(['--issue', String(issue)], captured, deps())).toBe(0);
    const pull = [...gh.repo.pulls.values()][0]!;
    expect(captured.stdout()).toBe(`Opened draft pull request #${pull.number}: https://github.com/django/social/pull/${pull.number}\n`);
    expect(pull).toMatchObject({ draft: true, headRef: `herald/proposal-${issue}`, title: 'Post: Sprint in Berlin' });
    expect(pullExtras(gh.repo, pull).body).toContain(`Closes #${issue}.`);
    const files = filesOn(pull.headRef);
    expect(files.get('posts/2026-12-04-sprint-in-berlin.md')).toBe(
      `---\n# Proposed in issue #${issue}.\nlanguage: en\nplatforms:\n  - mastodon\n---\nJoin the Django sprint in Berlin!\n\n![Three people at a laptop](media/2026-12-04-sprint-in-berlin.png "Photo: Ann, CC BY 4.0")\n`,
    );
    const upload = gh.github.requests.find((r) => r.operation === 'repos/create-or-update-file-contents' && r.path.endsWith('.png'));
    expect(Buffer.from(String((upload!.body as { content: string }).content), 'base64').equals(PNG)).toBe(true);
    const comments = gh.repo.comments.filter((c) => c.issueNumber === issue);
    expect(comments.map((c) => c.body)).toEqual([expect.stringContaining(`draft pull request #${pull.number}`)]);
  });

  it('comments the answers to fix instead of opening a pull request, once per edit', async () => {
    const issue = openIssue({ text: 'Hi', image: `![pony](${imageUrl}/assets/page)`, alt: 'x', publish_at: 'tomorrow' });
    expect(await run(['propose', '--issue', String(issue)], io())).toBe(1);
    // The CLI runs with GitHub's hosts as the only attachment hosts: the loopback image is refused first.
    expect(gh.repo.pulls.size).toBe(0);
    const first = gh.repo.comments.filter((c) => c.issueNumber === issue);
    expect(first).toHaveLength(1);
    expect(first[0]!.body).toContain('- **Image** must be an image uploaded to this issue');
    expect(first[0]!.body).toContain('- **Publish at** "tomorrow" is not in that form');
    const captured = io();
    expect(await proposeCommand(['--issue', String(issue)], captured, deps())).toBe(1);
    expect(captured.stdout()).toContain('Publish at "tomorrow" is not in that form');
    const again = gh.repo.comments.filter((c) => c.issueNumber === issue);
    expect(again).toHaveLength(1);
  });

  it('refuses a download that is not an image', async () => {
    const issue = openIssue({ text: 'Hi', image: `![pony](${imageUrl}/assets/page)`, alt: 'x' });
    expect(await proposeCommand(['--issue', String(issue)], io(), deps())).toBe(1);
    expect(gh.repo.comments.at(-1)!.body).toContain('- **Image** is not a PNG, JPEG, GIF or WebP image');
  });

  it('reports what herald check refuses, by field', async () => {
    const issue = openIssue({ text: 'x'.repeat(600), platforms: '- [X] Mastodon' });
    expect(await proposeCommand(['--issue', String(issue)], io(), deps())).toBe(1);
    expect(gh.repo.comments.at(-1)!.body).toMatch(/- \*\*Post text\*\* .*500/);
    expect(gh.repo.pulls.size).toBe(0);
  });

  it('updates its own pull request when the issue is edited', async () => {
    const issue = openIssue({ text: 'First version' });
    expect(await proposeCommand(['--issue', String(issue)], io(), deps())).toBe(0);
    extrasOf(gh.repo).issues.find((i) => i.number === issue)!.body = PROPOSAL_FIELDS.map(
      (f) => `### ${f.label}\n\n${f.id === 'text' ? 'Second version' : '_No response_'}`,
    ).join('\n\n');
    const captured = io();
    expect(await proposeCommand(['--issue', String(issue)], captured, deps())).toBe(0);
    expect(captured.stdout()).toMatch(/^Updated draft pull request #\d+/);
    expect(gh.repo.pulls.size).toBe(1);
    expect(filesOn(`herald/proposal-${issue}`).get('posts/2026-12-04-sprint-in-berlin.md')).toContain('Second version');
    expect(gh.repo.comments.filter((c) => c.issueNumber === issue)).toHaveLength(1);
  });
});

describe('herald propose from the workflow form', () => {
  it('opens a draft pull request from the options, without an issue', async () => {
    const captured = io();
    captured.env.GITHUB_ACTOR = 'grace';
    expect(
      await proposeCommand(
        [
          '--title',
          'Office hours',
          '--text',
          'Office hours on Friday.',
          '--platforms',
          'Bluesky',
          '--publish-at',
          '2026-12-11T15:00:00+01:00',
        ],
        captured,
        deps(),
      ),
    ).toBe(0);
    const pull = [...gh.repo.pulls.values()][0]!;
    expect(pullExtras(gh.repo, pull).body).toBe(
      'Proposed by @grace with the workflow form. Merging publishes it to Bluesky at 2026-12-11T15:00:00+01:00, once the vote passes.\n',
    );
    expect(filesOn(pull.headRef).get('posts/2026-12-11-office-hours.md')).toContain('publish_at: 2026-12-11T15:00:00+01:00');
  });
});
