import { expect, it } from 'vitest';
import { CredentialsError } from '../../src/core/errors.ts';
import { PLATFORM_IDS, type PlatformConfig } from '../../src/core/types.ts';
import { ADAPTER_LOADERS, loadersOf } from '../../src/platforms/registry.ts';
import { createSlackAdapter } from '../../src/platforms/slack.ts';

it("loads, for every platform, the adapter of that platform (it asks for that platform's secrets)", async () => {
  expect(Object.keys(ADAPTER_LOADERS).sort()).toEqual([...PLATFORM_IDS].sort());
  for (const id of PLATFORM_IDS) {
    const factory = await ADAPTER_LOADERS[id]();
    const config: PlatformConfig = { id, enabled: true, server: 'https://example.org', limits: {}, options: {} };
    let error: unknown;
    try {
      factory(config, {});
    } catch (caught) {
      error = caught;
    }
    expect(error, id).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).platform, id).toBe(id);
  }
});

it('loadersOf wraps factories already in memory, and only those', async () => {
  const loaders = loadersOf({ slack: createSlackAdapter });
  expect(Object.keys(loaders)).toEqual(['slack']);
  expect(await loaders.slack!()).toBe(createSlackAdapter);
});
