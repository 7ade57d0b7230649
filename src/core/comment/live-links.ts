// Which URLs a platform returned may become links in the PR comment and the job summary: https on
// the host that platform publishes on (a self-hosted one from the config), or loopback (stand-in
// servers in tests). Anything else a hostile or broken server sends back is shown as text.
import type { HeraldConfig, PlatformId } from '../types.ts';
import { codeSpan, escapeInline } from './escape.ts';

/** Hosts of the platforms that publish on one site; subdomains count (Slack workspaces). */
const WEB_HOSTS: Partial<Record<PlatformId, readonly string[]>> = {
  bluesky: ['bsky.app'],
  x: ['x.com', 'twitter.com'],
  linkedin: ['linkedin.com'],
  threads: ['threads.net', 'threads.com'],
  discord: ['discord.com'],
  slack: ['slack.com'],
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
  reddit: ['reddit.com'],
  pinterest: ['pinterest.com'],
};
/** Self-hosted platforms publish on the configured server's host. */
const SERVER_HOSTED: readonly PlatformId[] = ['mastodon', 'discourse'];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type LinkPolicy = (platform: PlatformId, url: string) => boolean;

export function liveLinkPolicy(config: Pick<HeraldConfig, 'platforms'>): LinkPolicy {
  const servers = new Map(config.platforms.filter((p) => SERVER_HOSTED.includes(p.id) && p.server).map((p) => [p.id, hostOf(p.server!)]));
  return (platform, url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.username || parsed.password) return false;
    if (LOOPBACK.has(parsed.hostname)) return parsed.protocol === 'https:' || parsed.protocol === 'http:';
    if (parsed.protocol !== 'https:') return false;
    const host = parsed.hostname.toLowerCase();
    const expected = SERVER_HOSTED.includes(platform) ? [servers.get(platform)] : (WEB_HOSTS[platform] ?? []);
    return expected.some((e) => e !== undefined && (host === e || host.endsWith(`.${e}`)));
  };
}

/** Markdown for a live URL: a link with an escaped label when the policy allows it, else inert code. */
export function liveLink(url: string, label: string | undefined, allowed: boolean, inTable = false): string {
  if (!allowed) return `${codeSpan(url, inTable)} (not linked: not the platform's address)`;
  // The URL parser has already percent-encoded spaces and quotes; parentheses would end the link target.
  const target = new URL(url).href.replace(/[()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeInline(label ?? url)}](${target})`;
}

function hostOf(server: string): string | undefined {
  try {
    return new URL(server).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
