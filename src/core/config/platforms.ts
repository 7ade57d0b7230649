// The `platforms:` section: which platforms are in use, where, and with which limits and options.
import { isScalar, type Node } from 'yaml';
import { PLATFORM_IDS, type PlatformConfig, type PlatformId, type PlatformLimits } from '../types.ts';
import type { YamlReader } from '../yaml/read.ts';
import { platformId } from '../post/fields.ts';
import { isCalendarDate } from './dates.ts';
import { defaultPlatform, NEEDS_DESTINATION } from './defaults.ts';

/** Per-platform options beyond the common keys; extend here when an adapter needs a new one. */
export const PLATFORM_OPTIONS: Record<PlatformId, readonly string[]> = {
  mastodon: [],
  bluesky: [],
  x: [],
  linkedin: ['organization', 'api_version'],
  threads: ['media_base_url'],
  discord: ['username', 'channel'],
  slack: ['channel'],
  discourse: ['category', 'username'],
  facebook: ['page'],
  instagram: ['user', 'media_base_url'],
  reddit: ['subreddit', 'flair_id', 'flair_text', 'resubmit'],
  pinterest: ['board'],
};
export const COMMON_KEYS = ['enabled', 'retired', 'server', 'account', 'limits'] as const;
const NEEDS_SERVER: readonly PlatformId[] = ['mastodon', 'discourse'];
export const LIMIT_KEYS: Record<string, keyof PlatformLimits> = {
  characters: 'characters',
  bytes: 'bytes',
  alt_text: 'altText',
  media: 'media',
};

function readLimits(reader: YamlReader, node: Node, field: string): PlatformLimits {
  const limits: PlatformLimits = {};
  const map = reader.map(node, field, '{ characters: 500, alt_text: 1500 }');
  if (!map) return limits;
  for (const { key, value } of reader.entries(map, field, Object.keys(LIMIT_KEYS))) {
    const max = key === 'media' ? 100 : 10_000_000;
    const n = reader.integer(value, `${field}.${key}`, 1, max);
    if (n !== undefined) limits[LIMIT_KEYS[key]!] = n;
  }
  return limits;
}

function readRetired(reader: YamlReader, node: Node, field: string): PlatformConfig['retired'] {
  const map = reader.map(node, field, '{ since: 2026-11-01, successor: bluesky }');
  if (!map) return undefined;
  let since: string | undefined;
  let successor: string | undefined;
  for (const { key, value } of reader.entries(map, field, ['since', 'successor'])) {
    if (key === 'since') {
      const text = reader.string(value, `${field}.since`, 'a date, e.g. 2026-11-01');
      if (text !== undefined && isCalendarDate(text)) since = text;
      else if (text !== undefined)
        reader.error(value, `${field}.since: expected a date YYYY-MM-DD, e.g. 2026-11-01 (got "${text.slice(0, 40)}")`);
    } else successor = reader.string(value, `${field}.successor`, 'where the group moved, e.g. bluesky or https://example.org/@group');
  }
  if (since === undefined) {
    if (!reader.findings.some((f) => f.message.startsWith(`${field}.since`)))
      reader.error(map, `${field}: since is required: the date the platform was retired, e.g. since: 2026-11-01`);
    return undefined;
  }
  return successor === undefined ? { since } : { since, successor };
}

/** How the parser treats `http://` platform servers (tokens would travel in clear text). */
export interface ServerPolicy {
  /**
   * Accept `http://` on loopback (127.0.0.0/8, ::1, localhost): only for tests against local stand-in
   * servers. Any other `http://` server is always refused. The app passes false.
   */
  loopbackHttp: boolean;
}

function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function readServer(reader: YamlReader, value: Node, path: string, policy: ServerPolicy): string | undefined {
  const text = reader.url(value, path, 'https://fosstodon.org')?.replace(/\/+$/, '');
  if (text === undefined || !/^http:/i.test(text)) return text;
  if (policy.loopbackHttp && isLoopback(new URL(text))) return text;
  reader.error(value, `${path}: "${text.slice(0, 80)}" is http://: the platform's token would be sent unencrypted; use https://`);
  return undefined;
}

function readPlatform(reader: YamlReader, id: PlatformId, node: Node, policy: ServerPolicy): PlatformConfig {
  const platform = defaultPlatform(id);
  const field = `platforms.${id}`;
  const map = reader.map(node, field, '{ enabled: true, server: https://fosstodon.org }');
  if (!map) return platform;
  let enabledNode: Node | undefined;
  for (const { key, value } of reader.entries(map, field, [...COMMON_KEYS, ...PLATFORM_OPTIONS[id]])) {
    const path = `${field}.${key}`;
    if (key === 'enabled') {
      platform.enabled = reader.bool(value, path) ?? true;
      enabledNode = value;
    } else if (key === 'retired') {
      const retired = readRetired(reader, value, path);
      if (retired) platform.retired = retired;
    } else if (key === 'server') platform.server = readServer(reader, value, path, policy);
    else if (key === 'account') platform.account = reader.string(value, path, 'the account name, e.g. @django@fosstodon.org')?.trim();
    else if (key === 'limits') platform.limits = readLimits(reader, value, path);
    else if (isScalar(value) && ['string', 'number', 'boolean'].includes(typeof value.value)) {
      platform.options[key] = value.value as string | number | boolean;
    } else reader.error(value, `${path}: expected a single value (text, number, true or false)`);
  }
  if (platform.server === undefined) delete platform.server;
  if (platform.account === undefined) delete platform.account;
  if (platform.retired) {
    if (platform.enabled && enabledNode)
      reader.report('warn', enabledNode, `${field}.enabled: a retired platform gets nothing; enabled: true is ignored`);
    platform.enabled = false;
  }
  return platform;
}

/** A Discourse API key acts as one user; a single-user key is refused for any other, so the user is never guessed. */
function requireDiscourseUser(reader: YamlReader, platform: PlatformConfig, keyNode: Node): void {
  if (platform.id !== 'discourse' || !platform.enabled || platform.options['username'] !== undefined) return;
  reader.error(
    keyNode,
    "platforms.discourse.username: required for discourse: the forum user the API key posts as (the key's user for a single-user key), e.g. username: herald-bot",
    'Discourse refuses a single-user key for any other user; an all-users key posts as the user named here.',
  );
}

function requireServer(reader: YamlReader, platform: PlatformConfig, keyNode: Node): void {
  const id = platform.id;
  if (!platform.enabled || !NEEDS_SERVER.includes(id) || platform.server !== undefined) return;
  if (reader.findings.some((f) => f.message.startsWith(`platforms.${id}.server:`))) return; // given, but invalid
  const example = id === 'mastodon' ? 'https://fosstodon.org' : 'https://forum.djangoproject.com';
  reader.error(
    keyNode,
    `platforms.${id}.server: required for ${id}: the address of the ${id === 'mastodon' ? 'Mastodon server' : 'Discourse forum'}, e.g. server: ${example}`,
  );
}

const DESTINATION_EXAMPLES: Record<string, string> = {
  page: 'page: "104876543210987" (the Page id)',
  user: 'user: "17841400000000000" (the Instagram professional account id)',
  subreddit: 'subreddit: django',
  board: 'board: "549755885175" (the board id)',
};

function requireDestination(reader: YamlReader, platform: PlatformConfig, keyNode: Node): void {
  const option = NEEDS_DESTINATION[platform.id];
  if (!platform.enabled || !option || platform.options[option] !== undefined) return;
  reader.error(
    keyNode,
    `platforms.${platform.id}.${option}: required for ${platform.id}: where Herald posts, e.g. ${DESTINATION_EXAMPLES[option]}`,
  );
}

/** Every platform id in a fixed order; platforms not named in the config are disabled. */
export function readPlatforms(reader: YamlReader, node: Node, policy: ServerPolicy): PlatformConfig[] {
  const map = reader.map(node, 'platforms', '{ mastodon: { server: https://fosstodon.org } }');
  const found = new Map<PlatformId, PlatformConfig>();
  if (map) {
    for (const { keyNode, value } of reader.entries(map, 'platforms', undefined, {}, true)) {
      const id = platformId(reader, keyNode, 'platforms');
      if (!id) continue;
      if (found.has(id)) reader.error(keyNode, `platforms: ${id} appears twice`);
      // `bluesky:` or `bluesky: true` alone means enabled with defaults; `bluesky: false`, disabled.
      const flag = isScalar(value) && typeof value.value === 'boolean' ? value.value : undefined;
      const bare = value === keyNode || reader.isNull(value) || flag !== undefined;
      // YAML 1.2 reads yes/no/on/off as text: say so, rather than asking for a mapping.
      if (!bare && isScalar(value) && typeof value.value === 'string' && /^(?:yes|no|on|off|y|n|enabled|disabled)$/i.test(value.value)) {
        const meant = /^(?:yes|on|y|enabled)$/i.test(value.value);
        reader.error(
          value,
          `platforms.${id}: write ${meant}, not "${value.value}" (YAML reads it as text)`,
          `${id}: true enables it, ${id}: false disables it`,
        );
        found.set(id, defaultPlatform(id, meant));
        continue;
      }
      const platform = bare ? defaultPlatform(id, flag ?? true) : readPlatform(reader, id, value, policy);
      requireServer(reader, platform, keyNode);
      requireDestination(reader, platform, keyNode);
      requireDiscourseUser(reader, platform, keyNode);
      found.set(id, platform);
    }
  }
  return PLATFORM_IDS.map((id) => found.get(id) ?? defaultPlatform(id, false));
}
