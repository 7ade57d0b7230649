// No secret leaves the publish job. The Action is bundled from the current sources and run as a
// process against a local git origin, the fake GitHub and stand-in platforms whose errors echo the
// request (headers and body) back as JSON, HTML and plain text, as some proxies do. Afterwards no
// canary may be anywhere: any git object of the origin, the PR comments, the summary, the outputs,
// or the log.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAction } from '../../scripts/build.ts';
import { useRepoRoutes } from '../helpers/fake-github/repo-routes.ts';
import { startFakeGitHub } from '../helpers/fake-github/server.ts';
import { startDiscordServer, startDiscourseServer, startMastodonServer, startXServer } from '../helpers/servers/index.ts';
import { startRedditServer } from '../helpers/servers/reddit.ts';
import { createRepo, heraldConfig, threadPost } from '../publish/_repo.ts';
import { GITHUB_ACTIONS_APP, mergeVotedPull } from './_voted-pull.ts';

// Each canary starts and ends with a marker that survives every escaping; the middle holds the
// characters that JSON, HTML and URL encodings change.
const CANARIES = {
  MASTODON_ACCESS_TOKEN: 'CANARYmastodonA/+"=\'<&CANARYmastodonZ',
  DISCORD_TOKEN: 'CANARYdiscordA-_.~&CANARYdiscordZ',
  DISCOURSE_API_KEY: "CANARYdiscourseA/+=<>&'CANARYdiscourseZ",
  // OAuth 1.0a sends these two percent-encoded in the Authorization header; the secrets only sign.
  X_API_KEY: 'CANARYxkeyA! (*)/CANARYxkeyZ',
  X_ACCESS_TOKEN: "CANARYxtokenA-'~+CANARYxtokenZ",
  X_API_SECRET: 'CANARYxsecretA&=CANARYxsecretZ',
  X_ACCESS_TOKEN_SECRET: 'CANARYxtsecretA%CANARYxtsecretZ',
  // Reddit sends the client pair as Basic auth (base64) and the password in a form body.
  REDDIT_CLIENT_ID: 'CANARYrclientA-CANARYrclientZ',
  REDDIT_CLIENT_SECRET: 'CANARYrsecretA_/CANARYrsecretZ',
  REDDIT_USERNAME: 'herald_bot',
  REDDIT_PASSWORD: 'CANARYrpasswordA &=+CANARYrpasswordZ',
};

let dir: string;
let bundle: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'herald-secrets-'));
  bundle = join(dir, 'index.js');
  await buildAction(bundle);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every place a canary could be found in `text`: its markers, and its base64 at any alignment. */
function leaks(text: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    for (const marker of secret.match(/CANARY[a-z]+[AZ]/g) ?? []) if (text.includes(marker)) found.push(marker);
    for (const prefix of ['', 'x', 'xy']) {
      const encoded = Buffer.from(prefix + secret)
        .toString('base64')
        .slice(8, -8);
      if (encoded.length < 12) continue;
      if (
        text.includes(encoded) ||
        text.includes(
          Buffer.from(prefix + secret)
            .toString('base64url')
            .slice(8, -8),
        )
      )
        found.push(`base64 of ${secret}`);
    }
  }
  return found;
}

describe('the bundled Action with platforms that echo the request in their errors', () => {
  it('leaves no canary in git, the PR comment, the summary, the outputs or the log', async () => {
    const mastodon = await startMastodonServer({ token: CANARIES.MASTODON_ACCESS_TOKEN });
    const discord = await startDiscordServer();
    const discourse = await startDiscourseServer();
    const x = await startXServer();
    const reddit = await startRedditServer();
    mastodon.fail({ status: 422, echo: 'json', times: 100 });
    discord.fail({ status: 400, echo: 'html', times: 100 });
    discourse.fail({ status: 403, echo: 'text', times: 100 });
    x.fail({ status: 400, echo: 'json', times: 100 });
    reddit.fail({ status: 401, echo: 'text', times: 100 });
    const config = `${heraldConfig({ mastodon: mastodon.url, discord: discord.url, discourse: discourse.url, x: x.url, reddit: reddit.url })}    subreddit: django\n`;
    const repo = createRepo({ '.github/herald.yml': config });
    useRepoRoutes();
    const github = await startFakeGitHub();
    try {
      const before = repo.git('rev-parse', 'HEAD').trim();
      const post = threadPost(['Herald is live, and this title is long enough for Discourse.'], {
        platforms: ['mastodon', 'discord', 'discourse', 'x', 'reddit'],
      });
      const ghRepo = github.state.createRepo('wg', 'social', { '.github/herald.yml': repo.git('show', 'HEAD:.github/herald.yml') });
      // A passed vote on the PR's head, so the publisher sends the post to every platform.
      const { merge: after } = mergeVotedPull(
        { repo, github, ghRepo },
        1,
        { 'posts/2026-12-01-launch.md': post },
        { title: 'Launch post' },
      );
      const token = github.auth.issueToken({
        login: 'github-actions[bot]',
        appId: GITHUB_ACTIONS_APP,
        permissions: { metadata: 'read', contents: 'write', pull_requests: 'write', checks: 'read' },
      });

      const event = join(repo.root, 'event.json');
      writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before, after, repository: { full_name: 'wg/social' } }));
      const workspace = join(repo.root, 'checkout');
      execFileSync('git', ['clone', '-q', repo.origin, workspace]);
      execFileSync('git', ['checkout', '-q', '-B', 'main', after], { cwd: workspace });
      const output = join(repo.root, 'output');
      const summary = join(repo.root, 'summary');
      writeFileSync(output, '');
      writeFileSync(summary, '');
      const env: Record<string, string> = {
        PATH: process.env['PATH']!,
        HOME: repo.root,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_REPOSITORY: 'wg/social',
        GITHUB_REF_NAME: 'main',
        GITHUB_RUN_ID: '4242',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: github.url,
        'INPUT_GITHUB-TOKEN': token,
        MASTODON_ACCESS_TOKEN: CANARIES.MASTODON_ACCESS_TOKEN,
        DISCORD_WEBHOOK_URL: `${discord.url}/api/webhooks/${discord.state.webhookId}/${CANARIES.DISCORD_TOKEN}`,
        DISCOURSE_API_KEY: CANARIES.DISCOURSE_API_KEY,
        X_API_KEY: CANARIES.X_API_KEY,
        X_API_SECRET: CANARIES.X_API_SECRET,
        X_ACCESS_TOKEN: CANARIES.X_ACCESS_TOKEN,
        X_ACCESS_TOKEN_SECRET: CANARIES.X_ACCESS_TOKEN_SECRET,
        REDDIT_CLIENT_ID: CANARIES.REDDIT_CLIENT_ID,
        REDDIT_CLIENT_SECRET: CANARIES.REDDIT_CLIENT_SECRET,
        REDDIT_USERNAME: CANARIES.REDDIT_USERNAME,
        REDDIT_PASSWORD: CANARIES.REDDIT_PASSWORD,
        GIT_AUTHOR_NAME: 'github-actions',
        GIT_AUTHOR_EMAIL: 'actions@example.test',
        GIT_COMMITTER_NAME: 'github-actions',
        GIT_COMMITTER_EMAIL: 'actions@example.test',
      };
      const proc = spawn(process.execPath, [bundle], { cwd: workspace, env, timeout: 60_000 });
      let log = '';
      proc.stdout.on('data', (d: Buffer) => (log += d.toString()));
      proc.stderr.on('data', (d: Buffer) => (log += d.toString()));
      const code = await new Promise<number | null>((r) => proc.on('close', (c) => r(c)));

      // The run really failed on all three platforms with their echoes, and said so everywhere.
      expect(code, log).toBe(1);
      for (const server of [mastodon, discord, discourse, x, reddit]) expect(server.requests.length, log).toBeGreaterThan(0);
      const shown = readFileSync(summary, 'utf8');
      for (const platform of ['mastodon', 'discord', 'discourse', 'x', 'reddit'])
        expect(shown).toMatch(new RegExp(`❌ .*posts/2026-12-01-launch\\.md → ${platform}: `));
      expect(ghRepo.comments).toHaveLength(1);
      const history = execFileSync('git', ['cat-file', '--batch-all-objects', '--batch'], {
        cwd: repo.origin,
        maxBuffer: 64 * 1024 * 1024,
      }).toString('latin1');
      expect(history).toContain('failures:');
      expect(github.requests.find((r) => r.operation === 'issues/create-comment')?.status).toBe(201);

      // The add-mask command is how the runner learns what to hide; it is never shown in the log.
      const shownLog = log
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n');
      const secrets = [
        ...Object.values(CANARIES).filter((v) => v.includes('CANARY')),
        env['DISCORD_WEBHOOK_URL']!,
        `${CANARIES.REDDIT_CLIENT_ID}:${CANARIES.REDDIT_CLIENT_SECRET}`,
      ];
      const sinks = {
        'git objects of origin (all refs and unreachable)': history,
        'PR comments': ghRepo.comments.map((c) => c.body).join('\n'),
        summary: shown,
        outputs: readFileSync(output, 'utf8'),
        log: shownLog,
      };
      for (const [sink, text] of Object.entries(sinks)) expect(leaks(text, secrets), `${sink}:\n${text}`).toEqual([]);
      github.assertNoViolations();
    } finally {
      await Promise.all([mastodon.close(), discord.close(), discourse.close(), x.close(), reddit.close(), github.close()]);
      repo.remove();
    }
  }, 120_000);
});
