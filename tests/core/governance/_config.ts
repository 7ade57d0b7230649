import { defaultPublishPolicy } from '../../../src/core/config/publish.ts';
import type { HeraldConfig, PlatformConfig, PlatformId, RosterMember, Role } from '../../../src/core/types.ts';

export function member(
  login: string,
  roles: Role[],
  admins: PlatformId[],
  termStart = '2026-07-01',
  termEnd = '2026-12-31',
  line = 10,
): RosterMember {
  return { login, roles, admins, termStart, termEnd, line };
}

export function platform(id: PlatformId, extra: Partial<PlatformConfig> = {}): PlatformConfig {
  return { id, enabled: true, limits: {}, options: {}, ...extra };
}

export function config(roster: RosterMember[], platforms: PlatformConfig[], termMonths = 6): HeraldConfig {
  return {
    file: '.github/herald.yml',
    timezone: 'Europe/Amsterdam',
    platforms,
    roster,
    approval: { staleApprovals: 'ignore', authorApproves: true, outsideGoalsLabel: 'outside-goals' },
    governance: { termMonths, renewalNoticeDays: 14 },
    rules: {},
    publish: defaultPublishPolicy(),
    words: { acronyms: [], hashtags: [], sponsors: [], shorteners: [], trackingParameters: [], sensitiveTopics: {}, inclusiveIgnore: [] },
    feeds: [],
  };
}
