import { describe, expect, it } from 'vitest';
import { addMonths, lintRoster } from '../../../src/core/governance/lint-roster.ts';
import type { HeraldConfig } from '../../../src/core/types.ts';
import { config, member, platform } from './_config.ts';

const healthy = [
  member('ada', ['chair'], ['mastodon', 'bluesky'], '2026-07-01', '2026-12-31', 5),
  member('grace', ['co-chair', 'board-liaison'], ['bluesky', 'x'], '2026-07-01', '2026-12-31', 10),
  member('linus', ['member'], ['mastodon', 'x'], '2026-07-01', '2026-12-31', 15),
];
const platforms = [platform('mastodon'), platform('bluesky'), platform('x')];
const today = '2026-11-21';

describe('lintRoster', () => {
  it('accepts a roster that meets the charter', () => {
    expect(lintRoster(config(healthy, platforms), today)).toEqual([]);
  });

  it.each([
    ['a platform with one admin', [...healthy.slice(0, 2), member('linus', ['member'], ['x'])], /mastodon has only ada as admin/],
    ['a platform with no admin', healthy.map((m) => ({ ...m, admins: m.admins.filter((p) => p !== 'x') })), /x has nobody as admin/],
    [
      'one member admin of everything',
      [...healthy.slice(0, 2), member('linus', ['member'], ['mastodon', 'bluesky', 'x'], '2026-07-01', '2026-12-31', 15)],
      /linus is admin of every active platform/,
    ],
    ['no chair', healthy.map((m) => ({ ...m, roles: m.roles.filter((r) => r !== 'chair') })), /no active chair/],
    ['no board liaison', healthy.map((m) => ({ ...m, roles: m.roles.filter((r) => r !== 'board-liaison') })), /no active board-liaison/],
  ])('flags %s', (_name, roster, message) => {
    const findings = lintRoster(config(roster, platforms), today);
    expect(findings.map((f) => f.message).join('\n')).toMatch(message);
    expect(findings.every((f) => f.file === '.github/herald.yml' && f.ruleId.startsWith('roster-'))).toBe(true);
  });

  it('points at the sole admin, or at the roster, instead of the top of the file', () => {
    const soleAdmin = [...healthy.slice(0, 2), member('linus', ['member'], ['x'], '2026-07-01', '2026-12-31', 15)];
    expect(lintRoster(config(soleAdmin, platforms), today).find((f) => f.message.startsWith('mastodon has only ada'))?.line).toBe(5);
    const noChair = healthy.map((m) => ({ ...m, roles: m.roles.filter((r) => r !== 'chair') }));
    expect(lintRoster(config(noChair, platforms), today).find((f) => f.message.includes('no active chair'))?.line).toBe(5);
  });

  it('counts only members whose term covers today', () => {
    const ended = healthy.map((m) => (m.login === 'linus' ? { ...m, termEnd: '2026-11-20' } : m));
    const messages = lintRoster(config(ended, platforms), today).map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/mastodon has only ada/), expect.stringMatching(/x has only grace/)]),
    );
  });

  it('ignores retired and disabled platforms', () => {
    const withRetired = [...platforms, platform('linkedin', { retired: { since: '2026-01-01' } }), platform('slack', { enabled: false })];
    expect(lintRoster(config(healthy, withRetired), today)).toEqual([]);
  });

  it('warns about terms longer than the charter allows, at the member line', () => {
    const long = [...healthy.slice(0, 2), member('linus', ['member'], ['mastodon', 'x'], '2026-07-01', '2027-01-01', 15)];
    const [finding] = lintRoster(config(long, platforms), today);
    expect(finding).toMatchObject({ severity: 'warn', line: 15, message: expect.stringMatching(/longer than the charter's 6 months/) });
    expect(lintRoster(config(long, platforms, 12), today)).toEqual([]);
  });

  it('flags overlapping terms of one member', () => {
    const twice = [...healthy, member('Ada', ['chair'], ['mastodon'], '2026-12-01', '2027-05-31', 20)];
    expect(lintRoster(config(twice, platforms), today).map((f) => f.message)).toContain('Ada has overlapping terms (also at line 5)');
  });
});

describe('the roster rules are configurable like any rule', () => {
  const twoMembers = [
    member('ada', ['chair'], ['mastodon'], '2026-07-01', '2026-12-31', 5),
    member('grace', ['co-chair'], ['mastodon'], '2026-07-01', '2026-12-31', 10),
  ];
  const one = [platform('mastodon')];
  const withRules = (rules: HeraldConfig['rules']) => ({ ...config(twoMembers, one), rules });

  it('a two-member group with no board liaison fails by default, passes with roster-roles at warn or off', () => {
    expect(lintRoster(withRules({}), today).map((f) => [f.ruleId, f.severity])).toEqual([['roster-roles', 'error']]);
    expect(lintRoster(withRules({ 'roster-roles': 'warn' }), today).map((f) => [f.ruleId, f.severity])).toEqual([['roster-roles', 'warn']]);
    expect(lintRoster(withRules({ 'roster-roles': 'off' }), today)).toEqual([]);
    expect(lintRoster(withRules({ 'roster-roles': ['error', { required: ['chair', 'co-chair'] }] }), today)).toEqual([]);
  });

  it('roster-admins takes a minimum, roster-sole-admin and roster-term-length a severity', () => {
    const single = [member('ada', ['chair', 'co-chair', 'board-liaison'], ['mastodon', 'x'], '2026-07-01', '2027-12-31', 5)];
    const two = [platform('mastodon'), platform('x')];
    const ids = (rules: HeraldConfig['rules']) =>
      lintRoster({ ...config(single, two), rules }, today).map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids({})).toEqual(['roster-admins:error', 'roster-admins:error', 'roster-sole-admin:error', 'roster-term-length:warn']);
    expect(ids({ 'roster-admins': ['error', { min: 1 }], 'roster-sole-admin': 'warn', 'roster-term-length': 'off' })).toEqual([
      'roster-sole-admin:warn',
    ]);
  });

  it('overlapping terms stay an error whatever the rules say', () => {
    const twice = [...healthy, member('ada', ['chair'], ['mastodon'], '2026-12-01', '2027-05-31', 20)];
    const off = Object.fromEntries(
      ['roster-admins', 'roster-sole-admin', 'roster-roles', 'roster-term-length'].map((id) => [id, 'off' as const]),
    );
    expect(lintRoster({ ...config(twice, platforms), rules: off }, today).map((f) => [f.ruleId, f.severity])).toEqual([
      ['roster', 'error'],
    ]);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-01', 6, '2026-06-30'],
    ['2026-07-01', 6, '2026-12-31'],
    ['2026-08-31', 6, '2027-02-27'],
    ['2026-03-15', 12, '2027-03-14'],
  ])('%s + %i months ends on %s', (start, months, end) => {
    expect(addMonths(start, months)).toBe(end);
  });
});
