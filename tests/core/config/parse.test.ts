import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, type ConfigResult } from '../../../src/core/config/parse.ts';
import { PLATFORM_IDS, type HeraldConfig } from '../../../src/core/types.ts';

const FILE = '.github/herald.yml';
const ROOT = join(import.meta.dirname, '../../..');

function ok(result: ConfigResult): HeraldConfig {
  if (!result.ok) throw new Error(result.findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('\n'));
  return result.config;
}

describe('defaultConfig', () => {
  it('enables every platform that needs no destination, with no limits or options, and has an empty roster', () => {
    const config = defaultConfig();
    expect(config.file).toBe(FILE);
    // Facebook, Instagram, Reddit and Pinterest post only to a Page, account, subreddit or board the config names.
    const needsDestination = ['facebook', 'instagram', 'reddit', 'pinterest'];
    expect(config.platforms.map((p) => [p.id, p.enabled])).toEqual(PLATFORM_IDS.map((id) => [id, !needsDestination.includes(id)]));
    expect(config).toMatchObject({
      timezone: 'UTC',
      roster: [],
      rules: {},
      feeds: [],
      governance: { termMonths: 6, renewalNoticeDays: 14 },
    });
    expect(config.approval).toEqual({
      staleApprovals: 'ignore',
      authorApproves: true,
      outsideGoalsLabel: 'outside-goals',
      reviewedElsewhere: [],
      requestReviews: false,
    });
    expect(config.words.shorteners).toEqual(
      expect.arrayContaining(['bit.ly', 't.co', 'tinyurl.com', 'goo.gl', 'ow.ly', 'buff.ly', 'is.gd']),
    );
    expect(config.words.trackingParameters).toEqual(expect.arrayContaining(['utm_*', 'fbclid', 'gclid', 'mc_cid', 'mc_eid']));
  });

  it('returns a fresh object each time', () => {
    defaultConfig().words.shorteners.push('example.com');
    expect(defaultConfig().words.shorteners).not.toContain('example.com');
  });

  it('is what an empty config file gives', () => {
    expect(ok(parseConfig(FILE, ''))).toEqual(defaultConfig(FILE));
    expect(ok(parseConfig(FILE, '# nothing yet\n'))).toEqual(defaultConfig(FILE));
  });
});

describe('the sample config', () => {
  it('parses without findings', () => {
    const result = parseConfig(FILE, readFileSync(join(ROOT, FILE)));
    const config = ok(result);
    expect(result.findings).toEqual([]);
    expect(config.timezone).toBe('Europe/Amsterdam');
    expect(config.platforms.filter((p) => p.enabled).map((p) => p.id)).toEqual([
      'mastodon',
      'bluesky',
      'x',
      'linkedin',
      'discord',
      'slack',
      'discourse',
    ]);
    expect(config.roster).toHaveLength(7);
  });
});

describe('sections', () => {
  it('reads platforms: listed ones enabled, others disabled, options and limits', () => {
    const config = ok(
      parseConfig(
        FILE,
        [
          'platforms:',
          '  mastodon: { server: "https://fosstodon.org/", account: "@django@fosstodon.org", limits: { characters: 1000, alt_text: 1500 } }',
          '  bluesky:',
          '  slack: { channel: news }',
          '  x: false',
          '  discourse: { server: https://forum.djangoproject.com, category: 7, username: herald-bot }',
          '  linkedin: { retired: { since: 2026-06-01, successor: mastodon } }',
        ].join('\n'),
      ),
    );
    const byId = Object.fromEntries(config.platforms.map((p) => [p.id, p]));
    expect(config.platforms.map((p) => p.id)).toEqual([...PLATFORM_IDS]);
    expect(byId.mastodon).toEqual({
      id: 'mastodon',
      enabled: true,
      server: 'https://fosstodon.org',
      account: '@django@fosstodon.org',
      limits: { characters: 1000, altText: 1500 },
      options: {},
    });
    expect(byId.bluesky).toMatchObject({ enabled: true });
    expect(byId.slack).toMatchObject({ enabled: true, options: { channel: 'news' } });
    expect(byId.x).toMatchObject({ enabled: false });
    expect(byId.threads).toMatchObject({ enabled: false });
    expect(byId.discourse).toMatchObject({ options: { category: 7, username: 'herald-bot' } });
    expect(byId.linkedin).toMatchObject({ enabled: false, retired: { since: '2026-06-01', successor: 'mastodon' } });
  });

  it('reads the roster with roles, terms (end defaults to start + term_months) and admins', () => {
    const config = ok(
      parseConfig(
        FILE,
        [
          'governance: { term_months: 6, renewal_notice_days: 10 }',
          'roster:',
          '  - login: ada-okafor',
          '    name: Ada Okafor',
          '    role: chair',
          '    term: { start: 2026-11-01 }',
          '    admins: [mastodon, bluesky]',
          '  - login: liam-chen',
          '    roles: [co-chair, board-liaison]',
          '    term: { start: 2026-08-31, end: 2027-01-15 }',
          '  - { login: mei, term: { start: 2026-08-31 } }',
        ].join('\n'),
      ),
    );
    expect(config.governance).toEqual({ termMonths: 6, renewalNoticeDays: 10 });
    expect(config.roster).toEqual([
      {
        login: 'ada-okafor',
        name: 'Ada Okafor',
        roles: ['chair'],
        termStart: '2026-11-01',
        termEnd: '2027-04-30',
        admins: ['mastodon', 'bluesky'],
        line: 3,
      },
      { login: 'liam-chen', roles: ['co-chair', 'board-liaison'], termStart: '2026-08-31', termEnd: '2027-01-15', admins: [], line: 8 },
      { login: 'mei', roles: ['member'], termStart: '2026-08-31', termEnd: '2027-02-27', admins: [], line: 11 },
    ]);
  });

  it('reads approval, rules, words and feeds', () => {
    const config = ok(
      parseConfig(
        FILE,
        [
          'approval: { stale_approvals: count, author_approves: false, outside_goals_label: off-charter, request_reviews: true }',
          'rules:',
          '  hashtag-case: error',
          '  emoji-count: [warn, { max: 2 }]',
          '  length: [off]',
          'words:',
          '  acronyms: [DSF]',
          '  hashtags: ["#DjangoCon"]',
          '  shorteners: [https://Djang.Oh/]',
          '  tracking_parameters: [ref_*]',
          '  sensitive_topics: { burnout: [burnout, exhausted] }',
          '  inclusive_ignore: [girls]',
          'feeds:',
          '  - { name: Weblog, url: https://www.djangoproject.com/rss/weblog/, language: EN, platforms: [mastodon] }',
          '  - { name: Trusted, url: https://example.org/feed.json, template: "{title}: {url}", trusted: true }',
        ].join('\n'),
      ),
    );
    expect(config.approval).toEqual({
      staleApprovals: 'count',
      authorApproves: false,
      outsideGoalsLabel: 'off-charter',
      reviewedElsewhere: [],
      requestReviews: true,
    });
    expect(config.rules).toEqual({ 'hashtag-case': 'error', 'emoji-count': ['warn', { max: 2 }], length: ['off', {}] });
    expect(config.words).toMatchObject({
      acronyms: ['DSF'],
      hashtags: ['DjangoCon'],
      sensitiveTopics: { burnout: ['burnout', 'exhausted'] },
      inclusiveIgnore: ['girls'],
    });
    expect(config.words.shorteners).toEqual(expect.arrayContaining(['bit.ly', 'djang.oh']));
    expect(config.words.trackingParameters).toEqual(expect.arrayContaining(['utm_*', 'ref_*']));
    expect(config.feeds).toEqual([
      {
        name: 'Weblog',
        url: 'https://www.djangoproject.com/rss/weblog/',
        template: '{title}\n\n{url}',
        language: 'en',
        trusted: false,
        platforms: ['mastodon'],
      },
      { name: 'Trusted', url: 'https://example.org/feed.json', template: '{title}: {url}', trusted: true },
    ]);
  });

  it('keeps hostile keys as plain data', () => {
    const config = ok(parseConfig(FILE, 'rules:\n  __proto__: error\nwords:\n  sensitive_topics: { __proto__: [x], constructor: [y] }'));
    expect(Object.getPrototypeOf(config.rules)).toBe(Object.prototype);
    expect(Object.hasOwn(config.rules, '__proto__')).toBe(true);
    expect(Object.hasOwn(config.words.sensitiveTopics, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('platforms that post to a named destination', () => {
  it.each([
    ['facebook', 'page'],
    ['instagram', 'user'],
    ['reddit', 'subreddit'],
    ['pinterest', 'board'],
  ])('%s needs its %s, with an example', (id, option) => {
    const result = parseConfig(FILE, `platforms:\n  ${id}: {}\n`);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain(`platforms.${id}.${option}: required for ${id}`);
    expect(parseConfig(FILE, `platforms:\n  ${id}: { ${option}: "123" }\n`).ok).toBe(true);
  });

  it('warns that YouTube has no API instead of calling it an unknown platform', () => {
    const result = parseConfig(FILE, 'platforms:\n  mastodon: { server: https://fosstodon.org }\n  youtube: {}\n');
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result)).toContain('YouTube community posts have no API');
  });
});
