import { expect, test } from 'vitest';
import { upsertComment } from '../../src/github/comment.ts';
import { stampBody } from '../../src/github/stamp.ts';
import { person } from '../helpers/fake-github/scenario.ts';
import type { FakeGitHub } from '../helpers/fake-github/server.ts';
import { useFakeGitHub } from '../helpers/fake-github/use-fake-github.ts';
import { clientFor } from './_client.ts';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));

test('creates, then edits in place, then leaves an identical body alone', async () => {
  const client = clientFor(github);
  const repo = github.state.createRepo('g', 'social', { 'README.md': 'x' });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': 'a' } });
  const target = { owner: 'g', repo: 'social', number: pull.number };
  const stamp = { head: pull.headSha, review: 0, context: '0123456789ab' };
  expect(await upsertComment(client, target, undefined, 'one', stamp)).toBe('created');
  const [comment] = repo.comments;
  expect(await upsertComment(client, target, { id: comment!.id, body: comment!.body }, 'two', stamp)).toBe('updated');
  const mark = github.requests.length;
  // A newer stamp alone is no reason to write.
  expect(await upsertComment(client, target, { id: comment!.id, body: comment!.body }, 'two', { ...stamp, review: 9 })).toBe('unchanged');
  expect(github.since(mark)).toEqual([]);
  expect(repo.comments.map((c) => c.body)).toEqual([stampBody('two', stamp)]);
});
