// Reads RSS 2.0, Atom 1.0 and JSON Feed 1.x documents. Feeds are untrusted: entity declarations are refused,
// sizes are bounded by the caller's fetch, and every problem becomes a message that says where.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cleanText } from './clean-text.ts';
import { jsonFeedEntries } from './json-feed.ts';
import type { FeedEntry, FeedResult } from './types.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

export function parseFeed(text: string): FeedResult {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return jsonFeedEntries(trimmed);
  if (/<!ENTITY/i.test(trimmed))
    return { ok: false, error: 'the feed declares XML entities, which Herald refuses (they can expand without bound)' };
  const valid = XMLValidator.validate(trimmed);
  if (valid !== true)
    return { ok: false, error: `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}` };
  const doc = parser.parse(trimmed) as Record<string, unknown>;
  if (isObject(doc.rss)) return rssEntries(doc.rss);
  if (isObject(doc.feed)) return atomEntries(doc.feed);
  if (isObject(doc['rdf:RDF']))
    return { ok: false, error: "RSS 1.0 (RDF) feeds are not supported: use the site's RSS 2.0, Atom or JSON feed" };
  return { ok: false, error: 'not an RSS 2.0, Atom or JSON feed (no <rss>, <feed> or JSON Feed object at the top)' };
}

function rssEntries(rss: Record<string, unknown>): FeedResult {
  const channel = rss.channel;
  if (!isObject(channel)) return { ok: false, error: '<rss> has no <channel>' };
  const language = optionalText(channel.language);
  const entries: FeedEntry[] = [];
  for (const [index, item] of asArray(channel.item).entries()) {
    if (!isObject(item)) continue;
    const url = text(asArray(item.link)[0]);
    const id = text(item.guid) || url;
    const title = cleanText(text(item.title));
    if (!url || !id) return { ok: false, error: `<item> ${index + 1} ("${title || 'untitled'}") has no <link>` };
    entries.push(entry(id, title, url, toIso(text(item.pubDate)), optionalText(item.description), language));
  }
  return { ok: true, kind: 'rss', ...(language ? { language } : {}), entries };
}

function atomEntries(feed: Record<string, unknown>): FeedResult {
  const language = optionalText(feed['@xml:lang']);
  const entries: FeedEntry[] = [];
  for (const [index, item] of asArray(feed.entry).entries()) {
    if (!isObject(item)) continue;
    const links = asArray(item.link).filter(isObject);
    const link = links.find((l) => (l['@rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const url = link ? text(link['@href']) : '';
    const title = cleanText(text(item.title));
    if (!url) return { ok: false, error: `<entry> ${index + 1} ("${title || 'untitled'}") has no <link href>` };
    const id = text(item.id) || url;
    const published = toIso(text(item.published) || text(item.updated));
    const summary = optionalText(item.summary) ?? optionalText(item.content);
    entries.push(entry(id, title, url, published, summary, optionalText(item['@xml:lang']) ?? language));
  }
  return { ok: true, kind: 'atom', ...(language ? { language } : {}), entries };
}

function entry(
  id: string,
  title: string,
  url: string,
  published: string | undefined,
  summary: string | undefined,
  language: string | undefined,
): FeedEntry {
  return {
    id,
    title,
    url,
    ...(published ? { published } : {}),
    ...(summary ? { summary: cleanText(summary) } : {}),
    ...(language ? { language } : {}),
  };
}

/** Element text, whether the parser gave a string or an object with attributes and #text. */
function text(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (isObject(value) && '#text' in value) return text(value['#text']);
  return '';
}

function optionalText(value: unknown): string | undefined {
  return text(value) || undefined;
}

function toIso(value: string): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
