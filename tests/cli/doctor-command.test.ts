// `herald doctor` on a repository herald init wrote, on one a person changed, and against the settings the
// fake GitHub holds (checked against GitHub's OpenAPI description).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { REST_HANDLERS } from '../helpers/fake-github/rest.ts';
import { startRepoGitHub, type RepoGitHub } from '../helpers/fake-github/repo-routes.ts';
import { SETTINGS_HANDLERS, settingsOf } from '../helpers/fake-github/routes-settings.ts';
import { captureIO } from './_io.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
let gh: RepoGitHub | undefined;
afterEach(async () => {
  gh?.github.assertNoViolations();
  await gh?.github.close();
  gh = undefined;
});

async function initialised(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'herald-doctor-'));
  execFileSync('git', ['init', '-q', dir]);
  const io = captureIO(dir);
  expect(
    await run(
      [
        'init',
        '--yes',
        '--platforms',
        'mastodon',
        '--mastodon-server',
        'https://fosstodon.org',
        '--member',
        'ada:chair+board-liaison',
        '--member',
        'grace:co-chair',
        '--action',
        `herald-social/herald@${SHA}`,
      ],
      io,
    ),
  ).toBe(0);
  return dir;
}

async function doctor(dir: string, env: Record<string, string> = {}) {
  const io = captureIO(dir);
  io.env = env;
  const code = await run(['doctor'], io);
  return { code, out: io.stdout() };
}

describe('herald doctor', () => {
  it('finds nothing to fix in what herald init wrote, and names the settings it cannot see', async () => {
    const { code, out } = await doctor(await initialised());
    expect(out).not.toContain('✗');
    expect(out).toContain('? GitHub settings not checked (GITHUB_TOKEN and GITHUB_REPOSITORY are not set)');
    expect(out).toContain('MASTODON_ACCESS_TOKEN');
    expect(code).toBe(0);
  });

  it('says what a person broke: a platform whose secrets the workflows do not pass, a tag pin, no timeout, an input in a script', async () => {
    const dir = await initialised();
    const config = join(dir, '.github/herald.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('platforms:\n', 'platforms:\n  bluesky: {}\n'));
    const governance = join(dir, '.github/workflows/governance.yml');
    writeFileSync(
      governance,
      readFileSync(governance, 'utf8')
        .replace(/actions\/checkout@\S+ # \S+/, 'actions/checkout@v4')
        .replace('    timeout-minutes: 5\n', '')
        .replace('      - id: herald', '      - run: echo "${{ inputs.dry-run }}"\n      - id: herald'),
    );
    const { code, out } = await doctor(dir);
    expect(code).toBe(1);
    expect(out).toContain('✗ .github/workflows/publish.yml does not pass BLUESKY_IDENTIFIER, BLUESKY_APP_PASSWORD to Herald');
    expect(out).toContain('✗ .github/workflows/governance.yml:');
    expect(out).toMatch(/actions\/checkout@v4: pin it by full commit SHA/);
    expect(out).toContain('job governance has no timeout-minutes');
    expect(out).toContain('interpolates ${{ inputs.');
  });

  it('says when a job is missing and when there is no config', async () => {
    const dir = await initialised();
    execFileSync('rm', [join(dir, '.github/workflows/schedule.yml'), join(dir, '.github/herald.yml')]);
    const { code, out } = await doctor(dir);
    expect(code).toBe(1);
    expect(out).toContain("✗ no workflow runs Herald's schedule");
    expect(out).toContain('✗ .github/herald.yml is missing');
  });

  it('reads the environment, its secrets and the Actions pull-request setting with a token that may', async () => {
    Object.assign(REST_HANDLERS, SETTINGS_HANDLERS);
    gh = await startRepoGitHub(
      { 'README.md': '# Social\n' },
      { metadata: 'read', actions: 'read', secrets: 'read', administration: 'read' },
    );
    const dir = await initialised();
    const env = { GITHUB_TOKEN: gh.token, GITHUB_REPOSITORY: 'django/social', GITHUB_API_URL: gh.github.url };
    const none = await doctor(dir, env);
    expect(none.code).toBe(1);
    expect(none.out).toContain('✗ django/social has no environment "social"');
    expect(none.out).toContain('✗ GitHub Actions may not create pull requests');

    settingsOf(gh.repo).environments.set('social', ['BLUESKY_APP_PASSWORD']);
    const lacking = await doctor(dir, env);
    expect(lacking.out).toContain('✗ the "social" environment lacks the secrets MASTODON_ACCESS_TOKEN');

    settingsOf(gh.repo).environments.set('social', ['MASTODON_ACCESS_TOKEN']);
    settingsOf(gh.repo).canApprovePullRequestReviews = true;
    const ready = await doctor(dir, env);
    expect(ready.out).not.toContain('✗');
    expect(ready.code).toBe(0);
  });

  it('says it could not check what the token may not read, instead of guessing', async () => {
    Object.assign(REST_HANDLERS, SETTINGS_HANDLERS);
    gh = await startRepoGitHub({ 'README.md': '# Social\n' }, { metadata: 'read', actions: 'read' });
    settingsOf(gh.repo).environments.set('social', []);
    const { out } = await doctor(await initialised(), {
      GITHUB_TOKEN: gh.token,
      GITHUB_REPOSITORY: 'django/social',
      GITHUB_API_URL: gh.github.url,
    });
    expect(out).toContain('? could not list the "social" environment\'s secrets (HTTP 403');
  });
});
