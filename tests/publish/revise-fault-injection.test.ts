// Kill the publisher at every API-call boundary of a correction (Mastodon edits a two-part thread in
// place; X, which cannot edit, gets a correction reply) and of a retraction (both delete), re-run it
// until it succeeds, and check the platforms: each edit made exactly once, the reply posted once,
// each deletion done and recorded once, nothing else touched. Real adapters, stand-in servers, a
// real git origin for the ledger, the Action's run() as a process.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger/format.ts';
import type { LedgerEntry } from '../../src/core/ledger/types.ts';
import { startMastodonServer } from '../helpers/servers/mastodon.ts';
import { startXServer } from '../helpers/servers/x.ts';
import { bundledScript } from '../helpers/bundled-script.ts';
import { pushedLedger } from './_harness.ts';
import { createRepo, heraldConfig, threadPost } from './_repo.ts';

// Bundled once for the file (tests/helpers/bundled-script.ts): each spawn loads one file.
const child = bundledScript(join(import.meta.dirname, '_revise-child.ts'));
const ORIGINAL = ['The sprint is on Thursday 5 December', 'Bring a laptop'];
const FIXED = ['The sprint is on Friday 6 December', 'Bring a laptop and a charger'];
const REPLY = 'Correction: the sprint is on Friday 6 December, not Thursday';
const front = (extra: string) => threadPost(FIXED, { platforms: ['mastodon', 'x'] }).replace('language: en', `language: en\n${extra}`);
const CHANGES = {
  correct: front(`correction:\n  reply: "${REPLY}"`),
  retract: threadPost(ORIGINAL, { platforms: ['mastodon', 'x'] }).replace(
    'language: en',
    'language: en\nretract: true\nretract_reason: The sprint is cancelled',
  ),
};
type Kind = keyof typeof CHANGES;

async function scenario(kind: Kind) {
  const mastodon = await startMastodonServer({ token: 'mastodon-token' });
  const x = await startXServer();
  const config = heraldConfig({ mastodon: mastodon.url, x: x.url }) + 'publish: { require_vote: false }\n';
  const repo = createRepo({ '.github/herald.yml': config });
  const c1 = repo.git('rev-parse', 'HEAD').trim();
  const c2 = repo.commit({ 'posts/sprint.md': threadPost(ORIGINAL, { platforms: ['mastodon', 'x'] }) }, 'Merge pull request #1');
  let runs = 0;
  const script = await child;
  const run = (before: string, after: string, killAt: number) => {
    const n = ++runs;
    const workspace = join(repo.root, `run-${n}`);
    execFileSync('git', ['clone', '-q', repo.origin, workspace]);
    execFileSync('git', ['checkout', '-q', '-B', 'main', after], { cwd: workspace });
    const event = join(repo.root, `event-${n}.json`);
    writeFileSync(event, JSON.stringify({ before, after, ref: 'refs/heads/main' }));
    const proc = spawn(process.execPath, [script], {
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        MASTODON_ACCESS_TOKEN: 'mastodon-token',
        X_API_KEY: 'ck',
        X_API_SECRET: 'cs',
        X_ACCESS_TOKEN: 'tk',
        X_ACCESS_TOKEN_SECRET: 'ts',
        KILL_AT: String(killAt),
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: String(n),
        GIT_AUTHOR_NAME: 'ci',
        GIT_AUTHOR_EMAIL: 'ci@example.test',
        GIT_COMMITTER_NAME: 'ci',
        GIT_COMMITTER_EMAIL: 'ci@example.test',
      },
      timeout: 60_000,
    });
    let output = '';
    proc.stdout.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (output += d.toString()));
    return new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) =>
      proc.on('close', (code, signal) => resolve({ code, signal, output })),
    );
  };
  const first = await run(c1, c2, 0);
  expect(first.code, first.output).toBe(0);
  // Someone else's status on the account: a retraction never touches it.
  await fetch(`${mastodon.url}/api/v1/statuses`, {
    method: 'POST',
    headers: { authorization: 'Bearer mastodon-token', 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'Posted by hand, not by Herald' }),
  });
  const original = { mastodon: mastodon.state.statuses.slice(0, 2).map((s) => s.id), x: x.state.tweets.map((t) => t.id) };
  const c3 = repo.commit({ 'posts/sprint.md': CHANGES[kind] }, 'Merge pull request #2');
  const ledger = (): LedgerEntry => parseLedger('published/sprint.yml', pushedLedger(repo, 'sprint')!);
  const close = async () => {
    await mastodon.close();
    await x.close();
    repo.remove();
  };
  return { mastodon, x, original, ledger, revise: (killAt: number) => run(c2, c3, killAt), close };
}

type World = Awaited<ReturnType<typeof scenario>>;

function assertCorrectedOnce(w: World): void {
  const herald = w.mastodon.state.statuses.filter((s) => w.original.mastodon.includes(s.id));
  expect(herald.map((s) => [s.text, s.history])).toEqual([
    [FIXED[0], [ORIGINAL[0]]],
    [FIXED[1], [ORIGINAL[1]]],
  ]);
  expect(w.x.state.tweets.map((t) => t.text)).toEqual([...ORIGINAL, REPLY]);
  expect(w.x.state.tweets[2]!.replyTo).toBe(w.original.x[1]);
  const entry = w.ledger();
  const revision = entry.revisions!.find((r) => r.kind === 'correction')!;
  expect(revision.doneAt).toBeTruthy();
  expect(entry.contentHash).toBe(revision.content);
  expect(revision.steps.map((s) => `${s.platform}/${s.part}/${s.action}/${s.state}`).sort()).toEqual([
    'mastodon/0/edit/done',
    'mastodon/1/edit/done',
    'x/2/reply/done',
  ]);
}

function assertRetractedOnce(w: World): void {
  expect(w.mastodon.state.statuses.map((s) => s.text)).toEqual(['Posted by hand, not by Herald']);
  expect(w.x.state.tweets).toEqual([]);
  const deletes = w.mastodon.requests.filter((r) => r.method === 'DELETE').map((r) => r.path.split('/').pop());
  expect(new Set(deletes)).toEqual(new Set(w.original.mastodon));
  const entry = w.ledger();
  const revision = entry.revisions!.find((r) => r.kind === 'retraction')!;
  expect(revision.doneAt).toBeTruthy();
  expect(revision.reason).toBe('The sprint is cancelled');
  expect(revision.steps.every((s) => s.action === 'delete' && s.state === 'done' && (s.result === 'deleted' || s.result === 'gone'))).toBe(
    true,
  );
  expect(revision.steps).toHaveLength(4);
  // The history stays: every part keeps its id and url, marked deleted.
  for (const platform of ['mastodon', 'x'] as const)
    expect(entry.platforms[platform]!.map((p) => [p.id, Boolean(p.url), Boolean(p.deletedAt)])).toEqual(
      w.original[platform].map((id) => [id, true, true]),
    );
}

const check: Record<Kind, (w: World) => void> = { correct: assertCorrectedOnce, retract: assertRetractedOnce };

describe.each(['correct', 'retract'] as Kind[])('fault injection after publication: %s', (kind) => {
  it('killed at every boundary, re-run until done: each edit or deletion exactly once', async () => {
    let boundaries: number;
    {
      const w = await scenario(kind);
      try {
        const clean = await w.revise(0);
        expect(clean.code, clean.output).toBe(0);
        boundaries = Number(/boundaries=(\d+)/.exec(clean.output)![1]);
        check[kind](w);
        // A re-run with the same file changes nothing.
        const writes = () =>
          w.mastodon.requests.filter((r) => r.method !== 'GET').length + w.x.requests.filter((r) => r.method !== 'GET').length;
        const before = writes();
        const again = await w.revise(0);
        expect(again.code, again.output).toBe(0);
        expect(writes()).toBe(before);
      } finally {
        await w.close();
      }
    }
    expect(boundaries).toBeGreaterThan(6);
    for (let killAt = 1; killAt <= boundaries; killAt++) {
      const w = await scenario(kind);
      try {
        const killed = await w.revise(killAt);
        expect(killed.signal, `kill at ${killAt}: ${killed.output}`).toBe('SIGKILL');
        let final = await w.revise(0);
        for (let rerun = 1; final.code !== 0 && rerun < 3; rerun++) final = await w.revise(0);
        expect(final.code, `kill at ${killAt}: ${final.output}`).toBe(0);
        check[kind](w);
      } finally {
        await w.close();
      }
    }
  }, 600_000);
});
