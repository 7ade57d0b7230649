import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config/parse.ts';

const FILE = '.github/herald.yml';
const ROSTER = (member: string) => `roster:\n  - ${member}`;

describe('config errors point at the line', () => {
  const cases: [string, string, number, number, string][] = [
    ['unknown section', 'timezone: UTC\nmembers: []', 2, 1, 'unknown field "members". Did you mean "roster"?'],
    ['not a mapping', '- a\n- b', 1, 1, 'the config must be a mapping'],
    ['YAML error', 'timezone: "UTC', 1, 11, 'YAML: the quote " opened here is never closed'],
    [
      'alias bomb',
      Array.from({ length: 20 }, (_, i) => `k${i}: &k${i} ${i === 0 ? '[x]' : `[*k${i - 1}, *k${i - 1}]`}`).join('\n'),
      10,
      10,
      'more than 16 aliases',
    ],
    [
      'timezone',
      'timezone: Europe/Amsterdm',
      1,
      11,
      '"Europe/Amsterdm" is not an IANA time zone such as Europe/Amsterdam or America/Chicago. Did you mean "Europe/Amsterdam"?',
    ],
    ['timezone number', 'timezone: 1', 1, 11, 'timezone: expected an IANA time zone'],
    ['unknown platform', 'platforms:\n  twitter: {}', 2, 3, 'platforms: unknown platform "twitter". Did you mean "x"?'],
    ['platform not a map', 'platforms:\n  x: djangoproject', 2, 6, 'platforms.x: expected a mapping'],
    [
      'unknown platform key',
      'platforms:\n  slack: { chanel: news }',
      2,
      12,
      'unknown field "chanel" in platforms.slack. Did you mean "channel"?',
    ],
    ['option of another platform', 'platforms:\n  x: { channel: news }', 2, 8, 'unknown field "channel" in platforms.x'],
    ['mastodon without server', 'platforms:\n  mastodon: { account: "@a@b.c" }', 2, 3, 'platforms.mastodon.server: required for mastodon'],
    ['bare discourse without server', 'platforms:\n  discourse:', 2, 3, 'platforms.discourse.server: required'],
    [
      'discourse without username',
      'platforms:\n  discourse: { server: https://forum.example.org }',
      2,
      3,
      'platforms.discourse.username: required for discourse',
    ],
    ['yes for a platform', 'platforms:\n  x: yes', 2, 6, 'platforms.x: write true, not "yes" (YAML reads it as text)'],
    ['off for a platform', 'platforms:\n  threads: off', 2, 12, 'platforms.threads: write false, not "off"'],
    [
      'server not a URL',
      'platforms:\n  mastodon: { server: fosstodon.org }',
      2,
      23,
      'platforms.mastodon.server: expected an https:// URL, e.g. https://fosstodon.org (got "fosstodon.org")',
    ],
    [
      'limit not a number',
      'platforms:\n  x: { limits: { characters: lots } }',
      2,
      30,
      'platforms.x.limits.characters: expected a whole number from 1 to 10000000 (got "lots")',
    ],
    ['limit zero', 'platforms:\n  x: { limits: { media: 0 } }', 2, 25, 'platforms.x.limits.media: expected a whole number from 1 to 100'],
    [
      'unknown limit',
      'platforms:\n  x: { limits: { chars: 9 } }',
      2,
      18,
      'unknown field "chars" in platforms.x.limits. Did you mean "characters"?',
    ],
    ['retired without since', 'platforms:\n  x: { retired: { successor: bluesky } }', 2, 17, 'platforms.x.retired: since is required'],
    [
      'retired bad date',
      'platforms:\n  x: { retired: { since: last year } }',
      2,
      26,
      'platforms.x.retired.since: expected a date YYYY-MM-DD',
    ],
    ['roster not a list', 'roster: ada', 1, 9, 'roster: expected a list'],
    ['member without login', ROSTER('{ name: Ada, term: { start: 2026-11-01 } }'), 2, 5, 'roster[0].login: required'],
    [
      'bad login',
      ROSTER('{ login: "ada okafor", term: { start: 2026-11-01 } }'),
      2,
      14,
      'roster[0].login: "ada okafor" is not a GitHub login',
    ],
    [
      'unknown role',
      ROSTER('{ login: ada, role: president, term: { start: 2026-11-01 } }'),
      2,
      25,
      'roster[0].role: expected one of chair, co-chair, board-liaison, member (got "president")',
    ],
    ['role typo', ROSTER('{ login: ada, role: cochair, term: { start: 2026-11-01 } }'), 2, 25, 'Did you mean "co-chair"?'],
    [
      'role and roles',
      ROSTER('{ login: ada, role: chair, roles: [member], term: { start: 2026-11-01 } }'),
      2,
      32,
      'use either role or roles, not both',
    ],
    ['missing term', ROSTER('{ login: ada }'), 2, 5, 'roster[0].term: required'],
    ['term without start', ROSTER('{ login: ada, term: { end: 2027-01-01 } }'), 2, 25, 'roster[0].term.start: required'],
    [
      'bad term date',
      ROSTER('{ login: ada, term: { start: 2026-02-30 } }'),
      2,
      34,
      'roster[0].term.start: expected a date YYYY-MM-DD, e.g. 2026-11-01 (got "2026-02-30")',
    ],
    [
      'end before start',
      ROSTER('{ login: ada, term: { start: 2026-11-01, end: 2026-10-01 } }'),
      2,
      51,
      'roster[0].term.end: the term ends (2026-10-01) before it starts (2026-11-01)',
    ],
    [
      'unknown admin platform',
      ROSTER('{ login: ada, term: { start: 2026-11-01 }, admins: [mastadon] }'),
      2,
      57,
      'roster[0].admins[0]: unknown platform "mastadon". Did you mean "mastodon"?',
    ],
    [
      'duplicate member',
      `${ROSTER('{ login: ada, term: { start: 2026-11-01 } }')}\n  - { login: Ada, term: { start: 2026-11-01 } }`,
      3,
      5,
      'Ada is already on the roster (line 2)',
    ],
    ['stale approvals', 'approval: { stale_approvals: sometimes }', 1, 30, 'approval.stale_approvals: expected one of ignore, count'],
    ['author approves', 'approval: { author_approves: "no" }', 1, 30, 'approval.author_approves: expected true or false'],
    ['term months', 'governance: { term_months: 0 }', 1, 28, 'governance.term_months: expected a whole number from 1 to 60'],
    [
      'rule severity',
      'rules:\n  length: warning',
      2,
      11,
      'rules.length: expected one of off, warn, error (got "warning"). Did you mean "warn"?',
    ],
    ['rule numeric severity', 'rules:\n  length: 2', 2, 11, 'rules.length: expected one of off, warn, error'],
    [
      'rule tuple too long',
      'rules:\n  length: [warn, {}, {}]',
      2,
      11,
      'rules.length: expected off, warn or error, or [severity, { options }]',
    ],
    ['rule options not a map', 'rules:\n  length: [warn, 3]', 2, 18, 'rules.length[1]: expected a mapping'],
    ['words not lists', 'words:\n  acronyms: DSF', 2, 13, 'words.acronyms: expected a list'],
    ['bad shortener', 'words:\n  shorteners: ["not a host"]', 2, 16, 'words.shorteners: "not a host" is not a host name'],
    ['bad tracking parameter', 'words:\n  tracking_parameters: ["utm source"]', 2, 25, 'is not a query parameter name'],
    ['empty topic', 'words:\n  sensitive_topics: { burnout: [] }', 2, 32, 'words.sensitive_topics.burnout: list at least one word'],
    ['feed without url', 'feeds:\n  - { name: News }', 2, 5, 'feeds[0].url: required'],
    [
      'feed bad url',
      'feeds:\n  - { name: News, url: "ftp://x.org/feed" }',
      2,
      24,
      'feeds[0].url: expected an https:// URL, e.g. https://www.djangoproject.com/rss/weblog/ (got',
    ],
    [
      'feed bad placeholder',
      'feeds:\n  - { name: News, url: "https://x.org/f", template: "{headline} {url}" }',
      2,
      53,
      'feeds[0].template: unknown placeholder {headline}',
    ],
    [
      'feed trusted string',
      'feeds:\n  - { name: News, url: "https://x.org/f", trusted: "yes" }',
      2,
      52,
      'feeds[0].trusted: expected true or false',
    ],
  ];
  it.each(cases)('%s', (_, source, line, column, message) => {
    const result = parseConfig(FILE, source);
    expect(result.ok).toBe(false);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors[0]).toMatchObject({ ruleId: 'config', severity: 'error', file: FILE, line, column });
    expect(errors[0]!.message).toContain(message);
  });

  it('warns (without failing) when a retired platform is also marked enabled', () => {
    const result = parseConfig(FILE, 'platforms:\n  x:\n    enabled: true\n    retired: { since: 2026-06-01 }');
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([expect.objectContaining({ severity: 'warn', line: 3, column: 14 })]);
    expect(result.ok && result.config.platforms.find((p) => p.id === 'x')?.enabled).toBe(false);
  });

  it('refuses oversized, binary and non-UTF-8 files like posts', () => {
    expect(parseConfig(FILE, 'a'.repeat(300 * 1024))).toMatchObject({ ok: false, findings: [{ ruleId: 'config', line: 1 }] });
    expect(parseConfig(FILE, 'timezone: UTC\0')).toMatchObject({ ok: false, findings: [{ line: 1, column: 14 }] });
    expect(parseConfig(FILE, new Uint8Array([0x74, 0x0a, 0x80]))).toMatchObject({ ok: false, findings: [{ line: 2, column: 1 }] });
  });

  it('reports every problem, sorted by line', () => {
    const result = parseConfig(FILE, 'timezone: Nowhere\nrules:\n  length: loud\nfeeds: 3');
    expect(result.findings.map((f) => f.line)).toEqual([1, 3, 4]);
  });
});
