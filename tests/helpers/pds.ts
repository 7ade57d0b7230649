// A real local Bluesky PDS (with its PLC directory) from @atproto/dev-env, once per test file.
// It hands back an account and an app password, so the adapter logs in the way it does in production,
// plus an agent logged in with the main password, for tests to read records back.
import { rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AtpAgent } from '@atproto/api';
import type { TestNetworkNoAppView } from '@atproto/dev-env';
import { afterAll, beforeAll } from 'vitest';

export interface LocalPds {
  /** Service URL, e.g. http://localhost:41234 */
  url: string;
  handle: string;
  did: string;
  /** An app password of the account (never the main password), as Herald is given in production. */
  appPassword: string;
  /** Logged in with the main password: for reading back what the adapter wrote. */
  owner: AtpAgent;
  /** Creates another account on the same PDS (someone whose post we reply to or quote). */
  createAccount(handle: string): Promise<AtpAgent>;
}

/** Starts a PDS for this file (beforeAll) and stops it (afterAll). Fields are set once beforeAll ran. */
export function useLocalPds(handle = 'herald.test'): LocalPds {
  const pds = {} as LocalPds;
  let network: TestNetworkNoAppView | undefined;
  beforeAll(async () => {
    network = await startNetwork();
    const url = network.pds.url;
    const createAccount = async (name: string) => {
      const agent = new AtpAgent({ service: url });
      await agent.createAccount({ handle: name, email: `${name}@example.com`, password: `${name}-main-password` });
      return agent;
    };
    const owner = await createAccount(handle);
    const appPassword = await owner.com.atproto.server.createAppPassword({ name: 'herald' });
    Object.assign(pds, {
      url,
      handle,
      did: owner.session!.did,
      appPassword: appPassword.data.password,
      owner,
      createAccount,
    });
  });
  afterAll(async () => {
    if (!network) return;
    const cfg = network.pds.ctx.cfg;
    const leftovers = [path.dirname(cfg.actorStore.directory), cfg.blobstore.provider === 'disk' ? cfg.blobstore.location : ''];
    await network.close();
    // dev-env leaves its SQLite files and blobs in fresh temp directories; remove exactly those.
    for (const dir of leftovers) {
      if (dir && path.dirname(dir) === tmpdir()) await rm(dir, { recursive: true, force: true });
    }
  });
  return pds;
}

/**
 * dev-env's PDS and PLC call listen(port) on every interface; Herald's tests bind loopback only, so
 * while they start, a bare port gets 127.0.0.1 added. localhost resolves to 127.0.0.1 here.
 */
async function startNetwork(): Promise<TestNetworkNoAppView> {
  const { TestNetworkNoAppView } = await import('@atproto/dev-env');
  const listen = net.Server.prototype.listen;
  const loopbackListen = function (this: net.Server, ...args: unknown[]) {
    const bare = typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function');
    if (bare) args.splice(1, 0, '127.0.0.1');
    return Reflect.apply(listen, this, args) as net.Server;
  };
  net.Server.prototype.listen = loopbackListen as typeof listen;
  try {
    return await TestNetworkNoAppView.create({});
  } finally {
    net.Server.prototype.listen = listen;
  }
}
