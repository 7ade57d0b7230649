// Only people vote, stale notes say what changed, and paths the vote cannot cover fail it.
import { describe, expect, it } from 'vitest';
import { tally } from '../../../src/core/tally/index.ts';
import { HEAD, input, review } from './fixtures.ts';

describe('a bot', () => {
  it("opening the PR under a member's login is never that member authoring it", () => {
    const result = tally(
      input({ prAuthor: 'mia', prAuthorIsBot: true, reviews: [review('noor', 'APPROVED'), review('chair-cho', 'APPROVED')] }),
    );
    expect(result.status).toBe('pending');
    const mia = result.rows.find((r) => r.login === 'mia' && r.standing === 'active')!;
    expect(mia).toMatchObject({ isAuthor: false, counted: false, vote: 'none' });
    expect(result.rows.at(-1)).toMatchObject({ login: 'mia', standing: 'bot', isAuthor: true, counted: false });
  });

  it("reviewing under the board liaison's login is not the liaison's approval", () => {
    const result = tally(
      input({
        needsBoard: [{ kind: 'sponsor', file: 'posts/a.md', sponsor: 'Acme' }],
        reviews: ['chair-cho', 'co-chair-kai', 'mia']
          .map((l) => review(l, 'APPROVED'))
          .concat(review('liaison-lee', 'APPROVED', { bot: true })),
      }),
    );
    expect(result).toMatchObject({ status: 'pending', boardNeeded: true });
  });

  it('a human PR author who is a member still counts as approving', () => {
    const result = tally(input({ prAuthor: 'mia', reviews: [review('noor', 'APPROVED'), review('chair-cho', 'APPROVED')] }));
    expect(result.status).toBe('passed');
  });
});

it('a stale approval names what changed', () => {
  const result = tally(
    input({
      reviews: [review('mia', 'APPROVED', { oid: 'old111' })],
      contentChangedSince: (oid) => (oid === HEAD ? false : 'image posts/media/pic.png'),
    }),
  );
  expect(result.rows.find((r) => r.login === 'mia')!.note).toBe('stale: image posts/media/pic.png changed after this approval');
});

it('paths outside posts/ the vote cannot cover fail it, naming them and what to do', () => {
  const result = tally(
    input({ uncovered: ['action/dist/index.js'], reviews: ['chair-cho', 'co-chair-kai', 'mia'].map((l) => review(l, 'APPROVED')) }),
  );
  expect(result).toMatchObject({
    status: 'failed-closed',
    reason: "this PR changes action/dist/index.js: Herald's vote covers posts and the config only",
  });
  expect(result.status === 'failed-closed' && result.fix).toContain('approval.reviewed_elsewhere');
});
