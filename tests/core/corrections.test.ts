// The capability table the PR comment and the publisher read (core/corrections.ts) holds to the
// adapters: an adapter has editPart / deletePart exactly where the table says the API can.
import { describe, expect, it } from 'vitest';
import { AFTER_PUBLISH } from '../../src/core/corrections.ts';
import { PLATFORM_IDS, type PlatformConfig } from '../../src/core/types.ts';
import { standInCredentials } from '../../src/platforms/credentials.ts';
import { ADAPTER_LOADERS } from '../../src/platforms/registry.ts';

const config = (id: PlatformConfig['id']): PlatformConfig => ({
  id,
  enabled: true,
  limits: {},
  server: 'https://social.example.test',
  options: {
    organization: '5515715',
    channel: 'C0HERALD01',
    page: '104876543210987',
    user: '17841400000000000',
    subreddit: 'django',
    board: '549755885175',
    username: 'herald',
    category: 4,
    media_base_url: 'https://media.example.test/',
  },
});

describe('AFTER_PUBLISH matches the adapters', () => {
  it.each([...PLATFORM_IDS])('%s', async (id) => {
    const adapter = (await ADAPTER_LOADERS[id]())(config(id), standInCredentials());
    expect({ edit: typeof adapter.editPart === 'function', delete: typeof adapter.deletePart === 'function' }).toEqual({
      edit: AFTER_PUBLISH[id].edit,
      delete: AFTER_PUBLISH[id].delete,
    });
    if (!AFTER_PUBLISH[id].edit || !AFTER_PUBLISH[id].delete) expect(AFTER_PUBLISH[id].note).toBeTruthy();
  });
});
