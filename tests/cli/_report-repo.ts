// A Herald repository for the report test: config pointing at local platform servers, a roster, and a
// quarter of ledger files (including a retired platform's history and a failure that a retry fixed).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function reportConfig(servers: { mastodon: string; x: string }): string {
  return `timezone: Europe/Amsterdam
platforms:
  mastodon: { server: ${servers.mastodon} }
  x: { server: ${servers.x} }
  linkedin: { organization: "2847345" }
  discord:
    retired: { since: 2026-08-15, successor: mastodon }
roster:
  - { login: ada, role: chair, term: { start: 2026-01-01, end: 2026-12-31 }, admins: [mastodon, x] }
  - { login: grace, roles: [co-chair, board-liaison], term: { start: 2026-01-01, end: 2026-12-31 }, admins: [mastodon, linkedin] }
  - { login: linus, term: { start: 2026-08-01, end: 2026-12-31 }, admins: [x, linkedin] }
governance: { term_months: 12 }
`;
}

const part = (index: number, id: string, url: string, at: string) =>
  `  - part: ${index}\n    state: live\n    key: k-${id}\n    url: ${url}\n    id: "${id}"\n    run: "100-1"\n    intent_at: "${at}"\n    live_at: "${at}"\n`;

function ledger(post: string, platforms: Record<string, string>, failures = ''): string {
  const body = Object.entries(platforms)
    .map(([p, parts]) => `  ${p}:\n${parts.replace(/^/gm, '  ').trimEnd()}\n`)
    .join('');
  return `post: ${post}\nfile: posts/${post}.md\ncontent: sha256:00\nplatforms:\n${body}${failures}`;
}

export const LEDGER: Record<string, string> = {
  'published/2026-07-02-sprint.yml': ledger('2026-07-02-sprint', {
    mastodon: part(0, '1001', 'https://fosstodon.org/@django/1001', '2026-07-02T09:00:00Z'),
    x: part(0, '1860000000000000001', 'https://x.com/djangoproject/status/1860000000000000001', '2026-07-02T09:00:01Z'),
    linkedin: part(0, 'urn:li:share:7001', 'https://www.linkedin.com/feed/update/urn:li:share:7001', '2026-07-02T09:00:03Z'),
    discord: part(0, '555', 'https://discord.com/channels/1/2/555', '2026-07-02T09:00:02Z'),
  }),
  'published/2026-08-20-django-5-3.yml': ledger(
    '2026-08-20-django-5-3',
    {
      mastodon:
        part(0, '1002', 'https://fosstodon.org/@django/1002', '2026-08-20T14:00:00Z') +
        part(1, '1003', 'https://fosstodon.org/@django/1003', '2026-08-20T14:00:02Z'),
      x: part(0, '1860000000000000002', 'https://x.com/djangoproject/status/1860000000000000002', '2026-08-20T16:30:00Z'),
    },
    'failures:\n  - platform: x\n    run: "200-1"\n    at: "2026-08-20T14:00:05Z"\n    message: "posts/2026-08-20-django-5-3.md → x: 503 over capacity"\n  - platform: x\n    run: "201-1"\n    at: "2026-08-20T15:00:05Z"\n    message: "posts/2026-08-20-django-5-3.md → x: 503 over capacity | try later"\n',
  ),
  // 23:30 in UTC on 30 September is already October in Amsterdam: not in Q3.
  'published/2026-10-01-djangocon.yml': ledger('2026-10-01-djangocon', {
    mastodon: part(0, '1004', 'https://fosstodon.org/@django/1004', '2026-09-30T23:30:00Z'),
  }),
};

export function reportRepo(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-report-'));
  for (const [path, text] of Object.entries({ '.github/herald.yml': config, ...LEDGER })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
