// Config that decides where credentials go: http:// servers and the paths the vote leaves to another review.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config/parse.ts';

const FILE = '.github/herald.yml';
const mastodon = (server: string) => `platforms:\n  mastodon: { server: "${server}" }\n`;
const errors = (result: ReturnType<typeof parseConfig>) =>
  result.findings.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column} ${f.message}`);

describe('http:// servers', () => {
  it.each(['http://mastodon.example.net', 'HTTP://fosstodon.org', 'http://10.0.0.5:3000'])('refuses %s everywhere', (server) => {
    for (const loopbackHttp of [true, false]) {
      expect(errors(parseConfig(FILE, mastodon(server), { loopbackHttp }))).toEqual([
        `2:23 platforms.mastodon.server: "${server}" is http://: the platform's token would be sent unencrypted; use https://`,
      ]);
    }
  });

  it.each(['http://127.0.0.1:8080', 'http://localhost:3000', 'http://[::1]:4000'])(
    'accepts loopback %s only when the caller allows it (tests)',
    (server) => {
      expect(parseConfig(FILE, mastodon(server), { loopbackHttp: true }).ok).toBe(true);
      expect(errors(parseConfig(FILE, mastodon(server), { loopbackHttp: false }))[0]).toContain('is http://');
    },
  );

  it('accepts https://', () => {
    const parsed = parseConfig(FILE, mastodon('https://fosstodon.org/'), { loopbackHttp: false });
    expect(parsed.ok && parsed.config.platforms.find((p) => p.id === 'mastodon')!.server).toBe('https://fosstodon.org');
  });
});

describe('approval.reviewed_elsewhere', () => {
  it('reads a list of path globs', () => {
    const parsed = parseConfig(FILE, 'approval:\n  reviewed_elsewhere: [docs/**, README.md]\n');
    expect(parsed.ok && parsed.config.approval.reviewedElsewhere).toEqual(['docs/**', 'README.md']);
  });

  it.each([
    ['posts/**', 'would take posts, the ledger or the config out of'],
    ['published/*.yml', 'would take posts, the ledger or the config out of'],
    ['.github/herald.yml', 'would take posts, the ledger or the config out of'],
    ['**', 'would take posts, the ledger or the config out of'],
    ['../outside', 'is not a repository path glob'],
    ['/etc/passwd', 'is not a repository path glob'],
  ])('refuses %s', (glob, message) => {
    expect(errors(parseConfig(FILE, `approval:\n  reviewed_elsewhere: ["${glob}"]\n`))[0]).toContain(message);
  });

  it('refuses a single string, so a typo cannot hide a list', () => {
    expect(errors(parseConfig(FILE, 'approval:\n  reviewed_elsewhere: docs/**\n'))[0]).toContain('approval.reviewed_elsewhere');
  });
});
