import { describe, expect, it } from 'vitest';
import { termNotices } from '../../../src/core/governance/term-notices.ts';
import { config, member } from './_config.ts';

describe('termNotices', () => {
  const roster = [
    member('ada', ['chair'], [], '2026-07-01', '2026-12-01', 5),
    member('grace', ['member'], [], '2026-07-01', '2026-12-05', 10),
    member('grace', ['member'], [], '2026-12-06', '2027-06-05', 12),
    member('linus', ['member'], [], '2026-07-01', '2026-12-06', 15),
    member('old', ['member'], [], '2026-01-01', '2026-06-30', 20),
  ];

  it('lists terms ending within the notice window that have not been renewed', () => {
    expect(termNotices(config(roster, []), '2026-11-21')).toEqual([{ login: 'ada', termEnd: '2026-12-01', daysLeft: 10, line: 5 }]);
  });

  it('includes a term ending exactly at the horizon and on the day itself', () => {
    expect(termNotices(config(roster, []), '2026-11-22').map((n) => n.login)).toEqual(['ada', 'linus']);
    expect(termNotices(config(roster, []), '2026-12-01')).toContainEqual({ login: 'ada', termEnd: '2026-12-01', daysLeft: 0, line: 5 });
  });
});
