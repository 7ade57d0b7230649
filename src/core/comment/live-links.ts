// Which URLs a platform returned may become links in the PR comment and the job summary: https on
// the host that platform publishes on, or, for a self-hosted platform, the configured server's own
// scheme and host (the config refuses http:// but on loopback stand-ins in tests). Anything else a
// hostile or broken server sends back is shown as text.
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

export type LinkPolicy = (platform: PlatformId, url: string) => boolean;

export function liveLinkPolicy(config: Pick<HeraldConfig, 'platforms'>): LinkPolicy {
  const servers = new Map(config.platforms.filter((p) => SERVER_HOSTED.includes(p.id) && p.server).map((p) => [p.id, originOf(p.server!)]));
  return (platform, url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.username || parsed.password) return false;
    const host = parsed.hostname.toLowerCase();
    if (SERVER_HOSTED.includes(platform)) {
      const server = servers.get(platform);
      return server !== undefined && parsed.protocol === server.protocol && host === server.host;
    }
    if (parsed.protocol !== 'https:') return false;
    return (WEB_HOSTS[platform] ?? []).some((e) => host === e || host.endsWith(`.${e}`));
  };
}

/** Markdown for a live URL: a link with an escaped label when the policy allows it, else inert code. */
export function liveLink(url: string, label: string | undefined, allowed: boolean, inTable = false): string {
  if (!allowed) return `${codeSpan(url, inTable)} (not linked: not the platform's address)`;
  // The URL parser has already percent-encoded spaces and quotes; parentheses would end the link target.
  const target = new URL(url).href.replace(/[()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeInline(label ?? url)}](${target})`;
}

function originOf(server: string): { protocol: string; host: string } | undefined {
  try {
    const url = new URL(server);
    return { protocol: url.protocol, host: url.hostname.toLowerCase() };
  } catch {
    return undefined;
  }
}
