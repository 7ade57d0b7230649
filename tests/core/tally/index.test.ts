import { describe, expect, it } from 'vitest';
import { tally, type Tally, type TallyInput, type VoteRow } from '../../../src/core/tally/index.ts';
import { input, member, POLICY, review, ROSTER, TODAY } from './fixtures.ts';

const row = (t: Tally, login: string): VoteRow | undefined => t.rows.find((r) => r.login === login);
const approve = (...logins: string[]) => logins.map((l) => review(l, 'APPROVED'));

interface Case {
  name: string;
  input: Partial<TallyInput>;
  status: Tally['status'];
  approvals?: number;
  needed?: number;
  rows?: Record<string, Partial<VoteRow>>;
}

const cases: Case[] = [
  // quorum = floor(active / 2) + 1
  { name: 'no reviews: 3 of 5 needed', input: {}, status: 'pending', approvals: 0, needed: 3 },
  { name: 'odd roster (5): 2 approvals pending', input: { reviews: approve('mia', 'noor') }, status: 'pending', needed: 1 },
  { name: 'odd roster (5): 3 approvals pass', input: { reviews: approve('mia', 'noor', 'chair-cho') }, status: 'passed', approvals: 3 },
  {
    name: 'even roster (4): 2 approvals are not a majority',
    input: { roster: ROSTER.slice(0, 4), reviews: approve('mia', 'chair-cho') },
    status: 'pending',
    needed: 1,
  },
  {
    name: 'even roster (4): 3 approvals pass',
    input: { roster: ROSTER.slice(0, 4), reviews: approve('mia', 'chair-cho', 'liaison-lee') },
    status: 'passed',
  },
  {
    name: 'roster of one: one approval passes',
    input: { roster: [member('solo')], reviews: approve('solo') },
    status: 'passed',
    approvals: 1,
  },
  {
    name: 'roster of two: both needed',
    input: { roster: [member('a1'), member('b2')], reviews: approve('a1') },
    status: 'pending',
    needed: 1,
  },
  // term boundaries (inclusive both ends)
  {
    name: 'term starting today votes',
    input: { roster: [member('new', ['member'], TODAY, '2026-09-15')], reviews: approve('new') },
    status: 'passed',
    rows: { new: { standing: 'active', counted: true } },
  },
  {
    name: 'term ending today votes',
    input: { roster: [member('last', ['member'], '2025-09-15', TODAY)], reviews: approve('last') },
    status: 'passed',
    rows: { last: { standing: 'active', counted: true } },
  },
  {
    name: 'term that ended yesterday does not vote',
    input: { roster: [...ROSTER, member('gone', ['member'], '2025-09-14', '2026-03-14')], reviews: approve('gone', 'mia', 'noor') },
    status: 'pending',
    approvals: 2,
    needed: 1,
    rows: { gone: { standing: 'inactive', counted: false, note: 'term ended 2026-03-14: not counted' } },
  },
  {
    name: 'term starting tomorrow does not vote or enlarge quorum',
    input: {
      roster: [...ROSTER, member('soon', ['member'], '2026-03-16', '2026-09-16')],
      reviews: approve('soon', 'mia', 'noor', 'chair-cho'),
    },
    status: 'passed',
    approvals: 3,
    rows: { soon: { standing: 'inactive', counted: false, note: 'term starts 2026-03-16: not counted' } },
  },
  {
    name: 'renewed member with two entries counts once',
    input: {
      roster: [member('rae', ['member'], '2025-07-01', '2025-12-31'), member('RAE', ['chair'], '2026-01-01', '2026-06-30'), member('sam')],
      reviews: approve('rae'),
    },
    status: 'pending',
    approvals: 1,
    needed: 1,
    rows: { rae: { roles: ['chair'], counted: true } },
  },
  // latest review wins
  {
    name: 'approval then changes requested withdraws',
    input: { reviews: [...approve('mia', 'noor', 'chair-cho'), review('mia', 'CHANGES_REQUESTED')] },
    status: 'pending',
    approvals: 2,
    rows: { mia: { vote: 'changes-requested', counted: false } },
  },
  {
    name: 'changes requested then approval counts',
    input: { reviews: [review('mia', 'CHANGES_REQUESTED'), ...approve('mia', 'noor', 'chair-cho')] },
    status: 'passed',
    rows: { mia: { vote: 'approved', counted: true } },
  },
  {
    name: 'comment after approval changes nothing',
    input: { reviews: [...approve('mia', 'noor', 'chair-cho'), review('mia', 'COMMENTED')] },
    status: 'passed',
    rows: { mia: { vote: 'approved', counted: true } },
  },
  {
    name: 'pending review after approval changes nothing',
    input: { reviews: [...approve('mia', 'noor', 'chair-cho'), review('mia', 'PENDING')] },
    status: 'passed',
  },
  {
    name: 'comment after changes requested keeps the withdrawal',
    input: { reviews: [review('mia', 'CHANGES_REQUESTED'), review('mia', 'COMMENTED')] },
    status: 'pending',
    rows: { mia: { vote: 'changes-requested' } },
  },
  {
    name: 'comments only',
    input: { reviews: [review('mia', 'COMMENTED')] },
    status: 'pending',
    rows: { mia: { vote: 'commented', counted: false } },
  },
  {
    name: 'dismissed latest approval is no vote, no fallback to the older approval',
    input: { reviews: [review('mia', 'APPROVED'), review('mia', 'DISMISSED'), ...approve('noor', 'chair-cho')] },
    status: 'pending',
    approvals: 2,
    rows: { mia: { vote: 'dismissed', counted: false } },
  },
  {
    name: 're-approval after a dismissal counts',
    input: { reviews: [review('mia', 'DISMISSED'), review('mia', 'APPROVED'), ...approve('noor', 'chair-cho')] },
    status: 'passed',
    approvals: 3,
  },
  {
    name: 'reviews in any order: sorted by submittedAt',
    input: {
      reviews: [
        review('mia', 'CHANGES_REQUESTED', { at: '2026-03-10T12:00:00Z' }),
        review('mia', 'APPROVED', { at: '2026-03-10T09:00:00Z' }),
      ],
    },
    status: 'pending',
    rows: { mia: { vote: 'changes-requested' } },
  },
  {
    name: 'reviewer login matched case-insensitively',
    input: { reviews: approve('MIA', 'Noor', 'chair-cho') },
    status: 'passed',
    approvals: 3,
  },
  // stale approvals
  {
    name: 'approval before a content change is stale (ignored)',
    input: { reviews: [review('mia', 'APPROVED', { oid: 'old111' }), ...approve('noor', 'chair-cho')] },
    status: 'pending',
    approvals: 2,
    rows: { mia: { vote: 'approved', counted: false, note: 'stale: content changed after this approval' } },
  },
  {
    name: 'approval on an older commit with the same content counts',
    input: { reviews: [review('mia', 'APPROVED', { oid: 'samecontent' }), ...approve('noor', 'chair-cho')] },
    status: 'passed',
  },
  {
    name: 'stale approval followed by a fresh one counts',
    input: { reviews: [review('mia', 'APPROVED', { oid: 'old111' }), review('mia', 'APPROVED'), ...approve('noor', 'chair-cho')] },
    status: 'passed',
  },
  {
    name: 'approval with unknown commit is stale',
    input: { reviews: [review('mia', 'APPROVED', { oid: null }), ...approve('noor', 'chair-cho')] },
    status: 'pending',
    rows: { mia: { counted: false, note: 'stale: the approved commit is unknown' } },
  },
  {
    name: 'staleApprovals: count keeps old approvals',
    input: {
      policy: { ...POLICY, staleApprovals: 'count' },
      reviews: [review('mia', 'APPROVED', { oid: 'old222' }), ...approve('noor', 'chair-cho')],
    },
    status: 'passed',
    rows: { mia: { counted: true } },
  },
  // non-members, bots, author
  {
    name: 'non-members are shown, never counted',
    input: { reviews: approve('stranger', 'mia', 'noor') },
    status: 'pending',
    approvals: 2,
    rows: { stranger: { standing: 'non-member', counted: false, vote: 'approved', note: 'not on the roster: not counted' } },
  },
  {
    name: 'bots are shown, never counted, even with a member-like login',
    input: {
      reviews: [
        review('herald[bot]', 'APPROVED', { bot: true }),
        review('mia', 'APPROVED', { bot: true }),
        ...approve('noor', 'chair-cho'),
      ],
    },
    status: 'pending',
    approvals: 2,
    rows: { 'herald[bot]': { standing: 'bot', counted: false } },
  },
  {
    name: 'member author counts as approving',
    input: { prAuthor: 'mia', reviews: approve('noor', 'chair-cho') },
    status: 'passed',
    rows: { mia: { vote: 'approved', counted: true, isAuthor: true } },
  },
  {
    name: 'member author does not count when authorApproves is off',
    input: { prAuthor: 'mia', policy: { ...POLICY, authorApproves: false }, reviews: approve('noor', 'chair-cho') },
    status: 'pending',
    needed: 1,
    rows: { mia: { counted: false, isAuthor: true } },
  },
  {
    name: 'non-member author gets no vote',
    input: { prAuthor: 'stranger', reviews: approve('noor', 'chair-cho') },
    status: 'pending',
    needed: 1,
  },
  // board
  {
    name: 'board required and missing: quorum alone is not enough',
    input: { needsBoard: [{ kind: 'sponsor', file: 'posts/a.md', sponsor: 'Acme' }], reviews: approve('mia', 'noor', 'chair-cho') },
    status: 'pending',
    approvals: 3,
    needed: 0,
  },
  {
    name: 'board required and given',
    input: { needsBoard: [{ kind: 'outside-goals-label', label: 'outside-goals' }], reviews: approve('mia', 'noor', 'liaison-lee') },
    status: 'passed',
  },
  {
    name: 'board required, liaison approval stale',
    input: {
      needsBoard: [{ kind: 'outside-goals-flag', file: 'posts/a.md' }],
      reviews: [review('liaison-lee', 'APPROVED', { oid: 'old111' }), ...approve('mia', 'noor', 'chair-cho')],
    },
    status: 'pending',
    approvals: 3,
  },
  {
    name: 'board required, liaison authored the PR',
    input: {
      prAuthor: 'liaison-lee',
      needsBoard: [{ kind: 'sponsor', file: 'posts/a.md', sponsor: 'Acme' }],
      reviews: approve('mia', 'noor'),
    },
    status: 'passed',
  },
  { name: 'board not required: liaison not needed', input: { reviews: approve('mia', 'noor', 'chair-cho') }, status: 'passed' },
  // membership votes use the current roster
  {
    name: 'membership vote passes at quorum of the current roster',
    input: { membershipVote: true, reviews: approve('mia', 'noor', 'chair-cho') },
    status: 'passed',
  },
  {
    name: 'membership vote: a proposed new member cannot vote',
    input: { membershipVote: true, prAuthor: 'newcomer', reviews: approve('newcomer', 'mia', 'noor') },
    status: 'pending',
    rows: { newcomer: { standing: 'non-member', counted: false } },
  },
];

describe('tally', () => {
  it.each(cases)('$name', (c) => {
    const t = tally(input(c.input));
    expect(t.status).toBe(c.status);
    if (t.status === 'failed-closed') return;
    if (c.approvals !== undefined) expect(t.approvals).toBe(c.approvals);
    if (c.needed !== undefined) expect(t.status === 'pending' && t.approvalsNeeded).toBe(c.needed);
    for (const [login, expected] of Object.entries(c.rows ?? {})) expect(row(t, login)).toMatchObject(expected);
  });

  it('computes quorum over active members only', () => {
    const t = tally(input({ roster: [...ROSTER, member('gone', ['member'], '2025-01-01', '2025-06-30')] }));
    expect(t.status === 'pending' && [t.active, t.quorum]).toEqual([5, 3]);
  });

  it('lists who can still vote: not counted yet and not the author', () => {
    const t = tally(input({ prAuthor: 'chair-cho', reviews: [review('mia', 'APPROVED'), review('noor', 'CHANGES_REQUESTED')] }));
    expect(t.status === 'pending' && t.canStillVote).toEqual(['co-chair-kai', 'liaison-lee', 'noor']);
  });

  it('lists active members in roster order, then other reviewers', () => {
    const t = tally(input({ reviews: approve('stranger', 'noor') }));
    expect(t.rows.map((r) => r.login)).toEqual(['chair-cho', 'co-chair-kai', 'liaison-lee', 'mia', 'noor', 'stranger']);
  });

  it('reports the board status', () => {
    const t = tally(input({ needsBoard: [{ kind: 'sponsor', file: 'posts/a.md', sponsor: 'Acme' }], reviews: approve('mia') }));
    expect(t.status === 'pending' && t.boardNeeded).toBe(true);
    expect(t.status !== 'failed-closed' && t.board).toMatchObject({ required: true, liaisons: ['liaison-lee'], approvedBy: undefined });
  });
});

describe('tally fails closed', () => {
  const failures: Array<{ name: string; input: Partial<TallyInput>; reason: RegExp }> = [
    {
      name: 'unreadable roster',
      input: { rosterError: '.github/herald.yml:4:3: roster must be a list', reviews: approve('mia', 'noor', 'chair-cho') },
      reason: /roster cannot be used: .*herald.yml:4:3/,
    },
    {
      name: 'term end before start',
      input: { roster: [member('x', ['member'], '2026-06-01', '2026-01-01', 7)] },
      reason: /line 7 \(x\): term ends/,
    },
    {
      name: 'impossible date',
      input: { roster: [member('x', ['member'], '2026-02-30', '2026-06-01')] },
      reason: /"2026-02-30" is not a YYYY-MM-DD date/,
    },
    { name: 'missing login', input: { roster: [member('')] }, reason: /has no login/ },
    {
      name: 'nobody active',
      input: { roster: [member('old', ['member'], '2025-01-01', '2025-06-30')] },
      reason: /no roster member's term covers 2026-03-15/,
    },
    { name: 'empty roster', input: { roster: [] }, reason: /nobody can vote/ },
    {
      name: 'board needed, no active liaison',
      input: {
        roster: ROSTER.filter((m) => !m.roles.includes('board-liaison')),
        needsBoard: [{ kind: 'sponsor', file: 'posts/a.md', sponsor: 'Acme' }],
      },
      reason: /no board liaison/,
    },
    { name: 'malformed today', input: { today: '15/03/2026' }, reason: /today's date/ },
  ];
  it.each(failures)('$name', (c) => {
    const t = tally(input(c.input));
    expect(t.status).toBe('failed-closed');
    expect(t.status === 'failed-closed' && t.reason).toMatch(c.reason);
  });
});
