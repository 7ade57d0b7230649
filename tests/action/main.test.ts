// The Action's entry run(deps) called in-process: its dry run says scheduled times as `herald preview` does.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../action/src/main.ts';
import { ADAPTER_LOADERS } from '../../src/platforms/registry.ts';
import { createRepo, type TestRepo } from '../publish/_repo.ts';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

describe('the Action with dry-run: true', () => {
  it("logs a scheduled post's time in the config's time zone and sends nothing", async () => {
    const repo = createRepo({
      '.github/herald.yml': 'timezone: America/Chicago\nplatforms:\n  mastodon:\n    server: https://fosstodon.org\n',
    });
    repos.push(repo);
    const before = repo.git('rev-parse', 'HEAD').trim();
    const after = repo.commit(
      { 'posts/later.md': '---\nlanguage: en\nplatforms: [mastodon]\npublish_at: 2026-12-03T09:00:00Z\n---\nLater\n' },
      'Merge pull request #8',
    );
    const event = join(repo.root, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before, after, repository: { full_name: 'wg/social' } }));
    const info: string[] = [];
    const failed: string[] = [];
    await run({
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_REF_NAME: 'main',
        'INPUT_DRY-RUN': 'true',
        INPUT_CONFIG: '.github/herald.yml',
      },
      fetch: async (input) => {
        throw new Error(`a dry run sent a request to ${String(input)}`);
      },
      adapters: ADAPTER_LOADERS,
      now: () => new Date('2026-11-21T12:00:00Z'),
      sleep: async () => {},
      core: {
        info: (m) => void info.push(m),
        warning: () => {},
        setSecret: () => {},
        setOutput: () => {},
        setFailed: (m) => void failed.push(m),
        writeSummary: async () => {},
      },
    });
    expect(failed).toEqual([]);
    expect(info.join('\n')).toContain('posts/later.md: scheduled for 2026-12-03 03:00 (America/Chicago)\n');
  });
});
