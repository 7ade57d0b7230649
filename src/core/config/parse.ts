// `.github/herald.yml` → a typed HeraldConfig, or findings that point at the line.
import { isMap, isScalar, type Node } from 'yaml';
import type { Finding, HeraldConfig } from '../types.ts';
import { parseBoundedYaml } from '../yaml/bounded.ts';
import { YamlReader } from '../yaml/read.ts';
import { decodeSource, LineIndex } from '../yaml/source.ts';
import { didYouMean } from '../yaml/suggest.ts';
import { defaultConfig } from './defaults.ts';
import { readPlatforms, type ServerPolicy } from './platforms.ts';
import { readPublish } from './publish.ts';
import { readRoster } from './roster.ts';
import { readApproval, readFeeds, readGovernance, readRules } from './sections.ts';
import { readWords } from './words.ts';

export { defaultConfig } from './defaults.ts';

/** `ok` is true exactly when no finding is an error. */
export type ConfigResult = { ok: true; config: HeraldConfig; findings: Finding[] } | { ok: false; findings: Finding[] };

export const CONFIG_KEYS = ['timezone', 'platforms', 'roster', 'approval', 'governance', 'rules', 'words', 'feeds', 'publish'] as const;
const CONFIG_ALIASES = { tz: 'timezone', time_zone: 'timezone', members: 'roster', voters: 'roster', approvals: 'approval', feed: 'feeds' };

function readTimezone(reader: YamlReader, node: Node): string | undefined {
  const text = reader.string(node, 'timezone', 'an IANA time zone, e.g. Europe/Amsterdam');
  if (text === undefined) return undefined;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: text.trim() }).resolvedOptions().timeZone;
  } catch {
    reader.error(
      node,
      `timezone: "${text.slice(0, 40)}" is not an IANA time zone such as Europe/Amsterdam or America/Chicago.${didYouMean(text, Intl.supportedValuesOf('timeZone'))}`.replace(
        /\.$/,
        '',
      ),
    );
    return undefined;
  }
}

/**
 * `loopbackHttp` (default true for the CLI and Action, whose tests publish to local stand-in servers):
 * whether `http://` servers on loopback are accepted. `http://` anywhere else is always an error, and
 * the app, which judges the configs a vote is about, passes false so no `http://` server passes a vote.
 */
export function parseConfig(file: string, source: string | Uint8Array, policy: ServerPolicy = { loopbackHttp: true }): ConfigResult {
  const decoded = decodeSource(file, source, 'config');
  if (!decoded.ok) return decoded;
  const src = { file, ruleId: 'config', offset: 0, lines: new LineIndex(decoded.text) };
  const bounded = parseBoundedYaml(src, decoded.text);
  if (!bounded.doc) return { ok: false, findings: bounded.findings };
  const reader = new YamlReader(src, bounded.doc);
  const config = defaultConfig(file);
  const root = bounded.root as Node | null | undefined;
  if (root && !isMap(root) && !(isScalar(root) && root.value === null)) {
    reader.error(root, 'the config must be a mapping of sections, e.g. timezone: Europe/Amsterdam');
  }
  const sections = new Map<string, Node>();
  if (root && isMap(root)) {
    for (const { key, value } of reader.entries(root, '', CONFIG_KEYS, CONFIG_ALIASES)) sections.set(key, value);
  }
  // governance first: roster terms default to its term length.
  for (const key of ['governance', ...CONFIG_KEYS.filter((k) => k !== 'governance')]) {
    const node = sections.get(key);
    if (!node) continue;
    switch (key) {
      case 'timezone':
        config.timezone = readTimezone(reader, node) ?? config.timezone;
        break;
      case 'governance':
        readGovernance(reader, node, config.governance);
        break;
      case 'platforms':
        config.platforms = readPlatforms(reader, node, policy);
        break;
      case 'roster':
        config.roster = readRoster(reader, node, config.governance.termMonths);
        break;
      case 'approval':
        readApproval(reader, node, config.approval);
        break;
      case 'rules':
        config.rules = readRules(reader, node, bounded.doc, (config.ruleLines = {}));
        break;
      case 'words':
        readWords(reader, node, config.words);
        break;
      case 'feeds':
        config.feeds = readFeeds(reader, node);
        break;
      case 'publish':
        readPublish(reader, node, config.publish);
        break;
    }
  }
  const findings = [...reader.findings].sort((a, b) => a.line - b.line || a.column - b.column);
  if (findings.some((f) => f.severity === 'error')) return { ok: false, findings };
  return { ok: true, config, findings };
}
