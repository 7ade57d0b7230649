import { expect, it } from 'vitest';
import { PLATFORM_IDS } from '../../src/core/types.ts';
import { ADAPTERS } from '../../src/platforms/index.ts';
import { ADAPTER_LOADERS, loadersOf } from '../../src/platforms/registry.ts';

it('the lazy registry loads, for every platform, the factory the eager one names', async () => {
  expect(Object.keys(ADAPTER_LOADERS).sort()).toEqual([...PLATFORM_IDS].sort());
  expect(Object.keys(ADAPTERS).sort()).toEqual([...PLATFORM_IDS].sort());
  for (const id of PLATFORM_IDS) expect(await ADAPTER_LOADERS[id](), id).toBe(ADAPTERS[id]);
});

it('loadersOf wraps factories already in memory, and only those', async () => {
  const loaders = loadersOf({ slack: ADAPTERS.slack });
  expect(Object.keys(loaders)).toEqual(['slack']);
  expect(await loaders.slack!()).toBe(ADAPTERS.slack);
});
