// A fresh fake platform server for each test; after it, no request may have missed every route or broken
// the platform's API description (as useFakeGitHub).
import { afterEach, beforeEach, expect } from 'vitest';
import type { FakeServer } from './base.ts';

export function useFakeServer<T extends FakeServer<unknown>>(start: () => Promise<T>, receive: (server: T) => void): void {
  let server: T | undefined;
  beforeEach(async () => {
    server = await start();
    receive(server);
  });
  afterEach(async () => {
    try {
      expect(server?.unhandled).toEqual([]);
      expect(server?.violations).toEqual([]);
    } finally {
      await server?.close();
    }
  });
}
