import { expect, test } from 'vitest';
import { writeCheckRun } from '../../src/github/check-runs.ts';
import type { CheckAnnotation, CheckRunOutput } from '../../src/core/check-runs/types.ts';
import { person } from '../helpers/fake-github/scenario.ts';
import type { FakeGitHub } from '../helpers/fake-github/server.ts';
import { useFakeGitHub } from '../helpers/fake-github/use-fake-github.ts';
import { clientFor } from './_client.ts';

let github: FakeGitHub;
useFakeGitHub((started) => (github = started));

const annotation = (i: number): CheckAnnotation => ({
  path: 'posts/a.md',
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'warning',
  message: `finding ${i}`,
});
const output = (annotations: CheckAnnotation[], summary = 'summary'): CheckRunOutput => ({
  name: 'Herald guidelines',
  conclusion: annotations.length > 0 ? 'neutral' : 'success',
  title: `${annotations.length} findings`,
  summary,
  annotations,
});

function setup() {
  const client = clientFor(github);
  const repo = github.state.createRepo('g', 'social', { 'README.md': 'x' });
  const pull = github.state.openPull(repo, { author: person('ada'), changes: { 'posts/a.md': 'a' } });
  const target = { owner: 'g', repo: 'social', number: pull.number };
  const options = {
    headSha: pull.headSha,
    completedAt: '2026-12-01T10:00:00Z',
    detailsUrl: 'https://github.com/g/social/pull/1',
    force: false,
    externalId: 'herald:read head=abcdef1 review=0',
  };
  return { client, repo, target, options };
}

test('annotations go 50 per request: 120 → one create and two updates', async () => {
  const { client, repo, target, options } = setup();
  const mark = github.requests.length;
  expect(await writeCheckRun(client, target, undefined, output(Array.from({ length: 120 }, (_, i) => annotation(i))), options)).toBe(
    'created',
  );
  expect(github.since(mark).map((r) => r.operation)).toEqual(['checks/create', 'checks/update', 'checks/update']);
  expect(repo.checkRuns).toHaveLength(1);
  expect(repo.checkRuns[0]!.annotations.map((a) => a.message)).toEqual(Array.from({ length: 120 }, (_, i) => `finding ${i}`));
});

test('an unchanged run is left alone; a changed one without annotations is patched in place', async () => {
  const { client, repo, target, options } = setup();
  await writeCheckRun(client, target, undefined, output([]), options);
  const run = repo.checkRuns[0]!;
  const existing = {
    id: run.id,
    status: 'COMPLETED',
    conclusion: 'SUCCESS',
    title: run.title,
    summary: run.summary,
    annotations: 0,
    externalId: null,
  };
  const mark = github.requests.length;
  expect(await writeCheckRun(client, target, existing, output([]), options)).toBe('unchanged');
  expect(github.since(mark)).toEqual([]);
  expect(await writeCheckRun(client, target, existing, output([], 'new summary'), options)).toBe('updated');
  expect(repo.checkRuns).toHaveLength(1);
  expect(run.summary).toBe('new summary');
});

test('a run whose annotations change is replaced, so GitHub never shows old annotations twice', async () => {
  const { client, repo, target, options } = setup();
  await writeCheckRun(client, target, undefined, output([annotation(1)]), options);
  const run = repo.checkRuns[0]!;
  const existing = {
    id: run.id,
    status: 'COMPLETED',
    conclusion: 'NEUTRAL',
    title: run.title,
    summary: run.summary,
    annotations: 1,
    externalId: null,
  };
  expect(await writeCheckRun(client, target, existing, output([annotation(2)], 'other'), options)).toBe('created');
  expect(repo.checkRuns.map((r) => r.annotations.length)).toEqual([1, 1]);
});
