// One fake GitHub per test: started before it, checked for invalid requests and closed after it.
import { afterEach, beforeEach } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './server.ts';

export function useFakeGitHub(receive: (github: FakeGitHub) => void): void {
  let github: FakeGitHub | undefined;
  beforeEach(async () => {
    github = await startFakeGitHub();
    receive(github);
  });
  afterEach(async () => {
    try {
      github?.assertNoViolations();
    } finally {
      await github?.close();
    }
  });
}
