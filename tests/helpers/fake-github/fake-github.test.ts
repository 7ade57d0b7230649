// The fake refuses what GitHub refuses, and remembers it so the test fails.
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './server.ts';

let github: FakeGitHub;
let octokit: Octokit;
beforeEach(async () => {
  github = await startFakeGitHub();
  const repo = github.state.createRepo('g', 'social', { 'README.md': 'x' });
  github.state.openPull(repo, { author: { login: 'ada', type: 'User' }, changes: { 'posts/a.md': 'a' } });
  const token = github.auth.issueToken({
    login: 'bot[bot]',
    appId: 1,
    permissions: { checks: 'write', contents: 'read', pull_requests: 'read' },
  });
  octokit = new Octokit({ auth: token, baseUrl: github.url, log: { debug() {}, info() {}, warn() {}, error() {} } });
});
afterEach(() => github.close());

test.each([
  [
    'a body outside the OpenAPI schema',
    () =>
      octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: 'g',
        repo: 'social',
        name: 'x',
        head_sha: 'abc',
        conclusion: 'great' as never,
      }),
    /conclusion/,
  ],
  [
    'more than 50 annotations',
    () =>
      octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        owner: 'g',
        repo: 'social',
        name: 'x',
        head_sha: 'abc',
        output: {
          title: 't',
          summary: 's',
          annotations: Array.from({ length: 51 }, () => ({
            path: 'a',
            start_line: 1,
            end_line: 1,
            annotation_level: 'notice' as const,
            message: 'm',
          })),
        },
      }),
    /50/,
  ],
  [
    'an operation GitHub does not have',
    () => octokit.request('POST /repos/{owner}/{repo}/herald-magic', { owner: 'g', repo: 'social' }),
    /no such operation/,
  ],
  [
    'a write the token has no permission for',
    () =>
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'g',
        repo: 'social',
        issue_number: 1,
        body: 'x',
      }),
    /lacks pull_requests: write/,
  ],
  [
    'a GraphQL field GitHub does not have',
    () => octokit.graphql('{ repository(owner: "g", name: "social") { heraldSecret } }'),
    /invalid query/,
  ],
  [
    'a GraphQL connection without first/last',
    () => octokit.graphql('{ repository(owner: "g", name: "social") { pullRequest(number: 1) { files { totalCount } } } }'),
    /without first\/last/,
  ],
])('%s is answered 4xx and recorded as a violation', async (_, call, violation) => {
  await expect(call()).rejects.toThrow();
  expect(github.violations.join('\n')).toMatch(violation);
  expect(() => github.assertNoViolations()).toThrow(/real one would refuse/);
});

test('an app JWT must verify against the registered public key', async () => {
  const bad = ['eyJhbGciOiJSUzI1NiJ9', Buffer.from(JSON.stringify({ iss: 99, iat: 0, exp: 9e9 })).toString('base64url'), 'c2ln'].join('.');
  const response = await fetch(`${github.url}/app/installations/1/access_tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bad}` },
  });
  expect(response.status).toBe(401);
  expect(github.violations.join()).toMatch(/not a registered app/);
  github.violations.splice(0);
});
