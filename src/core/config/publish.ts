// The `publish:` section: what the publisher demands before it sends a post (docs/security-publisher.md).
import type { Node } from 'yaml';
import type { PublishPolicy } from '../types.ts';
import type { YamlReader } from '../yaml/read.ts';

/** The keys of `publish:`, in the order the docs list them (the editor schema reads them too). */
export const PUBLISH_KEYS = ['require_vote', 'vote_apps', 'trusted_paths'] as const;

/** Herald's app (its manifest's name, app.yml) and GitHub Actions (the Actions-only mode's GITHUB_TOKEN). */
export const DEFAULT_VOTE_APPS = ['herald', 'github-actions'];

export function defaultPublishPolicy(): PublishPolicy {
  return { requireVote: true, voteApps: [...DEFAULT_VOTE_APPS], trustedPaths: [] };
}

export function readPublish(reader: YamlReader, node: Node, into: PublishPolicy): void {
  const map = reader.map(node, 'publish', '{ require_vote: true, vote_apps: [herald], trusted_paths: [posts/feeds/**] }');
  if (!map) return;
  for (const { key, value } of reader.entries(map, 'publish', PUBLISH_KEYS)) {
    const path = `publish.${key}`;
    if (key === 'require_vote') into.requireVote = reader.bool(value, path) ?? into.requireVote;
    else if (key === 'vote_apps') {
      const apps = (reader.strings(value, path, '[herald-django]') ?? []).map((s) => s.value.trim().toLowerCase());
      if (apps.length === 0) reader.error(value, `${path}: name at least one app (its slug, e.g. herald), or set require_vote: false`);
      else into.voteApps = apps;
    } else {
      const globs: string[] = [];
      for (const item of reader.strings(value, path, '[posts/feeds/**]') ?? []) {
        const glob = item.value.trim();
        if (!glob.startsWith('posts/') || glob.split('/').includes('..'))
          reader.error(item.node, `${path}: "${glob.slice(0, 80)}" is not a path under posts/ (e.g. posts/feeds/**)`);
        else globs.push(glob);
      }
      into.trustedPaths = globs;
    }
  }
}
