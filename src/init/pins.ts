// The third-party actions Herald's workflows use, pinned by full commit SHA (a tag can be moved; a commit
// cannot). Each SHA was read from the release it names and agreed by independent public workflows.
export interface PinnedAction {
  uses: string;
  sha: string;
  version: string;
}

export const CHECKOUT: PinnedAction = { uses: 'actions/checkout', sha: '08c6903cd8c0fde910a37f88322edcfb5dd907a8', version: 'v5.0.0' };
export const SETUP_NODE: PinnedAction = { uses: 'actions/setup-node', sha: '49933ea5288caeca8642d1e84afbd3f7d6820020', version: 'v4.4.0' };
export const APP_TOKEN: PinnedAction = {
  uses: 'actions/create-github-app-token',
  sha: 'df432ceedc7162793a195dd1713ff69aefc7379e',
  version: 'v2.0.6',
};

export function pinned(action: PinnedAction): string {
  return `${action.uses}@${action.sha} # ${action.version}`;
}

/** Where the workflows take Herald's Action from: a released commit, or (Herald's own repository) its checkout. */
export type HeraldAction = { kind: 'released'; repository: string; sha: string; version: string } | { kind: 'local' };

export const FULL_SHA = /^[0-9a-f]{40}$/;

/** `owner/herald@<sha>` or `owner/herald/action@<sha>` → the released Action; anything else is refused. */
export function parseActionRef(ref: string, version: string): HeraldAction | string {
  const match = /^([A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+)(?:\/action)?@([0-9a-fA-F]+)$/.exec(ref.trim());
  if (!match) return `"${ref}" is not owner/repository@<commit sha>, e.g. herald-social/herald@${'0'.repeat(40)}`;
  const sha = match[2]!.toLowerCase();
  if (!FULL_SHA.test(sha)) return `"${ref}": pin the full 40-character commit SHA (a tag or a short SHA can be moved to other code)`;
  return { kind: 'released', repository: match[1]!, sha, version };
}
