// A quarter of a working group's activity, as the report's edge would hand it in.
import type { LedgerEntry } from '../../../src/core/ledger/types.ts';
import type { ReportInput } from '../../../src/core/quarterly-report/types.ts';
import type { Review } from '../../../src/core/tally/types.ts';
import type { RosterMember } from '../../../src/core/types.ts';

const member = (login: string, line: number): RosterMember => ({
  login,
  roles: ['member'],
  admins: [],
  termStart: '2026-07-01',
  termEnd: '2026-12-31',
  line,
});

function live(postId: string, at: string, platforms: Record<string, number>): LedgerEntry {
  const entry: LedgerEntry = { postId, file: `posts/${postId}.md`, contentHash: `sha256:${postId}`, platforms: {} };
  for (const [platform, parts] of Object.entries(platforms)) {
    entry.platforms[platform as 'mastodon'] = Array.from({ length: parts }, (_, index) => ({
      index,
      key: `${postId}/${platform}/${index}`,
      state: 'live' as const,
      run: '1-1',
      intentAt: at,
      liveAt: at,
      id: `${index}`,
      url: `https://${platform}.example/${postId}/${index}`,
    }));
  }
  return entry;
}

const approve = (author: string, submittedAt: string): Review => ({
  author,
  isBot: false,
  state: 'APPROVED',
  submittedAt,
  commitOid: 'abc',
});

export function quarterInput(): ReportInput {
  return {
    period: { start: '2026-07-01', end: '2026-09-30', label: '2026Q3' },
    timezone: 'Europe/Amsterdam',
    platforms: [
      { id: 'mastodon', enabled: true, limits: {}, options: {} },
      { id: 'bluesky', enabled: true, limits: {}, options: {} },
      { id: 'x', enabled: true, retired: { since: '2026-09-01', successor: 'bluesky' }, limits: {}, options: {} },
    ],
    roster: [{ ...member('ada', 3), roles: ['chair'] }, member('grace', 8), member('linus', 13)],
    policy: { staleApprovals: 'ignore', authorApproves: true, outsideGoalsLabel: 'outside-goals' },
    ledger: [
      {
        ...live('2026-07-02-sprint', '2026-07-02T08:00:00Z', { mastodon: 2, bluesky: 2, x: 2 }),
        revisions: [
          {
            kind: 'retraction',
            content: 'sha256:down',
            previous: 'sha256:2026-07-02-sprint',
            run: '5-1',
            at: '2026-09-02T09:00:00Z',
            reason: 'The sprint | was cancelled',
            approval: { pull: 18 },
            steps: [{ platform: 'mastodon', part: 0, action: 'delete', state: 'done', run: '5-1', at: '2026-09-02T09:00:00Z' }],
            doneAt: '2026-09-02T09:00:01Z',
          },
        ],
      },
      {
        ...live('2026-08-15-django-5-3', '2026-08-15T10:00:00Z', { mastodon: 1, bluesky: 1, x: 1 }),
        revisions: [
          {
            kind: 'correction',
            content: 'sha256:fixed',
            previous: 'sha256:2026-08-15-django-5-3',
            run: '4-1',
            at: '2026-08-16T09:00:00Z',
            approval: { pull: 16, approvers: ['grace', 'linus'] },
            steps: [{ platform: 'mastodon', part: 0, action: 'edit', state: 'done', run: '4-1', at: '2026-08-16T09:00:00Z' }],
            doneAt: '2026-08-16T09:00:01Z',
          },
        ],
      },
      live('2026-09-30-late', '2026-09-30T22:30:00Z', { mastodon: 1, bluesky: 1 }),
      live('2026-06-30-before', '2026-06-30T12:00:00Z', { mastodon: 1 }),
    ],
    votes: [
      {
        number: 12,
        title: 'Sprint announcement',
        author: 'ada',
        openedAt: '2026-07-01T08:00:00Z',
        mergedAt: '2026-07-01T20:00:00Z',
        reviews: [approve('grace', '2026-07-01T14:00:00Z')],
      },
      {
        number: 15,
        title: 'Django 5.3',
        author: 'outsider',
        openedAt: '2026-08-10T08:00:00Z',
        mergedAt: '2026-08-14T09:00:00Z',
        reviews: [approve('grace', '2026-08-11T08:00:00Z'), approve('linus', '2026-08-13T08:00:00Z')],
      },
    ],
    failures: [
      {
        postId: '2026-08-15-django-5-3',
        platform: 'x',
        at: '2026-08-15T10:00:05Z',
        message: 'x: 503 Service Unavailable | over capacity',
        attempts: 3,
        recovered: true,
      },
    ],
    engagement: [
      {
        postId: '2026-07-02-sprint',
        platform: 'mastodon',
        url: 'https://mastodon.example/2026-07-02-sprint/0',
        likes: 41,
        reposts: 12,
        replies: 3,
      },
      { postId: '2026-07-02-sprint', platform: 'bluesky', url: 'https://bluesky.example/2026-07-02-sprint/0', likes: 88, reposts: 20 },
      { postId: '2026-06-30-before', platform: 'mastodon', url: 'https://mastodon.example/2026-06-30-before/0', likes: 5 },
    ],
    followers: { mastodon: 5120, bluesky: 8300 },
    missing: [{ platform: 'x', what: 'likes, reposts, replies, followers', reason: 'the account is retired; no credentials configured' }],
    chartFile: '2026Q3.svg',
  };
}
