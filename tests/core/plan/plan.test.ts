import { describe, expect, it } from 'vitest';
import { partKey } from '../../../src/core/ledger/keys.ts';
import { recordIntent, recordLive } from '../../../src/core/ledger/record.ts';
import type { LedgerEntry } from '../../../src/core/ledger/types.ts';
import { planPublication } from '../../../src/core/plan/plan.ts';
import type { PlanCandidate, PlanInput, PostPlan } from '../../../src/core/plan/types.ts';
import type { PlatformId, Post } from '../../../src/core/types.ts';
import { testConfig, testPost, testRendition } from '../../helpers/test-platform/data.ts';

const now = new Date('2026-12-01T12:00:00Z');
const config = testConfig([
  { id: 'mastodon' },
  { id: 'bluesky' },
  { id: 'x', retired: { since: '2026-01-01' } },
  { id: 'slack', enabled: false },
]);
const all: PlatformId[] = ['mastodon', 'bluesky', 'x', 'slack'];

function candidate(post: Post, change: PlanCandidate['change'] = 'added', extra: Partial<PlanCandidate> = {}): PlanCandidate {
  return {
    file: post.file,
    change,
    contentHash: `sha256:${post.id}:${post.parts.map((p) => p.text).join('|')}`,
    post,
    findings: [],
    renditions: all.map((p) => testRendition(post, p)),
    ...extra,
  };
}
function published(post: Post, platforms: PlatformId[], hash: string): LedgerEntry {
  let entry: LedgerEntry = { postId: post.id, file: post.file, contentHash: hash, platforms: {} };
  for (const platform of platforms) {
    post.parts.forEach((_, index) => {
      entry = recordLive(
        entry,
        platform,
        { index, id: `${platform}${index}`, url: `https://${platform}.example/${index}` },
        partKey(post.id, platform, index),
        'old',
        now,
      );
    });
  }
  return entry;
}
const one = testPost('one', ['Hello']);
const thread = testPost('thread', ['First', 'Second', 'Third']);
const hashOf = (p: Post) => candidate(p).contentHash;
const summary = (p: PostPlan) => {
  const base = `${p.postId}:${p.status}`;
  if (p.status === 'publish')
    return `${base} ${p.targets.map((t) => `${t.platform}[${t.parts.map((w) => `${w.index}${w.recover ? 'r' : ''}`).join(',')}]`).join(' ')}${p.skipped.length ? ` skip ${p.skipped.map((s) => `${s.platform}=${s.reason}`).join(',')}` : ''}`;
  if (p.status === 'renamed') return `${base} from ${p.previousId}`;
  if (p.status === 'scheduled') return `${base} ${p.publishAt.toISOString()}`;
  if (p.status === 'invalid') return `${base} ${p.findings.length}`;
  if (p.status === 'refused') return `${base} ${p.reason}`;
  if (p.status === 'missing' || p.status === 'retracted') return base;
  if (p.status === 'retract')
    return `${base} ${p.targets.map((t) => `${t.platform}-[${t.deletes.map((d) => `${d.index}${d.recover ? 'r' : ''}`).join(',')}]`).join(' ')}${p.byHand.length ? ` by hand ${p.byHand.map((b) => b.platform).join(',')}` : ''}`;
  if (p.status === 'correct')
    return `${base} ${p.targets
      .map(
        (t) =>
          `${t.platform}=${t.action}[${t.edits.map((e) => `${e.index}${e.recover ? 'r' : ''}`).join(',')}]` +
          (t.append?.parts.length ? `+[${t.append.parts.map((w) => `${w.index}${w.recover ? 'r' : ''}`).join(',')}]` : '') +
          (t.removed.length ? `-[${t.removed.join(',')}]` : ''),
      )
      .join(' ')}${p.skipped.length ? ` skip ${p.skipped.map((s) => `${s.platform}=${s.reason}`).join(',')}` : ''}`;
  return `${base} ${p.skipped.map((s) => `${s.platform}=${s.reason}`).join(',')}`;
};

const cases: { name: string; input: Partial<PlanInput>; expected: string[] }[] = [
  {
    name: 'first push: every post is new; a retired platform gets nothing, a disabled one neither',
    input: { candidates: [candidate(one), candidate(thread)] },
    expected: [
      'one:publish mastodon[0] bluesky[0] skip x=retired,slack=disabled',
      'thread:publish mastodon[0,1,2] bluesky[0,1,2] skip x=retired,slack=disabled',
    ],
  },
  {
    name: 'several merged PRs in one push: each post once, even if listed twice',
    input: { candidates: [candidate(one), candidate(thread), candidate(one, 'modified')] },
    expected: [
      'one:publish mastodon[0] bluesky[0] skip x=retired,slack=disabled',
      'thread:publish mastodon[0,1,2] bluesky[0,1,2] skip x=retired,slack=disabled',
    ],
  },
  {
    name: 'the platform filter',
    input: { candidates: [candidate(one)], platforms: ['bluesky'] },
    expected: ['one:publish bluesky[0] skip mastodon=filtered,x=retired,slack=disabled'],
  },
  {
    name: 'a rename (git saw it) of a published post is not published again',
    input: {
      candidates: [
        candidate(testPost('renamed', ['Hello'], { file: 'posts/2026/renamed.md' }), 'renamed', { previousFile: 'posts/one.md' }),
      ],
      ledgers: { one: published(one, ['mastodon'], hashOf(one)) },
    },
    expected: ['renamed:renamed from one'],
  },
  {
    name: 'a move git did not pair is matched by content',
    input: {
      candidates: [candidate(testPost('moved', ['Hello']), 'added', { contentHash: 'sha256:same' })],
      ledgers: { one: published(one, ['mastodon'], 'sha256:same') },
      contentMatches: { 'sha256:same': ['one'] },
    },
    expected: ['moved:renamed from one'],
  },
  {
    name: 'an edit of a published post is a correction: edited where the API can, left where it cannot (no reply asked for)',
    input: { candidates: [candidate(one, 'modified')], ledgers: { one: published(one, ['mastodon', 'bluesky'], 'sha256:before-edit') } },
    expected: ['one:correct mastodon=edit[0] bluesky=leave[] skip x=retired,slack=disabled'],
  },
  {
    name: 'an edit after a partial failure edits where it is live and publishes where it never went live',
    input: { candidates: [candidate(one, 'modified')], ledgers: { one: published(one, ['mastodon'], 'sha256:before-edit') } },
    expected: ['one:correct mastodon=edit[0] bluesky=edit[]+[0] skip x=retired,slack=disabled'],
  },
  {
    name: 'a re-run: live parts are never planned, intents are recovered',
    input: {
      candidates: [candidate(thread, 'retry')],
      ledgers: {
        thread: recordIntent(published(testPost('thread', ['First']), ['mastodon'], hashOf(thread)), 'mastodon', {
          index: 1,
          key: partKey('thread', 'mastodon', 1),
          run: 'old',
          at: now,
        }),
      },
    },
    expected: ['thread:publish mastodon[1r,2] bluesky[0,1,2] skip x=retired,slack=disabled'],
  },
  {
    name: 'an unchanged post that is live everywhere needs nothing',
    input: { candidates: [candidate(one, 'retry')], ledgers: { one: published(one, ['mastodon', 'bluesky'], hashOf(one)) } },
    expected: ['one:published mastodon=live,bluesky=live,x=retired,slack=disabled'],
  },
  {
    name: 'publish_at in the future waits; in the past publishes now',
    input: {
      candidates: [
        candidate(testPost('later', ['Soon'], { publishAt: new Date('2026-12-24T09:00:00Z') })),
        candidate(testPost('past', ['Late'], { publishAt: new Date('2026-11-30T09:00:00Z') })),
      ],
    },
    expected: ['later:scheduled 2026-12-24T09:00:00.000Z', 'past:publish mastodon[0] bluesky[0] skip x=retired,slack=disabled'],
  },
  {
    name: 'only retired and disabled platforms: nothing to do',
    input: { candidates: [candidate(one, 'added', { renditions: [testRendition(one, 'x')] })] },
    expected: ['one:nothing x=retired'],
  },
  {
    name: 'a post that does not parse is reported',
    input: {
      candidates: [
        {
          file: 'posts/broken.md',
          change: 'added',
          contentHash: 'sha256:b',
          findings: [{ file: 'posts/broken.md', line: 1, column: 1, ruleId: 'parse', severity: 'error', message: 'bad' }],
          renditions: [],
        },
      ],
    },
    expected: ['broken:invalid 1'],
  },
];

describe('publication plan', () => {
  it.each(cases)('$name', ({ input, expected }) => {
    const plan = planPublication({ mode: 'push', candidates: [], ledgers: {}, contentMatches: {}, config, now, ...input });
    expect(plan.posts.map(summary)).toEqual(expected);
  });

  it('gives every part a key that is the same on every run and differs per post, platform and part', () => {
    const run = () => planPublication({ mode: 'push', candidates: [candidate(thread)], ledgers: {}, contentMatches: {}, config, now });
    const keys = (p: PostPlan) => (p.status === 'publish' ? p.targets.flatMap((t) => t.parts.map((w) => w.key)) : []);
    const a = keys(run().posts[0]!);
    expect(a).toEqual(keys(run().posts[0]!));
    expect(new Set(a).size).toBe(6);
    expect(a.every((k) => /^[a-z0-9-]+$/.test(k))).toBe(true);
  });
});
