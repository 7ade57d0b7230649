// Which released Herald Action `herald init` pins: written into the package's bundle when `npm pack` builds
// it (scripts/build.ts defines __HERALD_RELEASE__ from package.json and the commit it is packed from).
// Running from the sources there is none, and init asks for --action.
import pkg from '../../package.json' with { type: 'json' };

declare const __HERALD_RELEASE__: string | undefined;

/** This herald's version, as the comment beside a pinned SHA names it (v0.1.0). */
export const HERALD_VERSION = `v${pkg.version}`;

export interface BuiltRelease {
  /** owner/name of Herald's repository (package.json `repository`). */
  repository: string;
  /** The commit the package was packed from: its action/dist is the Action the workflows run. */
  sha: string;
  version: string;
}

export function builtRelease(): BuiltRelease | undefined {
  return typeof __HERALD_RELEASE__ === 'string' ? (JSON.parse(__HERALD_RELEASE__) as BuiltRelease) : undefined;
}
