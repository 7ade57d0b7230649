import { describe, expect, it } from 'vitest';
import { voteCheck } from '../../../src/core/check-runs/vote.ts';
import { tally } from '../../../src/core/tally/index.ts';
import { input, review } from '../tally/fixtures.ts';

describe('voteCheck', () => {
  it('is green only when the vote passed', () => {
    const check = voteCheck(tally(input({ reviews: ['mia', 'noor', 'chair-cho'].map((l) => review(l, 'APPROVED')) })));
    expect(check).toMatchObject({ name: 'Herald vote', conclusion: 'success', annotations: [] });
    expect(check.title).toMatch(/^Vote passed: 3 of 5/);
  });

  it('pending blocks merging with action_required and names who can still vote', () => {
    const check = voteCheck(tally(input({ reviews: [review('mia', 'APPROVED')] })));
    expect(check.conclusion).toBe('action_required');
    expect(check.title).toMatch(/needs 2 more approvals/);
    expect(check.summary).toContain('`chair-cho`, `co-chair-kai`, `liaison-lee`, `noor`');
  });

  it('pending on the board liaison says so', () => {
    const t = tally(
      input({
        needsBoard: [{ kind: 'sponsor', file: 'posts/a.md', sponsor: 'Acme' }],
        reviews: ['mia', 'noor', 'chair-cho'].map((l) => review(l, 'APPROVED')),
      }),
    );
    const check = voteCheck(t);
    expect(check.conclusion).toBe('action_required');
    expect(check.title).toMatch(/board liaison's approval/);
    expect(check.summary).toMatch(/sponsor campaign \\\(Acme\\\).*needed from `liaison-lee`/);
  });

  it('fails closed with the reason', () => {
    const check = voteCheck(tally(input({ rosterError: 'herald.yml:3:1: bad YAML' })));
    expect(check.conclusion).toBe('failure');
    expect(check.summary).toContain('herald.yml:3:1: bad YAML');
    expect(check.summary).toContain('required status check');
  });
});
