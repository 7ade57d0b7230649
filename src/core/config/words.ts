// The `words:` section: allowlists and word lists the rules read.
import type { Node } from 'yaml';
import type { HeraldConfig } from '../types.ts';
import { setOwn, type YamlReader } from '../yaml/read.ts';

type Words = HeraldConfig['words'];
export const LIST_KEYS: Record<string, Exclude<keyof Words, 'sensitiveTopics'>> = {
  acronyms: 'acronyms',
  hashtags: 'hashtags',
  sponsors: 'sponsors',
  shorteners: 'shorteners',
  tracking_parameters: 'trackingParameters',
  inclusive_ignore: 'inclusiveIgnore',
};
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;
const PARAMETER = /^[A-Za-z0-9_.\-[\]]+\*?$/;

function add(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Lists add to the defaults (shorteners and tracking parameters have built-in ones). */
export function readWords(reader: YamlReader, node: Node, into: Words): void {
  const map = reader.map(node, 'words', '{ acronyms: [DSF, ORM], hashtags: [DjangoCon] }');
  if (!map) return;
  for (const { key, value } of reader.entries(map, 'words', [...Object.keys(LIST_KEYS), 'sensitive_topics'], {
    topics: 'sensitive_topics',
  })) {
    const path = `words.${key}`;
    if (key === 'sensitive_topics') {
      readTopics(reader, value, into);
      continue;
    }
    const target = LIST_KEYS[key]!;
    for (const item of reader.strings(value, path, '[DSF, PSF]') ?? []) {
      let word = item.value.trim();
      if (target === 'hashtags') word = word.replace(/^#/, '');
      if (target === 'shorteners') {
        word = word
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/\/+$/, '');
        if (!HOST.test(word)) {
          reader.error(item.node, `${path}: "${item.value.slice(0, 40)}" is not a host name, e.g. bit.ly`);
          continue;
        }
      }
      if (target === 'trackingParameters' && !PARAMETER.test(word)) {
        reader.error(
          item.node,
          `${path}: "${item.value.slice(0, 40)}" is not a query parameter name (a * at the end matches any suffix, e.g. utm_*)`,
        );
        continue;
      }
      add(into[target], word);
    }
  }
}

function readTopics(reader: YamlReader, node: Node, into: Words): void {
  const map = reader.map(node, 'words.sensitive_topics', '{ burnout: [burnout, exhausted] }');
  if (!map) return;
  for (const { key, value } of reader.entries(map, 'words.sensitive_topics')) {
    const words = (reader.strings(value, `words.sensitive_topics.${key}`, '[burnout, exhausted]') ?? []).map((w) => w.value.trim());
    if (words.length === 0) reader.error(value, `words.sensitive_topics.${key}: list at least one word`);
    const known = Object.hasOwn(into.sensitiveTopics, key) ? (into.sensitiveTopics[key] ?? []) : [];
    setOwn(into.sensitiveTopics, key, [...new Set([...known, ...words])]);
  }
}
