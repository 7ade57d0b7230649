// Who is calling: a GitHub App (RS256 JWT signed with its private key) or an installation / Actions token.
import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';

export type Permissions = Record<string, 'read' | 'write'>;

export interface FakeApp {
  id: number;
  slug: string;
  name: string;
  publicKey: KeyObject;
  permissions: Permissions;
  events: string[];
}

/** The identity behind an installation token or GITHUB_TOKEN. */
export interface TokenIdentity {
  /** REST login, e.g. `herald[bot]`. */
  login: string;
  appId: number;
  permissions: Permissions;
}

export type Caller = { kind: 'app'; app: FakeApp } | { kind: 'token'; identity: TokenIdentity } | { kind: 'anonymous'; problem: string };

export class FakeAuth {
  readonly apps = new Map<number, FakeApp>();
  readonly #tokens = new Map<string, TokenIdentity>();

  registerApp(app: Omit<FakeApp, 'publicKey'> & { publicKey: string | KeyObject }): FakeApp {
    const registered = { ...app, publicKey: typeof app.publicKey === 'string' ? createPublicKey(app.publicKey) : app.publicKey };
    this.apps.set(app.id, registered);
    return registered;
  }

  /** A token such as Actions' GITHUB_TOKEN, with the workflow's permissions. */
  issueToken(identity: TokenIdentity, token = `ghs_${randomBytes(18).toString('hex')}`): string {
    this.#tokens.set(token, identity);
    return token;
  }

  identify(authorization: string | undefined): Caller {
    if (!authorization) return { kind: 'anonymous', problem: 'no Authorization header' };
    const [scheme = '', credential = ''] = authorization.split(' ');
    if (scheme.toLowerCase() === 'bearer' && credential.split('.').length === 3) return this.#verifyJwt(credential);
    const identity = this.#tokens.get(credential);
    return identity ? { kind: 'token', identity } : { kind: 'anonymous', problem: 'unknown token' };
  }

  #verifyJwt(jwt: string): Caller {
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    let claims: { iss?: string | number; exp?: number; iat?: number };
    try {
      const alg = (JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string }).alg;
      if (alg !== 'RS256') return { kind: 'anonymous', problem: `JWT alg ${alg} (GitHub wants RS256)` };
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    } catch {
      return { kind: 'anonymous', problem: 'malformed JWT' };
    }
    const app = this.apps.get(Number(claims.iss));
    if (!app) return { kind: 'anonymous', problem: `JWT issuer ${claims.iss} is not a registered app` };
    const signed = verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), app.publicKey, Buffer.from(signature, 'base64url'));
    if (!signed) return { kind: 'anonymous', problem: 'JWT signature does not verify with the app public key' };
    const now = Math.floor(Date.now() / 1000);
    if (!claims.exp || claims.exp < now || claims.exp - (claims.iat ?? now) > 600) {
      return { kind: 'anonymous', problem: 'JWT expired or valid for more than 10 minutes' };
    }
    return { kind: 'app', app };
  }
}

export function can(permissions: Permissions, scope: string, level: 'read' | 'write'): boolean {
  const granted = permissions[scope];
  return granted === 'write' || (granted === 'read' && level === 'read');
}
