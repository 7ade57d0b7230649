// An Octokit on the fake GitHub with an installation token carrying app.yml's permissions.
import { Octokit } from '@octokit/rest';
import type { GitHubClient } from '../../src/github/types.ts';
import { APP_ID, manifest } from '../helpers/fake-github/herald-harness.ts';
import type { FakeGitHub } from '../helpers/fake-github/server.ts';
import { generateKeyPairSync } from 'node:crypto';

export function clientFor(github: FakeGitHub): GitHubClient {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  github.auth.registerApp({ id: APP_ID, slug: 'herald-test', name: 'Herald (test)', publicKey, ...manifest() });
  const token = github.auth.issueToken({ login: 'herald-test[bot]', appId: APP_ID, permissions: manifest().permissions });
  const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
  return new Octokit({ auth: token, baseUrl: github.url, log: silent }) as unknown as GitHubClient;
}
